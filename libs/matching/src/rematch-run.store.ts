import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RematchRunRaceError } from './matching.errors';
import { affectedRows, type SystemScope } from '@werkbrug/core';
import { DataSource, EntityManager } from 'typeorm';
import { RematchRunEntity, RematchStatus } from './matching.entities';
import type { ChunkRow, RegionCounts } from './rematch-chunk.store';
import type { ScoringSnapshot } from './scoring-snapshot';
import { requireSystemScope } from './system-scope';

/** A run in flight longer than this is taken to be lost (e.g. Redis was wiped) and a new request replaces it. */
const STALE_RUN_MINUTES = 30;
const ACTIVE = [RematchStatus.QUEUED, RematchStatus.SCORING, RematchStatus.FINISHING];

/** A finished run's totals, written with the swap. */
export interface RunTotals {
  readonly pairsScored: number;
  readonly pairsEligible: number;
  readonly rejections: Record<string, number>;
  readonly counts: RegionCounts | null;
}

/**
 * The rematch runs in PostgreSQL (rematch_run): every statement on them, so the flow (rematch.service.ts) only
 * decides what happens when. A run's transitions lay out and spend its chunks in the same transaction; the chunk
 * jobs' own reads and writes are in rematch-chunk.store.ts.
 */
@Injectable()
export class RematchRunStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(runId: string, tx: EntityManager = this.dataSource.manager): Promise<RematchRunEntity | null> {
    return tx.findOneBy(RematchRunEntity, { id: runId });
  }

  findOrFail(runId: string): Promise<RematchRunEntity> {
    return this.dataSource.manager.findOneByOrFail(RematchRunEntity, { id: runId });
  }

  /** The run with its skill frequencies, which other reads leave out: what scoring and merging need. */
  findForScoring(runId: string): Promise<RematchRunEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(RematchRunEntity, 'r')
      .addSelect('r.skillFrequencies')
      .where('r.id = :runId', { runId })
      .getOne();
  }

  latest(regionCode: string): Promise<RematchRunEntity | null> {
    return this.dataSource.manager.findOne(RematchRunEntity, {
      where: { regionCode },
      order: { requestedAt: 'DESC' },
    });
  }

  /** The region's run in flight, after failing runs that made no progress for STALE_RUN_MINUTES. */
  async activeRun(tx: EntityManager, regionCode: string): Promise<RematchRunEntity | null> {
    await tx.query(
      `UPDATE rematch_run SET status = 'FAILED', error = 'superseded: no progress for ${STALE_RUN_MINUTES} minutes',
         finished_at = now()
       WHERE region_code = $1 AND status IN ('QUEUED','SCORING','FINISHING')
         AND requested_at < now() - interval '${STALE_RUN_MINUTES} minutes'`,
      [regionCode],
    );
    return tx
      .createQueryBuilder(RematchRunEntity, 'r')
      .where('r.region_code = :regionCode AND r.status IN (:...active)', { regionCode, active: ACTIVE })
      .getOne();
  }

  /** A new queued run; when another request got there first, that run (this request joins it). */
  async insertRun(
    tx: EntityManager,
    regionCode: string,
    reason: string,
    requestedByUserId: string | null,
  ): Promise<RematchRunEntity> {
    try {
      await tx.query('SAVEPOINT insert_run');
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO rematch_run (region_code, status, reason, requested_by_user_id) VALUES ($1, 'QUEUED', $2, $3)
         RETURNING id`,
        [regionCode, reason.slice(0, 200), requestedByUserId],
      );
      await tx.query('RELEASE SAVEPOINT insert_run');
      return tx.findOneByOrFail(RematchRunEntity, { id });
    } catch (error) {
      // Two requests at once: the other one's run is in flight; this request joins it.
      await tx.query('ROLLBACK TO SAVEPOINT insert_run');
      const other = await this.activeRun(tx, regionCode);
      if (other) return other;
      throw error instanceof Error ? error : new RematchRunRaceError();
    }
  }

  /** The database's clock: one "now" and "today" for a whole run. */
  async clock(): Promise<{ now: Date; today: string }> {
    const [clock]: { now: Date; today: string }[] = await this.dataSource.query(
      `SELECT now() AS now, current_date::text AS today`,
    );
    return clock;
  }

  /**
   * A queued run starts scoring: its snapshot and counts fixed, its chunks laid out. False when another
   * process planned it first (then nothing changes).
   */
  async startScoring(
    run: RematchRunEntity,
    plan: {
      snapshot: ScoringSnapshot;
      activeCandidates: number;
      openVacancies: number;
      startedAt: Date;
      bounds: readonly { first: string; last: string }[];
    },
  ): Promise<boolean> {
    const { snapshot, bounds } = plan;
    return this.dataSource.transaction(async (tx) => {
      const updated: [unknown[], number] = await tx.query(
        `UPDATE rematch_run SET status = 'SCORING', model_version = $2, skill_space_version = $3, scored_on = $4,
           documents = $5, skill_frequencies = $6, allow_own_employer = $7, k = $8, candidates = $9, vacancies = $10,
           incomplete_candidates = $11, incomplete_vacancies = $12, chunks_total = $13, started_at = $14
         WHERE id = $1 AND status = 'QUEUED' RETURNING id`,
        [
          run.id,
          snapshot.modelVersion,
          snapshot.skillSpaceVersion,
          snapshot.scoredOn,
          snapshot.documents,
          JSON.stringify(snapshot.skillFrequencies),
          snapshot.allowOwnEmployer,
          snapshot.k,
          plan.activeCandidates,
          plan.openVacancies,
          0,
          0,
          bounds.length,
          plan.startedAt,
        ],
      );
      if (updated[1] === 0) return false;
      await tx.query(
        `INSERT INTO rematch_chunk (run_id, chunk_no, first_candidate_id, last_candidate_id)
         SELECT $1, n - 1, b.first, b.last FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS b(first, last, n)
         ON CONFLICT DO NOTHING`,
        [run.id, bounds.map((b) => b.first), bounds.map((b) => b.last)],
      );
      return true;
    });
  }

  /** The run is finishing: every chunk's state and totals, in chunk order. */
  async markFinishing(runId: string): Promise<ChunkRow[]> {
    await this.dataSource.query(`UPDATE rematch_run SET status = 'FINISHING' WHERE id = $1`, [runId]);
    return this.dataSource.query(
      `SELECT chunk_no, done_at, result IS NOT NULL AS has_result, pairs_scored::text, pairs_eligible::text,
         rejections, region_counts
       FROM rematch_chunk WHERE run_id = $1 ORDER BY chunk_no`,
      [runId],
    );
  }

  /** In the swap's transaction: the run is complete with its totals, and its chunk results are spent. */
  async complete(tx: EntityManager, runId: string, totals: RunTotals): Promise<void> {
    await tx.query(
      `UPDATE rematch_run SET status = 'COMPLETED', finished_at = now(), pairs_scored = $2, pairs_eligible = $3,
         rejections = $4, candidates = coalesce($5, candidates), vacancies = coalesce($6, vacancies),
         incomplete_candidates = coalesce($7, incomplete_candidates),
         incomplete_vacancies = coalesce($8, incomplete_vacancies)
       WHERE id = $1`,
      [
        runId,
        totals.pairsScored,
        totals.pairsEligible,
        JSON.stringify(totals.rejections),
        totals.counts?.candidates,
        totals.counts?.vacancies,
        totals.counts?.incompleteCandidates,
        totals.counts?.incompleteVacancies,
      ],
    );
    await tx.query(`UPDATE rematch_chunk SET result = NULL WHERE run_id = $1`, [runId]);
  }

  async markFailed(runId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE rematch_run SET status = 'FAILED', error = $2, finished_at = now()
       WHERE id = $1 AND status IN ('QUEUED','SCORING','FINISHING')`,
      [runId, error.slice(0, 1000)],
    );
  }
}

/**
 * Finished rematch runs older than `before`. Each region's latest run (what `latestRematchRun` shows) and the run
 * its current scores came from stay.
 */
export async function dueFinishedRunIds(
  tx: EntityManager,
  scope: SystemScope,
  before: Date,
  limit: number,
): Promise<string[]> {
  requireSystemScope(scope);
  const rows: { id: string }[] = await tx.query(
    `SELECT t.id::text AS id FROM rematch_run t
     WHERE t.status IN ('COMPLETED', 'FAILED') AND coalesce(t.finished_at, t.requested_at) < $1
       AND t.id <> (SELECT r.id FROM rematch_run r WHERE r.region_code = t.region_code
                    ORDER BY r.requested_at DESC LIMIT 1)
       AND NOT EXISTS (SELECT 1 FROM region_matching_snapshot s WHERE s.run_id = t.id)
     LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
    [before, limit],
  );
  return rows.map((r) => r.id);
}

/** Deletes rematch runs with their chunks; returns how many runs went. */
export async function deleteRuns(
  tx: EntityManager,
  scope: SystemScope,
  runIds: readonly string[],
): Promise<number> {
  requireSystemScope(scope);
  await affectedRows(tx, `DELETE FROM rematch_chunk WHERE run_id = ANY($1::uuid[])`, [runIds]);
  return affectedRows(tx, `DELETE FROM rematch_run WHERE id = ANY($1::uuid[])`, [runIds]);
}
