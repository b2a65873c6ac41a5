import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@werkbrug/config';
import {
  MODEL_VERSION,
  scoreMatrixTopK,
  type PreparedCandidate,
  type PreparedVacancy,
  type ScoringContext,
} from '@werkbrug/matching-core';
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
import { DataSource, EntityManager } from 'typeorm';
import { encodeChunk } from './chunk-codec';
import { FeatureLoader, MIN_UUID } from './match-features.store';
import { ListCopyEncoder } from './list-copy';
import { MatchListStore } from './match-list.store';
import { RematchRunEntity, RematchStatus } from './matching.entities';
import { idRange, matchableCandidates, matchableVacancies } from './region-state';
import { RegionStatesService } from './region-states.service';
import { mergeChunks, type MergeSummary } from './rematch-merge';
import { RematchChunkStore, type ChunkRow, type RegionCounts } from './rematch-chunk.store';
import { RematchRunStore } from './rematch-run.store';
import { contextFromSnapshot, DEFAULT_K, type ScoringSnapshot } from './scoring-snapshot';
import { SkillSpaceProvider } from './skill-space.provider';
import { SnapshotStore } from './snapshot.store';
import { WORKER_SCOPE } from './system-scope';

const MAX_CHUNKS = 64;
const MAX_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/**
 * Full regional rematch: planned once (scoring snapshot, chunk boundaries), scored as a BullMQ flow of chunk jobs
 * that any number of worker processes share, and finished by the flow's parent job, which swaps the region's
 * lists in one transaction. Chunks write their results to PostgreSQL and are skipped once done, so a crashed or
 * retried chunk, or a rerun of the whole flow, ends in the same lists.
 */
@Injectable()
export class RematchService {
  /** What each run scores with, per process: every chunk of a run this process takes reuses one preparation. */
  private readonly runInputs = new Map<string, Promise<RunInput>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectFlowProducer(REMATCH_FLOW) private readonly flow: FlowProducer,
    @InjectQueue(QueueName.MATCHING) private readonly matchingQueue: Queue,
    private readonly runs: RematchRunStore,
    private readonly chunks: RematchChunkStore,
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

  /**
   * Records a run request and its job in one transaction; joins the run already in flight for the region. Joining
   * also asks for that run's START job again: planning is idempotent, and re-adds the run's jobs if Redis lost
   * them, so asking again is how a person revives a run that would otherwise sit at SCORING until it goes stale.
   */
  async request(
    regionCode: string,
    reason: string,
    requestedByUserId: string | null,
  ): Promise<RematchRunEntity> {
    return this.dataSource.transaction(async (tx) => {
      const existing = await this.runs.activeRun(tx, regionCode);
      if (existing) {
        await this.outbox.publish(
          tx,
          startRegionRematch({
            regionCode,
            reason: existing.reason,
            requestedByUserId: existing.requestedByUserId,
            runId: existing.id,
          }),
        );
        return existing;
      }
      const run = await this.runs.insertRun(tx, regionCode, reason, requestedByUserId);
      await this.outbox.publish(
        tx,
        startRegionRematch({ regionCode, reason, requestedByUserId, runId: run.id }),
      );
      return run;
    });
  }

  /** The run a finishing job was for (whether or not it did the work), if it was such a job. */
  static finishingRun(jobId: string): string | null {
    const prefix = finishJobId('');
    return jobId.startsWith(prefix) ? jobId.slice(prefix.length) : null;
  }

  /**
   * Drops what this process prepared for a run once the run is finished (by any process): a run's input holds
   * the features of every candidate of the region.
   */
  release(runId: string): void {
    this.runInputs.delete(runId);
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
    const regions = await this.snapshots.staleRegions(WORKER_SCOPE, MODEL_VERSION, model.space.version);
    for (const regionCode of regions) {
      await this.ensureUnderWay(await this.request(regionCode, 'scores out of date', null));
    }
    return regions;
  }

  find(runId: string): Promise<RematchRunEntity | null> {
    return this.runs.find(runId);
  }

  latest(regionCode: string): Promise<RematchRunEntity | null> {
    return this.runs.latest(regionCode);
  }

  chunksDone(runId: string): Promise<number> {
    return this.chunks.chunksDone(runId);
  }

  /** The START job: fixes the snapshot and the chunks, then adds the flow (again, harmlessly, on a retry). */
  async plan(payload: StartRegionRematchPayload): Promise<{ runId: string; chunks: number }> {
    const run = await this.dataSource.transaction(async (tx) => {
      const byId = payload.runId ? await this.runs.find(payload.runId, tx) : null;
      return (
        byId ??
        (await this.runs.activeRun(tx, payload.regionCode)) ??
        (await this.runs.insertRun(tx, payload.regionCode, payload.reason, payload.requestedByUserId))
      );
    });
    if (run.status === RematchStatus.QUEUED) await this.fixSnapshotAndChunks(run);
    const current = await this.runs.findOrFail(run.id);
    if (current.status === RematchStatus.SCORING || current.status === RematchStatus.FINISHING) {
      await this.addFlow(current);
    }
    return { runId: run.id, chunks: current.chunksTotal };
  }

  /** A chunk job: its candidates against every vacancy; both sides' partial top-K stored with the chunk. */
  async scoreChunk(runId: string, chunkNo: number): Promise<{ pairsScored: number; skipped: boolean }> {
    const run = await this.find(runId);
    if (!run || run.status !== RematchStatus.SCORING) return { pairsScored: 0, skipped: true };
    const chunk = await this.chunks.chunk(runId, chunkNo);
    if (!chunk || chunk.done_at) return { pairsScored: 0, skipped: true };
    const t0 = performance.now();
    const input = await this.runInput(run);
    const last = chunk.last_candidate_id === MAX_UUID ? null : chunk.last_candidate_id;
    const { prepared: candidates, incomplete } = input.candidatesOf
      ? input.candidatesOf(chunk.first_candidate_id, last)
      : matchableCandidates(
          input.context,
          await this.loader.candidatesInRange(
            WORKER_SCOPE,
            this.skills.get().space,
            run.regionCode,
            chunk.first_candidate_id,
            last,
          ),
        );
    const t1 = performance.now();
    const vacancies = input.vacancies;
    const result = scoreMatrixTopK(candidates, vacancies, { k: run.k ?? DEFAULT_K });
    const encoded = encodeChunk(
      candidates.map((c) => c.features.id),
      vacancies.map((v) => v.features.id),
      result.byCandidate,
      result.byVacancy,
    );
    const t2 = performance.now();
    await this.chunks.saveChunk(runId, chunkNo, {
      encoded,
      pairsScored: result.pairsScored,
      pairsEligible: result.pairsEligible,
      rejections: result.rejections,
      counts: {
        candidates: candidates.length,
        incompleteCandidates: incomplete,
        vacancies: vacancies.length,
        incompleteVacancies: input.incompleteVacancies,
      },
    });
    this.logger.debug(
      `rematch ${runId} chunk ${chunkNo}: ${candidates.length} × ${vacancies.length}, loaded ${Math.round(t1 - t0)} ms, ` +
        `scored ${Math.round(t2 - t1)} ms, stored ${encoded.length} bytes in ${Math.round(performance.now() - t2)} ms`,
    );
    return { pairsScored: result.pairsScored, skipped: false };
  }

  /** The flow's parent: merges the chunks and swaps the region's lists and snapshot in one transaction. */
  async finish(runId: string): Promise<{ lists: number; skipped: boolean; regionCode?: string }> {
    const run = await this.runs.findForScoring(runId);
    if (!run || run.status === RematchStatus.COMPLETED || run.status === RematchStatus.FAILED) {
      return { lists: 0, skipped: true };
    }
    const chunks = await this.runs.markFinishing(runId);
    const missing = chunks.filter((c) => !c.done_at || !c.has_result).map((c) => c.chunk_no);
    if (missing.length > 0) throw new Error(`rematch ${runId}: chunks ${missing.join(', ')} have no result`);
    const snapshot = snapshotOf(run);
    const t0 = performance.now();
    const results = await this.chunks.readChunkResults(runId, chunks.length);
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
      await this.runs.complete(tx, runId, {
        pairsScored: sum('pairs_scored'),
        pairsEligible: sum('pairs_eligible'),
        rejections: sumRejections(chunks),
        counts,
      });
      await this.publishCatchUp(tx, run);
    });
    // The copy this process keeps stays: the next update or the preloader prepares it again with the new snapshot.
    this.runInputs.delete(runId);
    const lists = summary ? summary.candidateLists + summary.vacancyLists : 0;
    this.logger.log(
      `rematch ${runId} of ${run.regionCode}: ${lists} lists (${summary?.entries ?? 0} entries) merged and ` +
        `written in ${Math.round(performance.now() - t0)} ms (chunks read ${Math.round(decoded - t0)} ms, ` +
        `merge and COPY ${Math.round(written - decoded)} ms, swap and catch-up ${Math.round(performance.now() - written)} ms)`,
    );
    return { lists, skipped: false, regionCode: run.regionCode };
  }

  async markFailed(runId: string, error: string): Promise<void> {
    await this.runs.markFailed(runId, error);
    this.runInputs.delete(runId);
  }

  /**
   * Items changed after the run read the region were scored on older data (or not at all): their incremental
   * jobs, queued with the swap, bring the new lists up to date.
   */
  private async publishCatchUp(tx: EntityManager, run: RematchRunEntity): Promise<void> {
    const changed = await this.loader.changedIds(tx, WORKER_SCOPE, run.regionCode, run.startedAt);
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
    const { now, today } = await this.runs.clock();
    const outline = await this.loader.regionOutline(WORKER_SCOPE, model.space, run.regionCode);
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
    await this.runs.startScoring(run, {
      snapshot,
      activeCandidates: outline.activeCandidates,
      openVacancies: outline.openVacancies,
      startedAt: now,
      bounds,
    });
  }

  private async addFlow(run: RematchRunEntity): Promise<void> {
    const chunkNos = await this.chunks.openChunkNos(run.id);
    await this.flow.add({
      name: JobName.FINISH_REMATCH,
      queueName: QueueName.MATCHING,
      data: { runId: run.id },
      opts: { ...DEFAULT_JOB_OPTIONS, jobId: finishJobId(run.id) },
      children: chunkNos.map((chunkNo) => ({
        name: JobName.SCORE_REMATCH_CHUNK,
        queueName: QueueName.REMATCH,
        data: { runId: run.id, chunkNo },
        opts: { ...DEFAULT_JOB_OPTIONS, jobId: `rematch-chunk_${run.id}_${chunkNo}` },
      })),
    });
  }

  private async scoringRun(runId: string): Promise<RematchRunEntity> {
    const run = await this.runs.findForScoring(runId);
    if (!run) throw new Error(`rematch ${runId} is gone`);
    return run;
  }

  /** What a run's chunks score with in this process, prepared once per process and run. */
  private runInput(run: RematchRunEntity): Promise<RunInput> {
    let input = this.runInputs.get(run.id);
    if (!input) {
      const started = performance.now();
      input = this.scoringRun(run.id).then((scoring) => this.prepareRun(run, snapshotOf(scoring)));
      void input.then(
        (ready) =>
          this.logger.log(
            `rematch ${run.id} of ${run.regionCode}: ${ready.vacancies.length} vacancies ${ready.candidatesOf ? 'prepared from the kept region' : 'loaded'} in ` +
              `${Math.round(performance.now() - started)} ms`,
          ),
        () => undefined,
      );
      this.runInputs.set(run.id, input);
      // A process keeps at most the runs it is working on; older ones are dropped.
      for (const key of this.runInputs.keys())
        if (this.runInputs.size > 2 && key !== run.id) this.runInputs.delete(key);
      input.catch(() => this.runInputs.delete(run.id));
    }
    return input;
  }

  /**
   * A process that keeps the region for incremental updates scores from that copy, checked member by member
   * against what is stored (so it is exact as of this moment, after the run started), each item prepared again
   * with the run's snapshot: no rows read but the changed ones. Reading and parsing the region's rows was a third
   * of a rematch. A process without a copy reads the vacancies, and each chunk its own candidates.
   */
  private async prepareRun(run: RematchRunEntity, snapshot: ScoringSnapshot): Promise<RunInput> {
    const started = performance.now();
    const copy = await this.states.verifiedCopy(run.regionCode);
    if (!copy) {
      const state = await this.states.loadVacanciesAsOf(
        run.regionCode,
        snapshot,
        run.startedAt ?? new Date(),
      );
      return {
        context: state.context,
        vacancies: state.vacancyArray(),
        incompleteVacancies: state.incompleteVacancies,
      };
    }
    const verified = performance.now();
    const context = contextFromSnapshot(this.skills.get(), snapshot);
    const vacancies = matchableVacancies(
      context,
      copy.vacancyArray().map((kept) => kept.features),
    );
    // The ids in order, taken now: later changes to the copy do not move a chunk's range under it.
    const candidates = copy.candidateArray().map((kept) => kept.features);
    const ids = candidates.map((features) => features.id);
    // Ids and features only: the input must not keep the whole copy alive once the process has loaded a newer one.
    const incompleteIds = copy.incompleteCandidateIdList();
    this.logger.debug(
      `rematch ${run.id}: kept copy checked in ${Math.round(verified - started)} ms, vacancies prepared in ` +
        `${Math.round(performance.now() - verified)} ms`,
    );
    return {
      context,
      vacancies,
      incompleteVacancies: copy.incompleteVacancies,
      candidatesOf: (first, last) => {
        const { from, to } = idRange(ids, first, last);
        const { prepared, incomplete } = matchableCandidates(context, candidates.slice(from, to));
        const missing = idRange(incompleteIds, first, last);
        return { prepared, incomplete: incomplete + missing.to - missing.from };
      },
    };
  }
}

/** What a process scores a run's chunks with. */
interface RunInput {
  readonly context: ScoringContext;
  /** The region's matchable vacancies prepared with the run's snapshot, by id. */
  readonly vacancies: PreparedVacancy[];
  readonly incompleteVacancies: number;
  /**
   * A chunk's candidates (first <= id < last) when this process keeps the region; without, each chunk reads
   * its own.
   */
  readonly candidatesOf?: (
    first: string,
    last: string | null,
  ) => { prepared: PreparedCandidate[]; incomplete: number };
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
