import type { JobName, JobPayloads } from './queue.contract';

/**
 * What a queue's processor does for each job name it takes, each handler typed by its own payload: the one cast
 * from BullMQ's untyped job data happens where the job is dispatched (LoggedWorkerHost), not in every processor.
 */
export type JobHandlers<N extends JobName> = {
  readonly [K in N]: (data: JobPayloads[K]) => Promise<unknown>;
};

/** The handler for a job name, or null when the processor does not take that job. */
export function jobHandler<N extends JobName>(
  handlers: JobHandlers<N>,
  name: string,
): ((data: unknown) => Promise<unknown>) | null {
  if (!Object.hasOwn(handlers, name)) return null;
  return (handlers as Record<string, (data: unknown) => Promise<unknown>>)[name];
}
