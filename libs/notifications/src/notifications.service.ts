import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type LocalisedMessage, type Viewer } from '@werkbrug/core';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export type Recipient =
  { readonly employerId: string } | { readonly candidateId: string } | { readonly regionCode: string };

export interface NotificationMessage {
  readonly kind: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly text: LocalisedMessage;
}

/** A claimed mail is given back to the queue if it was not marked sent within this time (its sender died). */
const CLAIM_TIMEOUT_MINUTES = 10;

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Written in the caller's transaction, so a change and the message about it are committed together. */
  async notify(
    tx: EntityManager,
    recipients: readonly Recipient[],
    message: NotificationMessage,
  ): Promise<void> {
    const unique = new Map(recipients.map((r) => [recipientKey(r), r]));
    for (const r of unique.values())
      await tx.insert(NotificationEntity, {
        recipientEmployerId: 'employerId' in r ? r.employerId : null,
        recipientCandidateId: 'candidateId' in r ? r.candidateId : null,
        recipientRegionCode: 'regionCode' in r ? r.regionCode : null,
        kind: message.kind,
        subjectType: message.subjectType,
        subjectId: message.subjectId,
        textEn: message.text.en,
        textNl: message.text.nl,
      });
  }

  /**
   * The viewer's own notifications, newest first: their employer's as an HR lead, their own as a job seeker, their
   * region's as a mobility team member.
   */
  async list(viewer: Viewer, unreadOnly: boolean, limit = 50): Promise<NotificationEntity[]> {
    const where = this.scope(viewer);
    if (!where) return [];
    const query = this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where(where.sql, where.params)
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(Math.min(Math.max(limit, 1), 200));
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return query.getMany();
  }

  /** How many of the viewer's notifications are unread (all of them, not only the newest 200 `list` returns). */
  async countUnread(viewer: Viewer): Promise<number> {
    const where = this.scope(viewer);
    if (!where) return 0;
    return this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where(where.sql, where.params)
      .andWhere('n.read_at IS NULL')
      .getCount();
  }

  async markRead(viewer: Viewer, ids: readonly string[]): Promise<number> {
    const where = this.scope(viewer);
    if (!where || ids.length === 0) return 0;
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where(where.sql.replace(/n\./g, ''), where.params)
      .andWhere('id IN (:...ids)', { ids })
      .andWhere('read_at IS NULL')
      .execute();
    return result.affected ?? 0;
  }

  /**
   * For a mail sender: claims up to `limit` notifications whose mail step is not done (skipping rows another
   * sender holds), oldest first. Claims older than CLAIM_TIMEOUT_MINUTES are handed out again. `candidates`
   * limits the claim to messages for candidates (the only ones e-mailed so far, with their consent).
   */
  async claimForMail(limit: number, recipients: 'ALL' | 'CANDIDATES' = 'ALL'): Promise<NotificationEntity[]> {
    return this.dataSource.transaction(async (tx) => {
      const rows: { id: string }[] = await tx.query(
        `SELECT id FROM notification
         WHERE mailed_at IS NULL AND (mail_claimed_at IS NULL OR mail_claimed_at < now() - make_interval(mins => $2))
           AND ($3::boolean = false OR recipient_candidate_id IS NOT NULL)
         ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit, CLAIM_TIMEOUT_MINUTES, recipients === 'CANDIDATES'],
      );
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      await tx.query(`UPDATE notification SET mail_claimed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
      return tx
        .createQueryBuilder(NotificationEntity, 'n')
        .where('n.id IN (:...ids)', { ids })
        .orderBy('n.created_at')
        .getMany();
    });
  }

  /** The mail step is done: mailed, or not wanted (no consent to e-mail). In the caller's transaction if given. */
  async markMailed(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (ids.length)
      await manager.query(`UPDATE notification SET mailed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  private scope(viewer: Viewer): { sql: string; params: Record<string, string> } | null {
    switch (viewer.role) {
      case Role.HR_LEAD:
        return { sql: 'n.recipient_employer_id = :employer', params: { employer: viewer.employerId } };
      case Role.JOB_SEEKER:
        return { sql: 'n.recipient_candidate_id = :candidate', params: { candidate: viewer.candidateId } };
      case Role.MOBILITY_TEAM:
        return { sql: 'n.recipient_region_code = :region', params: { region: viewer.regionCode } };
      case Role.ADMINISTRATOR:
        return null;
    }
  }
}

function recipientKey(r: Recipient): string {
  if ('employerId' in r) return `e:${r.employerId}`;
  if ('candidateId' in r) return `c:${r.candidateId}`;
  return `r:${r.regionCode}`;
}
