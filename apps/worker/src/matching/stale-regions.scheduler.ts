import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { JobName, QueueName } from '@werkbrug/queue';
import type { Queue } from 'bullmq';

/**
 * Keeps every region's scores current without anyone asking: at start (a new model version, or lists never
 * built) and every night, when the date that timing and availability depend on moves on. The job scheduler is
 * an upsert, so any number of worker processes register the same single schedule.
 */
@Injectable()
export class StaleRegionsScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(StaleRegionsScheduler.name);

  constructor(
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: queue connections wait for Redis, and start-up must not.
    void this.schedule();
  }

  private async schedule(): Promise<void> {
    try {
      await this.queue.upsertJobScheduler(
        'nightly-rematch',
        { pattern: '30 2 * * *', tz: 'Europe/Amsterdam' },
        { name: JobName.REFRESH_STALE_REGIONS, data: {} },
      );
      if (!this.config.MATCHING_REFRESH_ON_START) return;
      await this.queue.add(JobName.REFRESH_STALE_REGIONS, {}, { jobId: `refresh-at-start_${Date.now()}` });
    } catch (error) {
      // Redis away at start: the nightly schedule is already stored, or is registered by the next start.
      this.logger.warn(`Could not schedule the stale-region check: ${(error as Error).message}`);
    }
  }
}
