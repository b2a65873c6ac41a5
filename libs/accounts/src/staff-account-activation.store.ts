import type { EntityManager } from 'typeorm';

/**
 * Activation codes of staff accounts (`staff_account_activation`): one row per account, the code stored only as
 * its sha256. A new code replaces the previous one until the holder has used one.
 */

export async function saveActivation(
  tx: EntityManager,
  userId: string,
  codeSha256: string,
  expiresAt: Date,
  issuedByUserId: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO staff_account_activation (user_id, code_sha256, expires_at, issued_by_user_id)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id) DO UPDATE
       SET code_sha256 = excluded.code_sha256, expires_at = excluded.expires_at,
           issued_by_user_id = excluded.issued_by_user_id, issued_at = now()
       WHERE staff_account_activation.activated_at IS NULL`,
    [userId, codeSha256, expiresAt, issuedByUserId],
  );
}

/** Whether the account was given a code and its holder has not chosen a password with it yet. */
export async function awaitsActivation(tx: EntityManager, userId: string): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `SELECT 1 FROM staff_account_activation WHERE user_id = $1 AND activated_at IS NULL`,
    [userId],
  );
  return rows.length > 0;
}

export interface UsableActivation {
  userId: string;
  displayName: string;
}

/**
 * The account a code activates, when the code is unused and unexpired, belongs to that e-mail address and the
 * account may be used; locked when `forUpdate`.
 */
export async function findUsableActivation(
  manager: EntityManager,
  codeSha256: string,
  email: string,
  forUpdate: boolean,
): Promise<UsableActivation | null> {
  const rows: { user_id: string; display_name: string }[] = await manager.query(
    `SELECT a.user_id, u.display_name
     FROM staff_account_activation a JOIN user_account u ON u.id = a.user_id
     WHERE a.code_sha256 = $1 AND u.email = $2::citext AND a.activated_at IS NULL AND a.expires_at > now()
       AND u.status = 'ACTIVE'
     ${forUpdate ? 'FOR UPDATE OF a, u' : ''}`,
    [codeSha256, email.trim()],
  );
  return rows[0] ? { userId: rows[0].user_id, displayName: rows[0].display_name } : null;
}

export async function completeActivation(
  tx: EntityManager,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await tx.query(`UPDATE user_account SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
  await tx.query(`UPDATE staff_account_activation SET activated_at = now() WHERE user_id = $1`, [userId]);
}
