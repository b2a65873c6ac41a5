import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError } from '@werkbrug/core';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource, EntityManager } from 'typeorm';
import { binaryCopyRows } from './binary-copy-reader';
import { decodeChunk, type ChunkResult } from './chunk-codec';
import { RematchRunEntity, RematchStatus } from './matching.entities';
import type { ScoringSnapshot } from './scoring-snapshot';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A run in flight longer than this is taken to be lost (e.g. Redis was wiped) and a new request replaces it. */
const STALE_RUN_MINUTES = 30;
const ACTIVE = [RematchStatus.QUEUED, RematchStatus.SCORING, RematchStatus.FINISHING];

export interface ChunkRow {
  chunk_no: number;
  first_candidate_id: string;
  last_candidate_id: string;
  done_at: Date | null;
  has_result: boolean;
  pairs_scored: string | null;
  pairs_eligible: string | null;
  rejections: Record<string, number> | null;
  region_counts: RegionCounts | null;
}

/** What a chunk read: its own candidates, and the region's vacancies as its process loaded them. */
export interface RegionCounts {
  candidates: number;
  incompleteCandidates: number;
  vacancies: number;
  incompleteVacancies: number;
}

/** What a chunk job stores: its encoded partial top-K and what it counted. */
export interface ChunkOutcome {
  readonly encoded: Buffer;
  readonly pairsScored: number;
  readonly pairsEligible: number;
  readonly rejections: Record<string, number>;
  readonly counts: RegionCounts;
}

/** A finished run's totals, written with the swap. */
export interface RunTotals {
  readonly pairsScored: number;
  readonly pairsEligible: number;
  readonly rejections: Record<string, number>;
  readonly counts: RegionCounts | null;
}

/**
 * The rematch runs and their chunks in PostgreSQL (rematch_run, rematch_chunk): every statement on them, so the
 * flow (rematch.service.ts) only decides what happens when.
 */
@Injectable()
export class RematchRunStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(runId: string): Promise<RematchRunEntity | null> {
    return this.dataSource.manager.findOneBy(RematchRunEntity, { id: runId });
  }

  findOrFail(runId: string): Promise<RematchRunEntity> {
    return this.dataSource.manager.findOneByOrFail(RematchRunEntity, { id: runId });
  }

  latest(regionCode: string): Promise<RematchRunEntity | null> {
    return this.dataSource.manager.findOne(RematchRunEntity, {
      where: { regionCode },
      order: { requestedAt: 'DESC' },
    });
  }

  async chunksDone(runId: string): Promise<number> {
    const [{ done }]: { done: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS done FROM rematch_chunk WHERE run_id = $1 AND done_at IS NOT NULL`,
      [runId],
    );
    return done;
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
      throw error instanceof Error
        ? error
        : new ConflictError({ en: 'Try again.', nl: 'Probeer het opnieuw.' });
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

  /** The chunk's candidate range, or null when it does not exist. */
  async chunk(runId: string, chunkNo: number): Promise<ChunkRow | null> {
    const [chunk]: ChunkRow[] = await this.dataSource.query(
      `SELECT chunk_no, first_candidate_id::text, last_candidate_id::text, done_at
       FROM rematch_chunk WHERE run_id = $1 AND chunk_no = $2`,
      [runId, chunkNo],
    );
    return chunk ?? null;
  }

  /** Stores a chunk's result once (a retried or duplicate job finds it done and changes nothing). */
  async saveChunk(runId: string, chunkNo: number, outcome: ChunkOutcome): Promise<void> {
    await this.dataSource.query(
      `UPDATE rematch_chunk SET result = $3, pairs_scored = $4, pairs_eligible = $5, rejections = $6,
         region_counts = $7, done_at = now()
       WHERE run_id = $1 AND chunk_no = $2 AND done_at IS NULL`,
      [
        runId,
        chunkNo,
        outcome.encoded,
        outcome.pairsScored,
        outcome.pairsEligible,
        JSON.stringify(outcome.rejections),
        JSON.stringify(outcome.counts),
      ],
    );
  }

  /** The chunks still to score, for (re)adding the run's flow. */
  async openChunkNos(runId: string): Promise<number[]> {
    const rows: { chunk_no: number }[] = await this.dataSource.query(
      `SELECT chunk_no FROM rematch_chunk WHERE run_id = $1 AND done_at IS NULL ORDER BY chunk_no`,
      [runId],
    );
    return rows.map((r) => r.chunk_no);
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

  /** The run's chunk results in chunk order, streamed by COPY (see binaryCopyRows) and decoded as they arrive. */
  async readChunkResults(runId: string, expected: number): Promise<ChunkResult[]> {
    if (!UUID.test(runId)) throw new Error(`not a run id: ${runId}`); // COPY takes no parameters
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      const stream = client.query(
        copyTo(
          `COPY (SELECT result FROM rematch_chunk WHERE run_id = '${runId}' ORDER BY chunk_no) TO STDOUT (FORMAT binary)`,
        ),
      );
      const results: ChunkResult[] = [];
      for await (const [result] of binaryCopyRows(stream)) {
        if (!result) throw new Error(`rematch ${runId}: a chunk has no result`);
        results.push(decodeChunk(result));
      }
      if (results.length !== expected)
        throw new Error(`rematch ${runId}: ${results.length}/${expected} chunks read`);
      return results;
    } finally {
      await runner.release();
    }
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
