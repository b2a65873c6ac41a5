import { OnQueueEvent, QueueEventsHost, QueueEventsListener } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { IncrementalMatcher, RematchService } from '@werkbrug/matching';
import { QueueName } from '@werkbrug/queue';

const LOG_EVERY = 50;

/**
 * After a full rematch every worker process loads the region and its new lists in the background, not only the
 * one that finished it: the first change in the region afterwards may go to any process, and loading a region of
 * 10,000 + 10,000 takes seconds it should not wait for. It also lets go of what this process prepared for the run.
 */
@QueueEventsListener(QueueName.MATCHING)
export class RegionPreloader extends QueueEventsHost {
  private readonly logger = new Logger(RegionPreloader.name);
  private connectionErrors = 0;

  constructor(
    private readonly incremental: IncrementalMatcher,
    private readonly rematch: RematchService,
  ) {
    super();
  }

  @OnQueueEvent('completed')
  onCompleted({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }): void {
    const runId = RematchService.finishingRun(jobId);
    if (runId) this.rematch.release(runId);
    const regionCode = RematchService.finishedRegion(jobId, returnvalue);
    if (!regionCode) return;
    this.incremental.warm(regionCode).catch((error: Error) => {
      this.logger.warn(`Could not preload region ${regionCode}: ${error.message}`);
    });
  }

  /** Without a listener a Redis outage would be an unhandled 'error' event; BullMQ reconnects by itself. */
  @OnQueueEvent('error')
  onError(error: Error): void {
    if (this.connectionErrors++ % LOG_EVERY === 0) {
      this.logger.warn(`Queue events connection error (${this.connectionErrors}x): ${error.message}`);
    }
  }
}
