import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { MailDelivery } from '@werkbrug/mail';

/**
 * Sends queued mail every MAIL_POLL_INTERVAL_MS. Any number of workers may run it: each claims its own rows
 * (SKIP LOCKED). A round waits for the previous one, so a slow mail server never stacks rounds up.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> = Promise.resolve();

  constructor(
    private readonly delivery: MailDelivery,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.round = this.round.then(() => this.sendDue());
    }, this.config.MAIL_POLL_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.round;
  }

  private async sendDue(): Promise<void> {
    try {
      const { sent, failed } = await this.delivery.deliverDue();
      if (sent || failed) this.logger.log(`mail: ${sent} sent, ${failed} to retry`);
    } catch (error) {
      this.logger.warn(`mail round failed: ${(error as Error).message}`);
    }
  }
}
