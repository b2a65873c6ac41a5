import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SystemScope } from '@werkbrug/core';
import { affectedRows } from '@werkbrug/core';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource, EntityManager } from 'typeorm';
import { binaryCopyRows } from './binary-copy-reader';
import { decodeChunk, type ChunkResult } from './chunk-codec';
import { requireSystemScope } from './system-scope';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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

/**
 * The chunks of rematch runs (rematch_chunk) as the chunk jobs and the finishing job read and write them: ranges,
 * encoded partial results, progress. Laying chunks out and spending their results belong to the run's
 * transitions (rematch-run.store.ts).
 */
@Injectable()
export class RematchChunkStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async chunksDone(runId: string): Promise<number> {
    const [{ done }]: { done: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS done FROM rematch_chunk WHERE run_id = $1 AND done_at IS NOT NULL`,
      [runId],
    );
    return done;
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
}

/**
 * Deletes the spent chunks of finished runs whose range starts or ends at the candidate or whose result names
 * them. A running run's chunk waits (`runningChunkHolds`).
 */
export function deleteSpentChunksNaming(
  tx: EntityManager,
  scope: SystemScope,
  candidateId: string,
): Promise<number> {
  requireSystemScope(scope);
  return affectedRows(
    tx,
    `DELETE FROM rematch_chunk WHERE done_at IS NOT NULL AND ($1 IN (first_candidate_id, last_candidate_id)
       OR position(decode(replace($1::text, '-', ''), 'hex') IN coalesce(result, ''::bytea)) > 0)`,
    [candidateId],
  );
}

/** Whether an unfinished chunk of a run of the region still under way has the candidate in its range. */
export async function runningChunkHolds(
  tx: EntityManager,
  scope: SystemScope,
  person: { candidateId: string; regionCode: string },
): Promise<boolean> {
  requireSystemScope(scope);
  // Only runs of the person's region still under way: a failed or abandoned run's unfinished chunks (a whole
  // rematch takes seconds to minutes; a day-old one is dead) would otherwise hold people back for ever.
  const rows: unknown[] = await tx.query(
    `SELECT 1 FROM rematch_chunk c JOIN rematch_run r ON r.id = c.run_id
     WHERE c.done_at IS NULL AND r.status IN ('QUEUED', 'SCORING', 'FINISHING')
       AND r.requested_at > now() - interval '1 day'
       AND r.region_code = $2
       AND $1::uuid BETWEEN c.first_candidate_id AND c.last_candidate_id
     LIMIT 1`,
    [person.candidateId, person.regionCode],
  );
  return rows.length > 0;
}
