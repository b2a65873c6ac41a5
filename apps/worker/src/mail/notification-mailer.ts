import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { staffMailAddresses } from '@werkbrug/accounts';
import { candidateMailAddresses } from '@werkbrug/candidates';
import { AppConfig } from '@werkbrug/config';
import { queueMail, type OutgoingMail } from '@werkbrug/mail';
import { NotificationEntity, NotificationsService } from '@werkbrug/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import { PeriodicTask } from '@werkbrug/worker/periodic-task';

const BATCH = 100;
/**
 * News older than this is not mailed: it is waiting in the app. Keeps a backlog (a worker that was down for days,
 * or the first round after staff mail was switched on) from arriving as a pile of mails about old news.
 */
const NEWS_MAX_AGE_MS = 2 * 86_400_000;

type Audience = 'JOB_SEEKER' | 'STAFF';

/**
 * E-mails people that there is news for them in Werkbrug: one short mail per person per round, however many
 * messages, that names no employer, vacancy or candidate (those are read after logging in).
 * - Job seekers only with their consent to e-mail (RECEIVE_EMAIL).
 * - HR leads for their employer's messages and the mobility team for their region's, unless they turned it off.
 * Messages nobody is mailed about are marked done without a mail.
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
    const claimed = await this.notifications.claimForMail(BATCH);
    if (claimed.length === 0) return;
    const oldest = Date.now() - NEWS_MAX_AGE_MS;
    // Read already (in the app, or settled because the match moved on): not news any more.
    const fresh = claimed.filter((n) => n.readAt === null && n.createdAt.getTime() >= oldest);
    await this.dataSource.transaction(async (tx) => {
      for (const { address, audience, count } of await newsPerAddress(tx, fresh))
        await queueMail(tx, newsMail(address, count, audience));
      await this.notifications.markMailed(
        claimed.map((n) => n.id),
        tx,
      );
    });
  }
}

/** How many messages each address has news of, whoever they are addressed to (a person, an employer, a region). */
async function newsPerAddress(
  tx: EntityManager,
  messages: readonly NotificationEntity[],
): Promise<{ address: string; audience: Audience; count: number }[]> {
  const count = (ids: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const id of ids) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const perCandidate = count(messages.map((n) => n.recipientCandidateId));
  const perEmployer = count(messages.map((n) => n.recipientEmployerId));
  const perRegion = count(messages.map((n) => n.recipientRegionCode));
  const news = new Map<string, { address: string; audience: Audience; count: number }>();
  const add = (address: string, audience: Audience, n: number) => {
    const key = `${audience}:${address.toLowerCase()}`;
    news.set(key, { address, audience, count: (news.get(key)?.count ?? 0) + n });
  };
  for (const [candidateId, address] of await candidateMailAddresses(tx, [...perCandidate.keys()]))
    add(address, 'JOB_SEEKER', perCandidate.get(candidateId)!);
  for (const staff of await staffMailAddresses(tx, [...perEmployer.keys()], [...perRegion.keys()]))
    add(
      staff.email,
      'STAFF',
      (staff.employerId ? perEmployer.get(staff.employerId) : perRegion.get(staff.regionCode!)) ?? 0,
    );
  return [...news.values()].filter((n) => n.count > 0);
}

/** Deliberately without content: a mailbox is not the place for who is interested in whom. */
export function newsMail(to: string, count: number, audience: Audience = 'JOB_SEEKER'): OutgoingMail {
  const nl = count === 1 ? 'staat een nieuw bericht' : `staan ${count} nieuwe berichten`;
  const en = count === 1 ? 'a new message' : `${count} new messages`;
  const why =
    audience === 'JOB_SEEKER'
      ? {
          nl: 'Je krijgt deze e-mail omdat je dat hebt aangezet. Uitzetten kan in Werkbrug, bij je toestemmingen.',
          en: 'You receive this e-mail because you turned it on. You can turn it off in Werkbrug, under your consents.',
        }
      : {
          nl: 'Je krijgt deze e-mail voor je werk in Werkbrug. Uitzetten kan in Werkbrug, bij Meldingen.',
          en: 'You receive this e-mail for your work in Werkbrug. You can turn it off in Werkbrug, under Notifications.',
        };
  return {
    to,
    purpose: 'NOTIFICATION',
    subject: 'Nieuws voor je in Werkbrug / News for you in Werkbrug',
    text:
      `Er ${nl} voor je klaar in Werkbrug. Log in om te lezen wat het is.\n\n${why.nl}\n\n` +
      `---\n\n` +
      `There is ${en} for you in Werkbrug. Log in to read it.\n\n${why.en}\n`,
  };
}
