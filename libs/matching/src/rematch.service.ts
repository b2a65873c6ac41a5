import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@werkbrug/config';
import { ConflictError } from '@werkbrug/core';
import { MODEL_VERSION, scoreMatrixTopK } from '@werkbrug/matching-core';
import {
  DEFAULT_JOB_OPTIONS,
  JobName,
  OutboxService,
  QueueName,
  REMATCH_FLOW,
  rescoreCandidate,
  rescoreVacancy,
  startRegionRematch,
  type StartRegionRematchPayload,
} from '@werkbrug/queue';
import type { FlowProducer, Queue } from 'bullmq';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource, EntityManager } from 'typeorm';
import { binaryCopyRows } from './binary-copy-reader';
import { decodeChunk, encodeChunk, type ChunkResult } from './chunk-codec';
import { FeatureLoader, MIN_UUID } from './feature-loader';
import { ListCopyEncoder } from './list-copy';
import { MatchListStore } from './match-list.store';
import { RematchRunEntity, RematchStatus } from './matching.entities';
import type { RegionState } from './region-state';
import { matchableCandidates } from './region-state';
import { RegionStatesService } from './region-states.service';
import { mergeChunks, type MergeSummary } from './rematch-merge';
import { DEFAULT_K, type ScoringSnapshot } from './scoring-snapshot';
import { SkillSpaceProvider } from './skill-space.provider';
import { SnapshotStore } from './snapshot.store';

const MAX_CHUNKS = 64;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A run in flight longer than this is taken to be lost (e.g. Redis was wiped) and a new request replaces it. */
const STALE_RUN_MINUTES = 30;
const MAX_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

const ACTIVE = [RematchStatus.QUEUED, RematchStatus.SCORING, RematchStatus.FINISHING];

interface ChunkRow {
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
interface RegionCounts {
  candidates: number;
  incompleteCandidates: number;
  vacancies: number;
  incompleteVacancies: number;
}

/**
 * Full regional rematch: planned once (scoring snapshot, chunk boundaries), scored as a BullMQ flow of chunk jobs
 * that any number of worker processes share, and finished by the flow's parent job, which swaps the region's
 * lists in one transaction. Chunks write their results to PostgreSQL and are skipped once done, so a crashed or
 * retried chunk, or a rerun of the whole flow, ends in the same lists.
 */
@Injectable()
export class RematchService {
  /** States prepared for a run, per process: every chunk of a run this process takes reuses one load. */
  private readonly runStates = new Map<string, Promise<RegionState>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectFlowProducer(REMATCH_FLOW) private readonly flow: FlowProducer,
    @InjectQueue(QueueName.MATCHING) private readonly matchingQueue: Queue,
    private readonly loader: FeatureLoader,
    private readonly skills: SkillSpaceProvider,
    private readonly snapshots: SnapshotStore,
    private readonly lists: MatchListStore,
    private readonly states: RegionStatesService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {
    // Without a listener, a connection error while Redis is away would be thrown as an unhandled 'error' event.
    // The outbox keeps the work meanwhile; the relay logs the outage.
    flow.on('error', (error: Error) => this.logger.debug(`rematch flow producer: ${error.message}`));
  }

  private readonly logger = new Logger(RematchService.name);

  /** Records a run request and its job in one transaction; joins the run already in flight for the region. */
  async request(
    regionCode: string,
    reason: string,
    requestedByUserId: string | null,
  ): Promise<RematchRunEntity> {
    return this.dataSource.transaction(async (tx) => {
      const existing = await this.activeRun(tx, regionCode);
      if (existing) return existing;
      const run = await this.insertRun(tx, regionCode, reason, requestedByUserId);
      await this.outbox.publish(
        tx,
        startRegionRematch({ regionCode, reason, requestedByUserId, runId: run.id }),
      );
      return run;
    });
  }

  /** The region a completed job finished a rematch of (from its id and return value), if it was such a job. */
  static finishedRegion(jobId: string, returnvalue: unknown): string | null {
    if (!jobId.startsWith(finishJobId(''))) return null;
    let value = returnvalue;
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch {
        return null;
      }
    }
    const regionCode = (value as { regionCode?: unknown } | null)?.regionCode;
    return typeof regionCode === 'string' ? regionCode : null;
  }

  /**
   * Makes sure a run that a change joined is really under way. Redis keeps the run's jobs and may lose them (a
   * restart without persistence): the run would then sit in the database, and every change in its region would
   * join it, until it counts as stale half an hour later. A queued run is planned here (planning is idempotent:
   * a START job still to come finds it planned); a planned run whose finishing job is gone gets its flow again.
   */
  async ensureUnderWay(run: RematchRunEntity): Promise<void> {
    if (run.status === RematchStatus.QUEUED) {
      await this.plan({
        regionCode: run.regionCode,
        reason: run.reason,
        requestedByUserId: run.requestedByUserId,
        runId: run.id,
      });
      return;
    }
    if (run.status !== RematchStatus.SCORING && run.status !== RematchStatus.FINISHING) return;
    if (await this.matchingQueue.getJob(finishJobId(run.id))) return;
    this.logger.warn(`rematch ${run.id} of ${run.regionCode} had lost its jobs; adding them again`);
    await this.addFlow(run);
  }

  /**
   * Requests a rematch for every region with matchable data whose lists are missing, come from another model or
   * skill space, or were scored for an earlier day (timing and availability depend on the date).
   */
  async requestStale(): Promise<string[]> {
    const model = this.skills.get();
    const regions: { region_code: string }[] = await this.dataSource.query(
      `SELECT r.region_code FROM (
         SELECT DISTINCT region_code FROM candidate_profile WHERE status = 'ACTIVE' AND consent_status = 'GIVEN'
         UNION SELECT DISTINCT region_code FROM vacancy WHERE status = 'OPEN') r
       LEFT JOIN region_matching_snapshot s ON s.region_code = r.region_code
       WHERE s.region_code IS NULL OR s.model_version <> $1 OR s.skill_space_version <> $2 OR s.scored_on < current_date
       ORDER BY r.region_code`,
      [MODEL_VERSION, model.space.version],
    );
    for (const { region_code } of regions) {
      await this.ensureUnderWay(await this.request(region_code, 'scores out of date', null));
    }
    return regions.map((r) => r.region_code);
  }

  async find(runId: string): Promise<RematchRunEntity | null> {
    return this.dataSource.manager.findOneBy(RematchRunEntity, { id: runId });
  }

  async latest(regionCode: string): Promise<RematchRunEntity | null> {
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

  /** The START job: fixes the snapshot and the chunks, then adds the flow (again, harmlessly, on a retry). */
  async plan(payload: StartRegionRematchPayload): Promise<{ runId: string; chunks: number }> {
    const run = await this.dataSource.transaction(async (tx) => {
      const byId = payload.runId ? await tx.findOneBy(RematchRunEntity, { id: payload.runId }) : null;
      return (
        byId ??
        (await this.activeRun(tx, payload.regionCode)) ??
        (await this.insertRun(tx, payload.regionCode, payload.reason, payload.requestedByUserId))
      );
    });
    if (run.status === RematchStatus.QUEUED) await this.fixSnapshotAndChunks(run);
    const current = await this.dataSource.manager.findOneByOrFail(RematchRunEntity, { id: run.id });
    if (current.status === RematchStatus.SCORING || current.status === RematchStatus.FINISHING) {
      await this.addFlow(current);
    }
    return { runId: run.id, chunks: current.chunksTotal };
  }

  /** A chunk job: its candidates against every vacancy; both sides' partial top-K stored with the chunk. */
  async scoreChunk(runId: string, chunkNo: number): Promise<{ pairsScored: number; skipped: boolean }> {
    const run = await this.find(runId);
    if (!run || run.status !== RematchStatus.SCORING) return { pairsScored: 0, skipped: true };
    const [chunk]: ChunkRow[] = await this.dataSource.query(
      `SELECT chunk_no, first_candidate_id::text, last_candidate_id::text, done_at
       FROM rematch_chunk WHERE run_id = $1 AND chunk_no = $2`,
      [runId, chunkNo],
    );
    if (!chunk || chunk.done_at) return { pairsScored: 0, skipped: true };
    const t0 = performance.now();
    const state = await this.runState(run);
    const last = chunk.last_candidate_id === MAX_UUID ? null : chunk.last_candidate_id;
    const { prepared: candidates, incomplete } = matchableCandidates(
      state.context,
      await this.loader.candidatesInRange(
        this.skills.get().space,
        run.regionCode,
        chunk.first_candidate_id,
        last,
      ),
    );
    const t1 = performance.now();
    const vacancies = state.vacancyArray();
    const result = scoreMatrixTopK(candidates, vacancies, { k: run.k ?? DEFAULT_K });
    const encoded = encodeChunk(
      candidates.map((c) => c.features.id),
      vacancies.map((v) => v.features.id),
      result.byCandidate,
      result.byVacancy,
    );
    const t2 = performance.now();
    await this.dataSource.query(
      `UPDATE rematch_chunk SET result = $3, pairs_scored = $4, pairs_eligible = $5, rejections = $6,
         region_counts = $7, done_at = now()
       WHERE run_id = $1 AND chunk_no = $2 AND done_at IS NULL`,
      [
        runId,
        chunkNo,
        encoded,
        result.pairsScored,
        result.pairsEligible,
        JSON.stringify(result.rejections),
        JSON.stringify({
          candidates: candidates.length,
          incompleteCandidates: incomplete,
          vacancies: state.vacancies.size,
          incompleteVacancies: state.incompleteVacancies,
        } satisfies RegionCounts),
      ],
    );
    this.logger.debug(
      `rematch ${runId} chunk ${chunkNo}: ${candidates.length} × ${vacancies.length}, loaded ${Math.round(t1 - t0)} ms, ` +
        `scored ${Math.round(t2 - t1)} ms, stored ${encoded.length} bytes in ${Math.round(performance.now() - t2)} ms`,
    );
    return { pairsScored: result.pairsScored, skipped: false };
  }

  /** The flow's parent: merges the chunks and swaps the region's lists and snapshot in one transaction. */
  async finish(runId: string): Promise<{ lists: number; skipped: boolean; regionCode?: string }> {
    const run = await this.find(runId);
    if (!run || run.status === RematchStatus.COMPLETED || run.status === RematchStatus.FAILED) {
      return { lists: 0, skipped: true };
    }
    await this.dataSource.query(`UPDATE rematch_run SET status = 'FINISHING' WHERE id = $1`, [runId]);
    const chunks: ChunkRow[] = await this.dataSource.query(
      `SELECT chunk_no, done_at, result IS NOT NULL AS has_result, pairs_scored::text, pairs_eligible::text,
         rejections, region_counts
       FROM rematch_chunk WHERE run_id = $1 ORDER BY chunk_no`,
      [runId],
    );
    const missing = chunks.filter((c) => !c.done_at || !c.has_result).map((c) => c.chunk_no);
    if (missing.length > 0) throw new Error(`rematch ${runId}: chunks ${missing.join(', ')} have no result`);
    const snapshot = snapshotOf(run);
    const t0 = performance.now();
    const results = await this.readChunkResults(runId, chunks.length);
    const sum = (field: 'pairs_scored' | 'pairs_eligible') =>
      chunks.reduce((n, c) => n + Number(c[field]), 0);
    let summary: MergeSummary | undefined;
    let decoded = t0;
    let written = t0;
    await this.dataSource.transaction(async (tx) => {
      await this.lists.lockRegion(tx, run.regionCode);
      const encoder = new ListCopyEncoder({
        regionCode: run.regionCode,
        modelVersion: snapshot.modelVersion,
        scoredOn: snapshot.scoredOn,
        listVersion: await this.lists.nextVersion(tx),
      });
      // Encoded while the COPY streams, a megabyte at a time, so the whole region is never in memory twice.
      const merge = mergeChunks(results, snapshot.k, encoder);
      async function* rows(): AsyncGenerator<Buffer> {
        for (;;) {
          const step = merge.next();
          yield* encoder.drain();
          if (step.done) {
            summary = step.value;
            break;
          }
        }
        yield* encoder.end();
      }
      decoded = performance.now();
      await this.lists.replaceRegion(tx, run.regionCode, rows());
      written = performance.now();
      await this.snapshots.save(tx, run.regionCode, snapshot);
      // Candidates add up over the chunks' ranges; the region's vacancies, which processes may have loaded
      // moments apart, count as the first chunk saw them.
      const counted = chunks.map((c) => c.region_counts).filter((c): c is RegionCounts => c !== null);
      const counts = counted.length
        ? {
            ...counted[0],
            candidates: counted.reduce((n, c) => n + c.candidates, 0),
            incompleteCandidates: counted.reduce((n, c) => n + c.incompleteCandidates, 0),
          }
        : null;
      await tx.query(
        `UPDATE rematch_run SET status = 'COMPLETED', finished_at = now(), pairs_scored = $2, pairs_eligible = $3,
           rejections = $4, candidates = coalesce($5, candidates), vacancies = coalesce($6, vacancies),
           incomplete_candidates = coalesce($7, incomplete_candidates),
           incomplete_vacancies = coalesce($8, incomplete_vacancies)
         WHERE id = $1`,
        [
          runId,
          sum('pairs_scored'),
          sum('pairs_eligible'),
          JSON.stringify(sumRejections(chunks)),
          counts?.candidates,
          counts?.vacancies,
          counts?.incompleteCandidates,
          counts?.incompleteVacancies,
        ],
      );
      await tx.query(`UPDATE rematch_chunk SET result = NULL WHERE run_id = $1`, [runId]);
      await this.publishCatchUp(tx, run);
    });
    this.runStates.delete(runId);
    this.states.forget(run.regionCode);
    const lists = summary ? summary.candidateLists + summary.vacancyLists : 0;
    this.logger.log(
      `rematch ${runId} of ${run.regionCode}: ${lists} lists (${summary?.entries ?? 0} entries) merged and ` +
        `written in ${Math.round(performance.now() - t0)} ms (chunks read ${Math.round(decoded - t0)} ms, ` +
        `merge and COPY ${Math.round(written - decoded)} ms, swap and catch-up ${Math.round(performance.now() - written)} ms)`,
    );
    return { lists, skipped: false, regionCode: run.regionCode };
  }

  /** The run's chunk results in chunk order, streamed by COPY (see binaryCopyRows) and decoded as they arrive. */
  private async readChunkResults(runId: string, expected: number): Promise<ChunkResult[]> {
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

  async markFailed(runId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE rematch_run SET status = 'FAILED', error = $2, finished_at = now()
       WHERE id = $1 AND status IN ('QUEUED','SCORING','FINISHING')`,
      [runId, error.slice(0, 1000)],
    );
    this.runStates.delete(runId);
  }

  /**
   * Items changed after the run read the region were scored on older data (or not at all): their incremental
   * jobs, queued with the swap, bring the new lists up to date.
   */
  private async publishCatchUp(tx: EntityManager, run: RematchRunEntity): Promise<void> {
    const changed: { side: 'C' | 'V'; id: string }[] = await tx.query(
      `SELECT 'C' AS side, id FROM candidate_profile WHERE region_code = $1 AND updated_at > $2
       UNION ALL SELECT 'V', id FROM vacancy WHERE region_code = $1 AND updated_at > $2`,
      [run.regionCode, run.startedAt],
    );
    await this.outbox.publish(
      tx,
      ...changed.map((c) =>
        c.side === 'C' ? rescoreCandidate(run.regionCode, c.id) : rescoreVacancy(run.regionCode, c.id),
      ),
    );
  }

  private async fixSnapshotAndChunks(run: RematchRunEntity): Promise<void> {
    const model = this.skills.get();
    const allowOwnEmployer = await this.snapshots.allowOwnEmployer(run.regionCode);
    const clock: { now: Date; today: string }[] = await this.dataSource.query(
      `SELECT now() AS now, current_date::text AS today`,
    );
    const [{ now, today }] = clock;
    const outline = await this.loader.regionOutline(model.space, run.regionCode);
    const snapshot: ScoringSnapshot = {
      runId: run.id,
      modelVersion: MODEL_VERSION,
      skillSpaceVersion: model.space.version,
      scoredOn: today,
      allowOwnEmployer,
      k: DEFAULT_K,
      documents: outline.openVacancies,
      skillFrequencies: outline.skillFrequencies,
    };
    const ids = outline.candidateIds;
    const chunkCount = Math.min(
      MAX_CHUNKS,
      Math.max(1, Math.ceil(ids.length / this.config.REMATCH_CHUNK_CANDIDATES)),
    );
    const size = Math.ceil(ids.length / chunkCount);
    const bounds = Array.from({ length: chunkCount }, (_, i) => ({
      first: i === 0 ? MIN_UUID : ids[i * size],
      last: i === chunkCount - 1 ? MAX_UUID : ids[(i + 1) * size],
    }));
    await this.dataSource.transaction(async (tx) => {
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
          outline.activeCandidates,
          outline.openVacancies,
          0,
          0,
          chunkCount,
          now,
        ],
      );
      if (updated[1] === 0) return;
      await tx.query(
        `INSERT INTO rematch_chunk (run_id, chunk_no, first_candidate_id, last_candidate_id)
         SELECT $1, n - 1, b.first, b.last FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS b(first, last, n)
         ON CONFLICT DO NOTHING`,
        [run.id, bounds.map((b) => b.first), bounds.map((b) => b.last)],
      );
    });
  }

  private async addFlow(run: RematchRunEntity): Promise<void> {
    const chunkNos: { chunk_no: number }[] = await this.dataSource.query(
      `SELECT chunk_no FROM rematch_chunk WHERE run_id = $1 AND done_at IS NULL ORDER BY chunk_no`,
      [run.id],
    );
    await this.flow.add({
      name: JobName.FINISH_REMATCH,
      queueName: QueueName.MATCHING,
      data: { runId: run.id },
      opts: { ...DEFAULT_JOB_OPTIONS, jobId: finishJobId(run.id) },
      children: chunkNos.map(({ chunk_no }) => ({
        name: JobName.SCORE_REMATCH_CHUNK,
        queueName: QueueName.REMATCH,
        data: { runId: run.id, chunkNo: chunk_no },
        opts: { ...DEFAULT_JOB_OPTIONS, jobId: `rematch-chunk_${run.id}_${chunk_no}` },
      })),
    });
  }

  /** The vacancies a run scores against: prepared with the run's snapshot, loaded once per process. */
  private runState(run: RematchRunEntity): Promise<RegionState> {
    let state = this.runStates.get(run.id);
    if (!state) {
      const snapshot = snapshotOf(run);
      const started = performance.now();
      state = this.states.loadVacanciesAsOf(run.regionCode, snapshot, run.startedAt ?? new Date());
      void state.then(
        (loaded) =>
          this.logger.log(
            `rematch ${run.id} of ${run.regionCode}: ${loaded.vacancies.size} vacancies loaded in ` +
              `${Math.round(performance.now() - started)} ms`,
          ),
        () => undefined,
      );
      this.runStates.set(run.id, state);
      // A process keeps at most the runs it is working on; older ones are dropped.
      for (const key of this.runStates.keys())
        if (this.runStates.size > 2 && key !== run.id) this.runStates.delete(key);
      state.catch(() => this.runStates.delete(run.id));
    }
    return state;
  }

  private async activeRun(tx: EntityManager, regionCode: string): Promise<RematchRunEntity | null> {
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

  private async insertRun(
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
}

const finishJobId = (runId: string) => `finish-rematch_${runId}`;

function sumRejections(chunks: readonly ChunkRow[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const chunk of chunks) {
    for (const [rule, n] of Object.entries(chunk.rejections ?? {})) total[rule] = (total[rule] ?? 0) + n;
  }
  return total;
}

function snapshotOf(run: RematchRunEntity): ScoringSnapshot {
  if (
    !run.modelVersion ||
    !run.skillSpaceVersion ||
    !run.scoredOn ||
    run.documents === null ||
    !run.skillFrequencies
  ) {
    throw new Error(`rematch ${run.id} has not been planned`);
  }
  return {
    runId: run.id,
    modelVersion: run.modelVersion,
    skillSpaceVersion: run.skillSpaceVersion,
    scoredOn: run.scoredOn,
    documents: run.documents,
    skillFrequencies: run.skillFrequencies,
    allowOwnEmployer: run.allowOwnEmployer ?? false,
    k: run.k ?? DEFAULT_K,
  };
}
