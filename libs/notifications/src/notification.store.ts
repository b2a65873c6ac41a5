import { affectedRows, Role, type SystemScope, type Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity';

/** A claimed mail is given back to the queue if it was not marked sent within this time (its sender died). */
const CLAIM_TIMEOUT_MINUTES = 10;

/** The viewer's own notifications on alias `n`; null for a viewer who has none (administrators, counsellors). */
function ownNotifications(viewer: Viewer): { sql: string; params: Record<string, string> } | null {
  switch (viewer.role) {
    case Role.HR_LEAD:
      return { sql: 'n.recipient_employer_id = :employer', params: { employer: viewer.employerId } };
    case Role.JOB_SEEKER:
      return { sql: 'n.recipient_candidate_id = :candidate', params: { candidate: viewer.candidateId } };
    case Role.MOBILITY_TEAM:
      return { sql: 'n.recipient_region_code = :region', params: { region: viewer.regionCode } };
    case Role.ADMINISTRATOR:
    case Role.COUNSELLOR:
      return null;
  }
}

/**
 * The viewer's own notifications, newest first: their employer's as an HR lead, their own as a job seeker, their
 * region's as a mobility team member.
 */
export async function viewerNotifications(
  manager: EntityManager,
  viewer: Viewer,
  page: { unreadOnly: boolean; limit: number },
): Promise<NotificationEntity[]> {
  const where = ownNotifications(viewer);
  if (!where) return [];
  const query = manager
    .createQueryBuilder(NotificationEntity, 'n')
    .where(where.sql, where.params)
    .orderBy('n.created_at', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .limit(Math.min(Math.max(page.limit, 1), 200));
  if (page.unreadOnly) query.andWhere('n.read_at IS NULL');
  return query.getMany();
}

export async function countViewerUnread(manager: EntityManager, viewer: Viewer): Promise<number> {
  const where = ownNotifications(viewer);
  if (!where) return 0;
  return manager
    .createQueryBuilder(NotificationEntity, 'n')
    .where(where.sql, where.params)
    .andWhere('n.read_at IS NULL')
    .getCount();
}

/** Marks those of `ids` that are the viewer's own and unread as read; returns how many were. */
export async function markViewerNotificationsRead(
  manager: EntityManager,
  viewer: Viewer,
  ids: readonly string[],
): Promise<number> {
  const where = ownNotifications(viewer);
  if (!where || ids.length === 0) return 0;
  const result = await manager
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
 * Claims up to `limit` notifications whose mail step is not done (skipping rows another sender holds), oldest
 * first; claims older than CLAIM_TIMEOUT_MINUTES are handed out again. In the caller's transaction.
 */
export async function claimNotificationsForMail(
  tx: EntityManager,
  _scope: SystemScope,
  limit: number,
): Promise<NotificationEntity[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT id FROM notification
     WHERE mailed_at IS NULL AND (mail_claimed_at IS NULL OR mail_claimed_at < now() - make_interval(mins => $2))
     ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit, CLAIM_TIMEOUT_MINUTES],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  await tx.query(`UPDATE notification SET mail_claimed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  return tx
    .createQueryBuilder(NotificationEntity, 'n')
    .where('n.id IN (:...ids)', { ids })
    .orderBy('n.created_at')
    .getMany();
}

export async function markNotificationsMailed(
  manager: EntityManager,
  _scope: SystemScope,
  ids: readonly string[],
): Promise<void> {
  if (ids.length)
    await manager.query(`UPDATE notification SET mailed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
}

/**
 * Marks unread notices of these kinds about one subject as read: they asked someone to act, and the subject has
 * moved on since, so they are no longer news. They stay in everyone's list. Returns how many were settled.
 */
export async function settleNotices(
  tx: EntityManager,
  subjectType: string,
  subjectId: string,
  kinds: readonly string[],
): Promise<number> {
  return affectedRows(
    tx,
    `UPDATE notification SET read_at = now()
     WHERE subject_type = $1 AND subject_id = $2 AND kind = ANY($3::text[]) AND read_at IS NULL`,
    [subjectType, subjectId, kinds],
  );
}
