import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { DataExportService, ErasureService, RetentionService } from '@werkbrug/data-rights';

/**
 * Every DATA_RIGHTS_POLL_INTERVAL_MS: builds requested own-data exports and carries out erasures whose grace
 * period has passed. Any number of workers may run it (work is claimed with SKIP LOCKED); a round waits for the
 * previous one. Each round also asks for the night's retention, which runs once per night across all workers
 * (see RetentionService.runNightly), apart from the rounds so that a long first night does not hold them up.
 */
@Injectable()
export class DataRightsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DataRightsSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> = Promise.resolve();
  private retentionRun: Promise<void> | null = null;

  constructor(
    private readonly erasure: ErasureService,
    private readonly exports: DataExportService,
    private readonly retention: RetentionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.round = this.round.then(() => this.sweep());
    }, this.config.DATA_RIGHTS_POLL_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.round;
    await this.retentionRun;
  }

  private async sweep(): Promise<void> {
    try {
      await this.exports.buildPending();
      await this.erasure.eraseDue();
    } catch (error) {
      this.logger.warn(`data-rights round failed: ${(error as Error).message}`);
    }
    this.retentionRun ??= this.retention
      .runNightly()
      .then(() => undefined)
      .catch((error: Error) => this.logger.warn(`retention failed: ${error.message}`))
      .finally(() => (this.retentionRun = null));
  }
}
