import { Injectable } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { MailDelivery } from '@werkbrug/mail';
import { PeriodicTask } from '@werkbrug/worker/periodic-task';

/** Sends queued mail every MAIL_POLL_INTERVAL_MS (see PeriodicTask). */
@Injectable()
export class MailSender extends PeriodicTask {
  protected readonly taskName = 'mail';

  constructor(
    private readonly delivery: MailDelivery,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.MAIL_POLL_INTERVAL_MS;
  }

  protected async runRound(): Promise<void> {
    const { sent, failed } = await this.delivery.deliverDue();
    if (sent || failed) this.logger.log(`mail: ${sent} sent, ${failed} to retry`);
  }
}
