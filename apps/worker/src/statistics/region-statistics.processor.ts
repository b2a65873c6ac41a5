import { Processor } from '@nestjs/bullmq';
import {
  JobName,
  QueueName,
  RecomputeRegionStatisticsPayload,
  RefreshTrajectoryFactsPayload,
  workerOptions,
} from '@werkbrug/queue';
import { TrajectoryFactsService } from '@werkbrug/trajectories';
import { RegionStatisticsService } from '@werkbrug/statistics';
import { LoggedWorkerHost } from '@werkbrug/worker/logged-worker-host';

@Processor(QueueName.STATISTICS, { concurrency: 2, ...workerOptions() })
export class RegionStatisticsProcessor extends LoggedWorkerHost<
  JobName.RECOMPUTE_REGION_STATISTICS | JobName.REFRESH_TRAJECTORY_FACTS
> {
  constructor(
    private readonly statistics: RegionStatisticsService,
    private readonly facts: TrajectoryFactsService,
  ) {
    super();
  }

  protected readonly handlers = {
    [JobName.RECOMPUTE_REGION_STATISTICS]: async (data: RecomputeRegionStatisticsPayload) => {
      const result = await this.statistics.recompute(data.regionCode);
      return { computedAt: result.computedAt.toISOString() };
    },
    [JobName.REFRESH_TRAJECTORY_FACTS]: async (data: RefreshTrajectoryFactsPayload) => {
      await this.facts.refreshCandidate(data.candidateId);
      return { candidateId: data.candidateId };
    },
  };
}
