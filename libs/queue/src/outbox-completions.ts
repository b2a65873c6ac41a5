import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { markCompleted } from './outbox.store';

/** The outbox ids a job carries (see OutboxRelay); jobs that did not come from the outbox carry none. */
export function outboxIdsOf(jobData: unknown): string[] {
  const ids = (jobData as { outboxIds?: unknown } | null | undefined)?.outboxIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Marks the outbox events a job carried as completed, once the job has done its work. Called by every processor
 * (LoggedWorkerHost) before BullMQ records the job as completed: if this fails, the job fails and is retried, so an
 * event is never left uncompleted behind a job Redis reports as done.
 */
@Injectable()
export class OutboxCompletions {
  constructor(private readonly dataSource: DataSource) {}

  async complete(jobData: unknown): Promise<void> {
    const ids = outboxIdsOf(jobData);
    if (ids.length > 0) await markCompleted(this.dataSource.manager, ids);
  }
}
