import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';

/** Log the first error of an outage and then every fiftieth, so a Redis outage does not flood the log. */
const LOG_EVERY = 50;

/**
 * A BullMQ worker emits 'error' when Redis goes away; without a listener Node throws it as an unhandled event
 * and the process dies. Every processor extends this: errors are logged (throttled) and BullMQ reconnects.
 */
export abstract class LoggedWorkerHost extends WorkerHost {
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
