import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@werkbrug/config';
import { DataSource } from 'typeorm';
import { MailMessageEntity } from './mail-message.entity';
import { createMailTransport, type MailTransport } from './mail-transport';

/** A claimed mail is handed out again after this long without a result (its sender died mid-send). */
const CLAIM_TIMEOUT_MINUTES = 10;
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
        await this.dataSource.query(
          `UPDATE mail_message SET sent_at = now(), body_text = '', claimed_at = NULL, last_error = NULL,
             attempts = attempts + 1 WHERE id = $1`,
          [mail.id],
        );
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
    return this.dataSource.transaction(async (tx) => {
      const rows: { id: string }[] = await tx.query(
        `SELECT id FROM mail_message
         WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
           AND (claimed_at IS NULL OR claimed_at < now() - make_interval(mins => $2))
           AND ($3::text IS NULL OR purpose = $3)
         ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit, CLAIM_TIMEOUT_MINUTES, purpose ?? null],
      );
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      await tx.query(`UPDATE mail_message SET claimed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
      return tx
        .createQueryBuilder(MailMessageEntity, 'm')
        .where('m.id IN (:...ids)', { ids })
        .orderBy('m.created_at')
        .getMany();
    });
  }

  private async recordFailure(mail: MailMessageEntity, error: string): Promise<void> {
    const attempts = mail.attempts + 1;
    const givesUp = attempts >= this.config.MAIL_MAX_ATTEMPTS;
    const delayMinutes = Math.min(2 ** (attempts - 1), MAX_RETRY_DELAY_MINUTES);
    await this.dataSource.query(
      `UPDATE mail_message SET attempts = $2, claimed_at = NULL, last_error = $3,
         next_attempt_at = now() + make_interval(mins => $4),
         failed_at = CASE WHEN $5 THEN now() END, body_text = CASE WHEN $5 THEN '' ELSE body_text END
       WHERE id = $1`,
      [mail.id, attempts, error.slice(0, 500), delayMinutes, givesUp],
    );
  }
}
