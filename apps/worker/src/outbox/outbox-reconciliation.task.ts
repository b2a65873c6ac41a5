import { Injectable } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { OutboxReconciler } from '@werkbrug/queue';
import { PeriodicTask } from '@werkbrug/worker/periodic-task';

/**
 * Re-dispatches outbox events whose job Redis lost or failed for good (see OutboxReconciler), checking twice per
 * OUTBOX_RECONCILE_AFTER_MS and at most every 30 s.
 */
@Injectable()
export class OutboxReconciliationTask extends PeriodicTask {
  protected readonly taskName = 'outbox reconciliation';

  constructor(
    private readonly reconciler: OutboxReconciler,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return Math.min(30_000, Math.max(500, Math.floor(this.config.OUTBOX_RECONCILE_AFTER_MS / 2)));
  }

  protected async runRound(): Promise<void> {
    const counts = await this.reconciler.reconcileOnce(this.config.OUTBOX_RECONCILE_AFTER_MS);
    if (counts.requeued > 0 || counts.completed > 0) {
      this.logger.warn(
        `Outbox: ${counts.requeued} event(s) re-dispatched (their job was lost or failed), ` +
          `${counts.completed} completion(s) recorded late`,
      );
    }
  }
}
