import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { runInJobContext } from '@werkbrug/core';
import { jobHandler, OutboxCompletions, type JobHandlers, type JobName } from '@werkbrug/queue';
import type { Job } from 'bullmq';

/** Log the first error of an outage and then every fiftieth, so a Redis outage does not flood the log. */
const LOG_EVERY = 50;

/**
 * The base of every processor. Jobs go to the processor's typed handlers (one per job name, no switch or casts),
 * each run in its work context, so every log line it causes names the job, its queue and its region.
 *
 * A job that came from the outbox completes its events (OutboxCompletions) before BullMQ records it as done.
 *
 * A BullMQ worker emits 'error' when Redis goes away; without a listener Node throws it as an unhandled event and
 * the process dies: errors are logged here (throttled) and BullMQ reconnects.
 */
export abstract class LoggedWorkerHost<N extends JobName> extends WorkerHost {
  private readonly workerLogger = new Logger(this.constructor.name);
  private connectionErrors = 0;
  // A property, not a constructor parameter, so that processors need not pass it on.
  @Inject(OutboxCompletions) private readonly outboxCompletions!: OutboxCompletions;

  /** One handler per job name this processor's queue carries. */
  protected abstract readonly handlers: JobHandlers<N>;

  process(job: Job): Promise<unknown> {
    const handler = jobHandler(this.handlers, job.name);
    if (!handler) return Promise.reject(new Error(`unknown job ${job.name} on ${job.queueName}`));
    const data = job.data as { regionCode?: unknown } | undefined;
    const context = {
      jobId: job.id,
      queue: job.queueName,
      jobName: job.name,
      regionCode: typeof data?.regionCode === 'string' ? data.regionCode : undefined,
    };
    return runInJobContext(context, async () => {
      const result = await handler(job.data);
      await this.outboxCompletions.complete(job.data);
      return result;
    });
  }

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    if (this.connectionErrors++ % LOG_EVERY === 0) {
      this.workerLogger.warn(`Queue connection error (${this.connectionErrors}x): ${error.message}`);
    }
  }

  @OnWorkerEvent('ready')
  onWorkerReady(): void {
    if (this.connectionErrors > 0) this.workerLogger.log('Queue connection restored');
    this.connectionErrors = 0;
  }
}
