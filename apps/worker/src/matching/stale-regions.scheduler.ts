import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { JobName, QueueName } from '@werkbrug/queue';
import type { Queue } from 'bullmq';

/**
 * The nightly schedule lives in Redis; a Redis that restarts without persistence forgets it. Every worker asserts
 * it again this often, so a lost schedule returns within minutes instead of at the next worker start.
 */
const REASSERT_EVERY_MS = 5 * 60_000;

/**
 * Keeps every region's scores current without anyone asking: at start (a new model version, or lists never
 * built) and every night, when the date that timing and availability depend on moves on. The job scheduler is
 * an upsert, so any number of worker processes register the same single schedule.
 */
@Injectable()
export class StaleRegionsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StaleRegionsScheduler.name);
  private timer?: NodeJS.Timeout;
  private assertion: Promise<void> = Promise.resolve();

  constructor(
    @InjectQueue(QueueName.MATCHING) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: queue connections wait for Redis, and start-up must not.
    this.assertion = this.schedule(this.config.MATCHING_REFRESH_ON_START);
    this.timer = setInterval(() => {
      this.assertion = this.assertion.then(() => this.schedule(false));
    }, REASSERT_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async schedule(refreshNow: boolean): Promise<void> {
    try {
      await this.queue.upsertJobScheduler(
        'nightly-rematch',
        { pattern: '30 2 * * *', tz: 'Europe/Amsterdam' },
        { name: JobName.REFRESH_STALE_REGIONS, data: {} },
      );
      if (!refreshNow) return;
      await this.queue.add(JobName.REFRESH_STALE_REGIONS, {}, { jobId: `refresh-at-start_${Date.now()}` });
    } catch (error) {
      // Redis away: the schedule is asserted again at the next round.
      this.logger.warn(`Could not schedule the stale-region check: ${(error as Error).message}`);
    }
  }
}
