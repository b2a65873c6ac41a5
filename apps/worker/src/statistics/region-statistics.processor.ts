import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, QueueName, RecomputeRegionStatisticsPayload } from '@werkbrug/queue';
import { RegionStatisticsService } from '@werkbrug/statistics';
import type { Job } from 'bullmq';

@Processor(QueueName.STATISTICS, { concurrency: 2 })
export class RegionStatisticsProcessor extends WorkerHost {
  constructor(private readonly statistics: RegionStatisticsService) {
    super();
  }

  async process(
    job: Job<RecomputeRegionStatisticsPayload, unknown, JobName>,
  ): Promise<{ computedAt: string }> {
    switch (job.name) {
      case JobName.RECOMPUTE_REGION_STATISTICS: {
        const result = await this.statistics.recompute(job.data.regionCode);
        return { computedAt: result.computedAt.toISOString() };
      }
    }
  }
}
