import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@werkbrug/config';
import type { SystemScope } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import type { MailMessageEntity } from './mail-message.entity';
import { claimDueMail, markMailSent, recordMailFailure } from './mail-message.store';
import { createMailTransport, type MailTransport } from './mail-transport';

/** Delivering mail is the worker's, on no person's behalf. */
const MAIL: SystemScope = { system: 'mail' };
/** Retries wait 1, 2, 4 … minutes, at most this long. */
const MAX_RETRY_DELAY_MINUTES = 60;

export interface DeliveryRound {
  readonly sent: number;
  readonly failed: number;
}

/**
 * Sends queued mail: claims due messages (rows another sender holds are skipped), sends each, and erases the body
 * of what was sent. A failure is retried with back-off; after MAIL_MAX_ATTEMPTS the mail is marked failed.
 */
@Injectable()
export class MailDelivery implements OnModuleDestroy {
  private readonly logger = new Logger(MailDelivery.name);
  private transport: MailTransport | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** `purpose` limits a round to one kind of mail (an operator re-sending one kind after an outage, a test). */
  async deliverDue(limit = 20, purpose?: string): Promise<DeliveryRound> {
    const due = await this.claimDue(limit, purpose);
    let sent = 0;
    let failed = 0;
    for (const mail of due) {
      try {
        await this.transportOnce().send({
          id: mail.id,
          from: this.config.MAIL_FROM,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.bodyText,
        });
        await markMailSent(this.dataSource.manager, MAIL, mail.id);
        sent++;
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`mail ${mail.id} (${mail.purpose}) not sent: ${message}`);
        await this.recordFailure(mail, message);
      }
    }
    return { sent, failed };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  private transportOnce(): MailTransport {
    this.transport ??= createMailTransport(this.config.MAIL_URL);
    return this.transport;
  }

  private async claimDue(limit: number, purpose: string | undefined): Promise<MailMessageEntity[]> {
    return this.dataSource.transaction((tx) => claimDueMail(tx, MAIL, { limit, purpose }));
  }

  private async recordFailure(mail: MailMessageEntity, error: string): Promise<void> {
    const attempts = mail.attempts + 1;
    const givesUp = attempts >= this.config.MAIL_MAX_ATTEMPTS;
    const delayMinutes = Math.min(2 ** (attempts - 1), MAX_RETRY_DELAY_MINUTES);
    await recordMailFailure(this.dataSource.manager, MAIL, {
      id: mail.id,
      attempts,
      error: error.slice(0, 500),
      delayMinutes,
      givesUp,
    });
  }
}
