import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { runInJobContext } from '@werkbrug/core';
import type { Job } from 'bullmq';

/** Log the first error of an outage and then every fiftieth, so a Redis outage does not flood the log. */
const LOG_EVERY = 50;

/**
 * A BullMQ worker emits 'error' when Redis goes away; without a listener Node throws it as an unhandled event
 * and the process dies. Every processor extends this: errors are logged (throttled) and BullMQ reconnects. Each
 * job runs in its work context, so every log line it causes names the job, its queue and its region.
 */
export abstract class LoggedWorkerHost<J extends Job = Job> extends WorkerHost {
  /** The job's work; `process` runs it in the job's context. */
  protected abstract handle(job: J): Promise<unknown>;

  process(job: J): Promise<unknown> {
    const data = job.data as { regionCode?: unknown } | undefined;
    const context = {
      jobId: job.id,
      queue: job.queueName,
      jobName: job.name,
      regionCode: typeof data?.regionCode === 'string' ? data.regionCode : undefined,
    };
    return runInJobContext(context, () => this.handle(job));
  }

  private readonly workerLogger = new Logger(this.constructor.name);
  private connectionErrors = 0;

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
