import { Processor } from '@nestjs/bullmq';
import { JobName, PlanPlacementPayload, PlanSessionPayload, QueueName, workerOptions } from '@werkbrug/queue';
import { PlacementPlanningService } from '@werkbrug/placements';
import { SessionPlanningService } from '@werkbrug/sessions';
import { LoggedWorkerHost } from '@werkbrug/worker/logged-worker-host';

/** Planning people's time: meet-and-greet sessions and placements. */
@Processor(QueueName.SESSIONS, { concurrency: 1, ...workerOptions() })
export class PlanningProcessor extends LoggedWorkerHost<JobName.PLAN_SESSION | JobName.PLAN_PLACEMENT> {
  constructor(
    private readonly sessions: SessionPlanningService,
    private readonly placements: PlacementPlanningService,
  ) {
    super();
  }

  protected readonly handlers = {
    [JobName.PLAN_SESSION]: (data: PlanSessionPayload) => this.sessions.plan(data.sessionId),
    [JobName.PLAN_PLACEMENT]: (data: PlanPlacementPayload) => this.placements.plan(data.placementId),
  };
}
