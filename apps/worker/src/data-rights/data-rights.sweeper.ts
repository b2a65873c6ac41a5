import { Injectable } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { DataExportService, ErasureService, RetentionService } from '@werkbrug/data-rights';
import { PeriodicTask } from '@werkbrug/worker/periodic-task';

/**
 * Every DATA_RIGHTS_POLL_INTERVAL_MS: builds requested own-data exports and carries out erasures whose grace
 * period has passed (see PeriodicTask). Each round also asks for the night's retention, which runs once per night
 * across all workers (see RetentionService.runNightly), apart from the rounds so that a long first night does not
 * hold them up.
 */
@Injectable()
export class DataRightsSweeper extends PeriodicTask {
  protected readonly taskName = 'data-rights';
  private retentionRun: Promise<void> | null = null;

  constructor(
    private readonly erasure: ErasureService,
    private readonly exports: DataExportService,
    private readonly retention: RetentionService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.DATA_RIGHTS_POLL_INTERVAL_MS;
  }

  protected async runRound(): Promise<void> {
    try {
      await this.exports.buildPending();
      await this.erasure.eraseDue();
    } finally {
      this.retentionRun ??= this.retention
        .runNightly()
        .then(() => undefined)
        .catch((error: Error) => this.logger.warn(`retention failed: ${error.message}`))
        .finally(() => (this.retentionRun = null));
    }
  }

  protected override async afterShutdown(): Promise<void> {
    await this.retentionRun;
  }
}
