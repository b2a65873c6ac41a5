import type { EntityManager } from 'typeorm';
import type { RetentionKind } from './retention-policy';

/** What one night's retention removed: counts only, never what the rows held. */
export interface RetentionReport {
  /** The night (YYYY-MM-DD, Netherlands date; a night starts at 03:00). */
  readonly night: string;
  /** The moment the periods were counted back from. */
  readonly clock: Date;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  /** Rows removed per kind; for closed placements, placements anonymised. */
  readonly counts: Record<RetentionKind, number>;
  /** Withdrawn candidates who were due but held by a running rematch: erased on a later night. */
  readonly postponed: number;
  /** Kinds whose removal failed; they are tried again the next night. */
  readonly failed: RetentionKind[];
}

interface ReportRow {
  night: string;
  clock: Date;
  started_at: Date;
  finished_at: Date;
  counts: Record<RetentionKind, number>;
  postponed: number;
  failed: RetentionKind[];
}

/**
 * The night's session-level advisory lock, on the caller's own connection (a query runner's manager): whether
 * this worker got it. It outlives transactions, as the night's work runs in many; `unlockNight` frees it.
 */
export async function tryLockNight(runner: EntityManager, lockName: string, night: string): Promise<boolean> {
  const [{ locked }] = await runner.query<{ locked: boolean }[]>(
    `SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS locked`,
    [lockName, night],
  );
  return locked;
}

export async function unlockNight(runner: EntityManager, lockName: string, night: string): Promise<void> {
  await runner.query(`SELECT pg_advisory_unlock(hashtext($1), hashtext($2))`, [lockName, night]);
}

export async function nightDone(manager: EntityManager, night: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM retention_run WHERE night = $1::date`, [night]);
  return rows.length > 0;
}

export async function saveRetentionReport(tx: EntityManager, report: RetentionReport): Promise<void> {
  await tx.query(
    `INSERT INTO retention_run (night, clock, started_at, finished_at, counts, postponed, failed)
     VALUES ($1::date, $2, $3, $4, $5::jsonb, $6, $7::text[])`,
    [
      report.night,
      report.clock,
      report.startedAt,
      report.finishedAt,
      JSON.stringify(report.counts),
      report.postponed,
      report.failed,
    ],
  );
}

export async function retentionReport(
  manager: EntityManager,
  night?: string,
): Promise<RetentionReport | null> {
  const [row]: ReportRow[] = await manager.query(
    `SELECT night::text, clock, started_at, finished_at, counts, postponed, failed FROM retention_run
     WHERE $1::date IS NULL OR night = $1::date ORDER BY finished_at DESC LIMIT 1`,
    [night ?? null],
  );
  if (!row) return null;
  return {
    night: row.night,
    clock: row.clock,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    counts: row.counts,
    postponed: row.postponed,
    failed: row.failed,
  };
}
