import type { Role, SystemScope, ViewerOf } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { DataExportEntity } from './data-export.entity';

export type ExportFormat = 'json' | 'html';

/** Only the person themself (a job seeker) asks for, sees and downloads their export. */
type Person = ViewerOf<Role.JOB_SEEKER>;

/** How many of the person's exports are still being built. */
export function exportsBeingBuilt(tx: EntityManager, person: Person): Promise<number> {
  return tx
    .createQueryBuilder(DataExportEntity, 'e')
    .where('e.candidate_id = :id AND e.ready_at IS NULL AND e.failed_at IS NULL', { id: person.candidateId })
    .getCount();
}

/**
 * Hands out one format of the person's ready export behind the link and marks it downloaded, in one statement,
 * so two clicks cannot both get it; undefined for anyone else's link, a used or an expired one.
 */
export async function takeDownload(
  tx: EntityManager,
  person: Person,
  tokenSha256: string,
  format: ExportFormat,
): Promise<{ id: string; body: string | null; ready_at: Date } | undefined> {
  const column = format === 'json' ? 'json_downloaded_at' : 'html_downloaded_at';
  const content = format === 'json' ? 'content_json::text' : 'content_html';
  const [rows]: { id: string; body: string | null; ready_at: Date }[][] = await tx.query(
    `UPDATE data_export SET ${column} = now()
     WHERE token_sha256 = $1 AND candidate_id = $2 AND expires_at > now() AND ${column} IS NULL
       AND ready_at IS NOT NULL
     RETURNING id, ${content} AS body, ready_at`,
    [tokenSha256, person.candidateId],
  );
  return rows?.[0];
}

/** Whether the person's export behind the link is still being built. */
export async function exportBeingBuilt(
  manager: EntityManager,
  person: Person,
  tokenSha256: string,
): Promise<boolean> {
  const [pending]: unknown[] = await manager.query(
    `SELECT 1 FROM data_export WHERE token_sha256 = $1 AND candidate_id = $2 AND ready_at IS NULL
       AND failed_at IS NULL`,
    [tokenSha256, person.candidateId],
  );
  return Boolean(pending);
}

/** The oldest requested export no other worker is building, locked. */
export async function nextExportToBuild(
  tx: EntityManager,
  _scope: SystemScope,
): Promise<{ id: string; candidate_id: string } | undefined> {
  const [pending]: { id: string; candidate_id: string }[] = await tx.query(
    `SELECT id, candidate_id FROM data_export WHERE ready_at IS NULL AND failed_at IS NULL
     ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
  );
  return pending;
}

/**
 * Builds an export under a savepoint: a failure to build is recorded on the export, not lost with the
 * transaction, which rolls back to the savepoint first.
 */
export async function buildUnderSavepoint(
  tx: EntityManager,
  exportId: string,
  build: () => Promise<{ generatedAt: Date; json: unknown; html: string }>,
  onFailure: (error: Error) => void,
): Promise<void> {
  await tx.query('SAVEPOINT build');
  try {
    const { generatedAt, json, html } = await build();
    await tx.query(
      `UPDATE data_export SET ready_at = $2, content_json = $3::jsonb, content_html = $4 WHERE id = $1`,
      [exportId, generatedAt, JSON.stringify(json), html],
    );
  } catch (error) {
    onFailure(error as Error);
    await tx.query('ROLLBACK TO SAVEPOINT build');
    await tx.query(`UPDATE data_export SET failed_at = now(), last_error = $2 WHERE id = $1`, [
      exportId,
      (error as Error).message.slice(0, 500),
    ]);
  }
}
