import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { candidateMailAddresses } from '@werkbrug/candidates';
import { AppConfig } from '@werkbrug/config';
import { queueMail, type OutgoingMail } from '@werkbrug/mail';
import { NotificationsService } from '@werkbrug/notifications';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '@werkbrug/worker/periodic-task';

const BATCH = 100;

/**
 * E-mails job seekers who consented to e-mail (RECEIVE_EMAIL) that there is news for them in Werkbrug: one
 * short mail per person per round, however many messages, that names no employer or vacancy (those are read
 * after logging in). Messages for people without that consent are marked done without a mail.
 */
@Injectable()
export class NotificationMailer extends PeriodicTask {
  protected readonly taskName = 'notification mail';

  constructor(
    private readonly notifications: NotificationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.MAIL_POLL_INTERVAL_MS;
  }

  protected async runRound(): Promise<void> {
    const claimed = await this.notifications.claimForMail(BATCH, 'CANDIDATES');
    if (claimed.length === 0) return;
    const perCandidate = new Map<string, number>();
    for (const n of claimed)
      perCandidate.set(n.recipientCandidateId!, (perCandidate.get(n.recipientCandidateId!) ?? 0) + 1);
    await this.dataSource.transaction(async (tx) => {
      const addresses = await candidateMailAddresses(tx, [...perCandidate.keys()]);
      for (const [candidateId, address] of addresses)
        await queueMail(tx, newsMail(address, perCandidate.get(candidateId)!));
      await this.notifications.markMailed(
        claimed.map((n) => n.id),
        tx,
      );
    });
  }
}

/** Deliberately without content: a mailbox is not the place for who is interested in whom. */
export function newsMail(to: string, count: number): OutgoingMail {
  const nl = count === 1 ? 'een nieuw bericht' : `${count} nieuwe berichten`;
  const en = count === 1 ? 'a new message' : `${count} new messages`;
  return {
    to,
    purpose: 'NOTIFICATION',
    subject: 'Nieuws voor je in Werkbrug / News for you in Werkbrug',
    text:
      `Er staat ${nl} voor je klaar in Werkbrug. Log in om te lezen wat het is.\n\n` +
      `Je krijgt deze e-mail omdat je dat hebt aangezet. Uitzetten kan in Werkbrug, bij je toestemmingen.\n\n` +
      `---\n\n` +
      `There is ${en} for you in Werkbrug. Log in to read it.\n\n` +
      `You receive this e-mail because you turned it on. You can turn it off in Werkbrug, under your consents.\n`,
  };
}
