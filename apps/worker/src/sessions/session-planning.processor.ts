import { Processor } from '@nestjs/bullmq';
import { JobName, PlanSessionPayload, QueueName } from '@werkbrug/queue';
import { SessionPlanningService, type PlanFigures } from '@werkbrug/sessions';
import type { Job } from 'bullmq';
import { LoggedWorkerHost } from '@werkbrug/worker/logged-worker-host';

@Processor(QueueName.SESSIONS, { concurrency: 1 })
export class SessionPlanningProcessor extends LoggedWorkerHost {
  constructor(private readonly planning: SessionPlanningService) {
    super();
  }

  async process(job: Job<PlanSessionPayload, unknown, JobName>): Promise<PlanFigures | null> {
    switch (job.name) {
      case JobName.PLAN_SESSION:
        return this.planning.plan(job.data.sessionId);
      default:
        throw new Error(`unknown job ${job.name} on ${QueueName.SESSIONS}`);
    }
  }
}
