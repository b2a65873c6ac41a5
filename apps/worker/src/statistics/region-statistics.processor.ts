import { Processor } from '@nestjs/bullmq';
import { JobName, QueueName, RecomputeRegionStatisticsPayload } from '@werkbrug/queue';
import { RegionStatisticsService } from '@werkbrug/statistics';
import type { Job } from 'bullmq';
import { LoggedWorkerHost } from '@werkbrug/worker/logged-worker-host';

@Processor(QueueName.STATISTICS, { concurrency: 2 })
export class RegionStatisticsProcessor extends LoggedWorkerHost<
  Job<RecomputeRegionStatisticsPayload, unknown, JobName>
> {
  constructor(private readonly statistics: RegionStatisticsService) {
    super();
  }

  protected async handle(
    job: Job<RecomputeRegionStatisticsPayload, unknown, JobName>,
  ): Promise<{ computedAt: string }> {
    switch (job.name) {
      case JobName.RECOMPUTE_REGION_STATISTICS: {
        const result = await this.statistics.recompute(job.data.regionCode);
        return { computedAt: result.computedAt.toISOString() };
      }
      default:
        throw new Error(`unknown job ${job.name} on ${QueueName.STATISTICS}`);
    }
  }
}
