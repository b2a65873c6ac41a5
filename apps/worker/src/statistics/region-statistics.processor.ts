import { Processor } from '@nestjs/bullmq';
import { JobName, QueueName, RecomputeRegionStatisticsPayload, workerOptions } from '@werkbrug/queue';
import { RegionStatisticsService } from '@werkbrug/statistics';
import { LoggedWorkerHost } from '@werkbrug/worker/logged-worker-host';

@Processor(QueueName.STATISTICS, { concurrency: 2, ...workerOptions() })
export class RegionStatisticsProcessor extends LoggedWorkerHost<JobName.RECOMPUTE_REGION_STATISTICS> {
  constructor(private readonly statistics: RegionStatisticsService) {
    super();
  }

  protected readonly handlers = {
    [JobName.RECOMPUTE_REGION_STATISTICS]: async (data: RecomputeRegionStatisticsPayload) => {
      const result = await this.statistics.recompute(data.regionCode);
      return { computedAt: result.computedAt.toISOString() };
    },
  };
}
