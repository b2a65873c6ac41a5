import type { SystemScope } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { MailMessageEntity } from './mail-message.entity';

/** A claimed mail is handed out again after this long without a result (its sender died mid-send). */
const CLAIM_TIMEOUT_MINUTES = 10;

/**
 * Claims up to `limit` due messages, oldest first, skipping rows another sender holds; `purpose` limits the claim
 * to one kind of mail. In the caller's transaction.
 */
export async function claimDueMail(
  tx: EntityManager,
  _scope: SystemScope,
  batch: { limit: number; purpose: string | undefined },
): Promise<MailMessageEntity[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT id FROM mail_message
     WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
       AND (claimed_at IS NULL OR claimed_at < now() - make_interval(mins => $2))
       AND ($3::text IS NULL OR purpose = $3)
     ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [batch.limit, CLAIM_TIMEOUT_MINUTES, batch.purpose ?? null],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  await tx.query(`UPDATE mail_message SET claimed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  return tx
    .createQueryBuilder(MailMessageEntity, 'm')
    .where('m.id IN (:...ids)', { ids })
    .orderBy('m.created_at')
    .getMany();
}

/** Sent: the body is erased, nothing of it is kept once it left. */
export async function markMailSent(manager: EntityManager, _scope: SystemScope, id: string): Promise<void> {
  await manager.query(
    `UPDATE mail_message SET sent_at = now(), body_text = '', claimed_at = NULL, last_error = NULL,
       attempts = attempts + 1 WHERE id = $1`,
    [id],
  );
}

/**
 * A failed attempt: back in the queue after `delayMinutes`, or, when the sender `givesUp`, marked failed with its
 * body erased.
 */
export async function recordMailFailure(
  manager: EntityManager,
  _scope: SystemScope,
  failure: { id: string; attempts: number; error: string; delayMinutes: number; givesUp: boolean },
): Promise<void> {
  await manager.query(
    `UPDATE mail_message SET attempts = $2, claimed_at = NULL, last_error = $3,
       next_attempt_at = now() + make_interval(mins => $4),
       failed_at = CASE WHEN $5 THEN now() END, body_text = CASE WHEN $5 THEN '' ELSE body_text END
     WHERE id = $1`,
    [failure.id, failure.attempts, failure.error, failure.delayMinutes, failure.givesUp],
  );
}
