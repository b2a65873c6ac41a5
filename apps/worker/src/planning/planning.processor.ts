import { Processor } from '@nestjs/bullmq';
import { JobName, PlanPlacementPayload, PlanSessionPayload, QueueName } from '@werkbrug/queue';
import { PlacementPlanningService } from '@werkbrug/placements';
import { SessionPlanningService } from '@werkbrug/sessions';
import type { Job } from 'bullmq';
import { LoggedWorkerHost } from '@werkbrug/worker/logged-worker-host';

/** Planning people's time: meet-and-greet sessions and placements. */
@Processor(QueueName.SESSIONS, { concurrency: 1 })
export class PlanningProcessor extends LoggedWorkerHost<
  Job<PlanSessionPayload | PlanPlacementPayload, unknown, JobName>
> {
  constructor(
    private readonly sessions: SessionPlanningService,
    private readonly placements: PlacementPlanningService,
  ) {
    super();
  }

  protected async handle(
    job: Job<PlanSessionPayload | PlanPlacementPayload, unknown, JobName>,
  ): Promise<unknown> {
    switch (job.name) {
      case JobName.PLAN_SESSION:
        return this.sessions.plan((job.data as PlanSessionPayload).sessionId);
      case JobName.PLAN_PLACEMENT:
        return this.placements.plan((job.data as PlanPlacementPayload).placementId);
      default:
        throw new Error(`unknown job ${job.name} on ${QueueName.SESSIONS}`);
    }
  }
}
