// End-to-end matching benchmark: a synthetic ESCO region in a fresh PostgreSQL database, a full regional rematch
// through real worker processes (outbox → BullMQ → chunks → top-K lists in PostgreSQL), then single-vacancy
// changes until their lists are updated. Run with
//   npm run bench:matching -- --candidates 10000 --vacancies 10000 --workers 2
// Human-readable lines first; the last line is one JSON object.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@werkbrug/config';
import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { dataSourceOptions } from '@werkbrug/database';
import { readGeoReference } from '@werkbrug/geo/geo-data';
import { buildSkillSpace } from '@werkbrug/matching-core';
import { applyMigrations } from '@werkbrug/platform';
import { OutboxService } from '@werkbrug/queue/outbox.service';
import { startRegionRematch } from '@werkbrug/queue/queue.contract';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import { DataSource } from 'typeorm';
import {
  adminQuery,
  commandLineOptions,
  createBenchDatabase,
  dropBenchDatabase,
  MachineCpu,
  measureIncremental,
  removeQueueKeys,
  WorkerProcesses,
  type IncrementalFigures,
} from './matching-bench-support';
import { prng } from './matching-eval-data';
import { generateRegion, insertRegion, largestRegion, type SyntheticRegion } from './matching-region';

interface Options {
  candidates: number;
  vacancies: number;
  workers: number;
  region?: string;
  seed: number;
  incremental: number;
  /** Full rematches measured one after another (the figure is their median). */
  repeat: number;
  /** Full rematches run first and not counted: they warm the processes' compiled code, as in a running service. */
  warmupRuns: number;
  keep: boolean;
  timeoutSeconds: number;
  /** `--pg-set name=value` (repeatable): a PostgreSQL setting for the benchmark database, e.g. jit=off. */
  pgSettings: [string, string][];
}

function parseOptions(argv: readonly string[]): Options {
  const { value, int } = commandLineOptions(argv);
  return {
    candidates: int('candidates', 10_000, 1),
    vacancies: int('vacancies', 10_000, 1),
    workers: int('workers', availableParallelism(), 1),
    region: value('region'),
    seed: int('seed', 7, 0),
    incremental: int('incremental', 150, 0),
    repeat: int('repeat', 3, 1),
    warmupRuns: int('warmup-runs', 1, 0),
    keep: argv.includes('--keep'),
    timeoutSeconds: int('timeout', 600, 1),
    pgSettings: argv.flatMap((arg, i) => {
      if (arg !== '--pg-set') return [];
      const [name, setting] = (argv[i + 1] ?? '').split('=');
      if (!/^[a-z_.]+$/.test(name) || !/^[\w.-]+$/.test(setting ?? ''))
        throw new Error('--pg-set name=value');
      return [[name, setting] as [string, string]];
    }),
  };
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

interface RunRow {
  status: string;
  error: string | null;
  candidates: number;
  vacancies: number;
  incomplete_candidates: number;
  incomplete_vacancies: number;
  chunks_total: number;
  pairs_scored: string;
  pairs_eligible: string;
  queued_ms: number | null;
  scoring_ms: number | null;
  finish_ms: number | null;
}

/** What RematchService.request writes: the run and its job in one transaction (the outbox notifies the relay). */
async function requestRematch(db: DataSource, regionCode: string, reason: string): Promise<string> {
  const outbox = new OutboxService();
  return db.transaction(async (tx) => {
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO rematch_run (region_code, status, reason) VALUES ($1, 'QUEUED', $2) RETURNING id`,
      [regionCode, reason],
    );
    await outbox.publish(tx, startRegionRematch({ regionCode, reason, requestedByUserId: null, runId: id }));
    return id;
  });
}

/** Polls the run every 10 ms until it has completed; the phases come from the database's own timestamps. */
async function waitForRun(db: DataSource, runId: string, workers: WorkerProcesses, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [run]: RunRow[] = await db.query(
      `SELECT r.status, r.error, r.candidates, r.vacancies, r.incomplete_candidates, r.incomplete_vacancies,
         r.chunks_total, r.pairs_scored::text, r.pairs_eligible::text,
         (extract(epoch FROM r.started_at - r.requested_at) * 1000)::float8 AS queued_ms,
         (extract(epoch FROM c.last_done - r.started_at) * 1000)::float8 AS scoring_ms,
         (extract(epoch FROM clock_timestamp() - c.last_done) * 1000)::float8 AS finish_ms
       FROM rematch_run r
       LEFT JOIN LATERAL (SELECT max(done_at) AS last_done FROM rematch_chunk WHERE run_id = r.id) c ON true
       WHERE r.id = $1`,
      [runId],
    );
    if (run.status === 'COMPLETED') return run;
    if (run.status === 'FAILED') throw new Error(`rematch ${runId} failed: ${run.error}`);
    workers.assertRunning();
    if (Date.now() > deadline) throw new Error(`rematch ${runId} still ${run.status} after ${timeoutMs} ms`);
    await sleep(10);
  }
}

/**
 * The skill space is built on a process's first matching job (about a second). Empty rematches of other regions
 * go through every process until each has spent that CPU time; none of them reads the benchmark's region.
 */
async function warmUp(
  db: DataSource,
  workers: WorkerProcesses,
  spareRegions: readonly string[],
): Promise<boolean> {
  const count = workers.pids.length * 2;
  for (let round = 0; round * count < spareRegions.length && round < 4; round++) {
    const before = workers.cpuSeconds();
    const regions = spareRegions.slice(round * count, (round + 1) * count);
    const runs = await Promise.all(regions.map((r) => requestRematch(db, r, 'benchmark warm-up')));
    for (const run of runs) await waitForRun(db, run, workers, 60_000);
    const after = workers.cpuSeconds();
    if (after.every((cpu, i) => cpu - before[i] >= 0.5)) return true;
  }
  return false;
}

interface Run {
  readonly row: RunRow;
  readonly seconds: number;
  readonly pairsScored: number;
  readonly workerCpuSeconds: number;
  readonly elsewhere: { postgres: number; other: number };
}

/** The measured run: from just before the request's transaction until the run row says COMPLETED. */
async function measureRematch(
  db: DataSource,
  workers: WorkerProcesses,
  regionCode: string,
  timeoutMs: number,
  measuredBefore: number,
): Promise<Run> {
  const [{ earlier }]: { earlier: number }[] = await db.query(
    `SELECT count(*)::int AS earlier FROM rematch_run WHERE region_code = $1`,
    [regionCode],
  );
  // A run the workers started on their own would have loaded the region already and collide with this one.
  if (earlier > measuredBefore) throw new Error(`region ${regionCode} was rematched outside the benchmark`);
  await workers.waitIdle(30_000);
  const cpuBefore = workers.cpuSeconds();
  const machine = new MachineCpu(new Set([...workers.pids, process.pid]));
  const t0 = performance.now();
  const runId = await requestRematch(db, regionCode, 'benchmark');
  const row = await waitForRun(db, runId, workers, timeoutMs);
  const seconds = (performance.now() - t0) / 1000;
  const run = {
    row,
    seconds,
    pairsScored: Number(row.pairs_scored),
    workerCpuSeconds: sum(workers.cpuSeconds()) - sum(cpuBefore),
    elsewhere: machine.since(),
  };
  console.log(
    `full rematch: ${round(seconds)} s end to end (queued ${Math.round(row.queued_ms ?? 0)} ms, plan + score ` +
      `${Math.round(row.scoring_ms ?? 0)} ms, merge + swap ${Math.round(row.finish_ms ?? 0)} ms), ` +
      `${row.chunks_total} chunks, ${run.pairsScored} pairs (${row.pairs_eligible} eligible), ` +
      `${Math.round(run.pairsScored / seconds)} pairs/s; CPU meanwhile: workers ${round(run.workerCpuSeconds, 1)} ` +
      `s, PostgreSQL ${run.elsewhere.postgres} s, other processes ${run.elsewhere.other} s`,
  );
  return run;
}

/** The run with the median time (the lower middle one of an even number). */
function medianRun(runs: readonly Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Every candidate and every vacancy of the region must have its list row after the swap. */
async function checkLists(
  db: DataSource,
  regionCode: string,
  options: Options,
  run: RunRow,
): Promise<boolean> {
  const [lists]: { candidates: number; vacancies: number; non_empty: number; entries: string }[] =
    await db.query(
      `SELECT count(*) FILTER (WHERE side = 'CANDIDATE')::int AS candidates,
       count(*) FILTER (WHERE side = 'VACANCY')::int AS vacancies,
       count(*) FILTER (WHERE cardinality(other_ids) > 0)::int AS non_empty,
       sum(cardinality(other_ids))::text AS entries
     FROM match_list WHERE region_code = $1`,
      [regionCode],
    );
  const complete =
    lists.candidates === options.candidates &&
    lists.vacancies === options.vacancies &&
    run.candidates === options.candidates &&
    run.vacancies === options.vacancies;
  console.log(
    `lists check: ${lists.candidates}/${options.candidates} candidate lists, ${lists.vacancies}/` +
      `${options.vacancies} vacancy lists (run saw ${run.candidates} + ${run.vacancies} complete, ` +
      `${run.incomplete_candidates} + ${run.incomplete_vacancies} incomplete), ${lists.non_empty} non-empty, ` +
      `${lists.entries} entries: ${complete ? 'OK' : 'MISMATCH'}`,
  );
  return complete;
}

interface Prepared {
  readonly region: SyntheticRegion;
  readonly generateSeconds: number;
  readonly insertSeconds: number;
}

async function prepareRegion(options: Options, regionCode: string, url: string): Promise<Prepared> {
  const dir = findReferenceDataDir();
  const taxonomy = readEscoTaxonomy(dir);
  const today = new Date().toISOString().slice(0, 10);
  let started = performance.now();
  const region = generateRegion(
    {
      regionCode,
      geo: readGeoReference(dir),
      space: buildSkillSpace(taxonomy),
      occupations: taxonomy.occupations,
      today,
    },
    options,
    prng(options.seed),
  );
  const generateSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await insertRegion(url, region, today);
  const insertSeconds = (performance.now() - started) / 1000;
  console.log(
    `region: ${region.employers.length} employers, generated in ${round(generateSeconds, 1)} s, ` +
      `inserted (COPY + ANALYZE) in ${round(insertSeconds, 1)} s`,
  );
  return { region, generateSeconds, insertSeconds };
}

/** Starts the processes, waits until each listens on both matching queues, then warms them up. */
async function startWorkers(
  options: Options,
  env: { DATABASE_URL: string; REDIS_URL: string; QUEUE_PREFIX: string },
  db: DataSource,
  spare: readonly string[],
) {
  const started = performance.now();
  const workers = WorkerProcesses.start(
    options.workers,
    join(__dirname, '..', 'apps', 'worker', 'src', 'main.js'),
    {
      ...process.env,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      // The measured run is the benchmark's own, not one the workers would start for the new region.
      MATCHING_REFRESH_ON_START: 'false',
      ...env,
    },
  );
  try {
    await workers.waitReady(env.REDIS_URL, env.QUEUE_PREFIX, 60_000);
    const readySeconds = (performance.now() - started) / 1000;
    const warmed = await warmUp(db, workers, spare);
    const warmupSeconds = (performance.now() - started) / 1000 - readySeconds;
    console.log(
      `workers: pids ${workers.pids.join(', ')}, ready in ${round(readySeconds, 1)} s, warm-up ` +
        `${round(warmupSeconds, 1)} s${warmed ? '' : ' (WARNING: not every process showed its warm-up)'}`,
    );
    return { workers, warmupSeconds };
  } catch (error) {
    await workers.stop();
    throw error;
  }
}

function summary(options: Options, regionCode: string, prepared: Prepared, run: Run, extra: object): string {
  const { row, seconds, pairsScored } = run;
  return JSON.stringify({
    candidates: options.candidates,
    vacancies: options.vacancies,
    workers: options.workers,
    regionCode,
    employers: prepared.region.employers.length,
    chunks: row.chunks_total,
    pairsScored,
    pairsEligible: Number(row.pairs_eligible),
    seconds: round(seconds),
    pairsPerSecond: Math.round(pairsScored / seconds),
    phasesMs: {
      queued: Math.round(row.queued_ms ?? 0),
      planAndScore: Math.round(row.scoring_ms ?? 0),
      mergeAndSwap: Math.round(row.finish_ms ?? 0),
    },
    workerCpuSeconds: round(run.workerCpuSeconds, 2),
    postgresCpuSeconds: run.elsewhere.postgres,
    otherCpuSeconds: run.elsewhere.other,
    ...extra,
    generateSeconds: round(prepared.generateSeconds, 2),
    insertSeconds: round(prepared.insertSeconds, 2),
    seed: options.seed,
    pgSettings: Object.fromEntries(options.pgSettings),
  });
}

async function incrementalFigures(
  options: Options,
  db: DataSource,
  region: SyntheticRegion,
  env: { REDIS_URL: string; QUEUE_PREFIX: string },
  workers: WorkerProcesses,
): Promise<IncrementalFigures | undefined> {
  if (options.incremental === 0) return undefined;
  // Steady state: after a rematch every worker preloads the region for updates; measured once they are done.
  await workers.waitIdle(60_000);
  const figures = await measureIncremental({
    db,
    region,
    samples: options.incremental,
    random: prng(options.seed + 1),
    redisUrl: env.REDIS_URL,
    prefix: env.QUEUE_PREFIX,
    assertRunning: () => workers.assertRunning(),
  });
  console.log(
    `incremental: ${figures.samples} vacancy changes, p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, ` +
      `max ${figures.maxMs} ms (first ${figures.firstMs} ms; a process without the region loads it first), ` +
      `${figures.verified}/${figures.samples} own lists verified newer`,
  );
  return figures;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const geo = readGeoReference(findReferenceDataDir());
  const regionCode = options.region ?? largestRegion(geo);
  const dbName = `werkbrug_bench_${Date.now().toString(36)}_${process.pid}`;
  const env = {
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `werkbrug-bench-${randomBytes(4).toString('hex')}`,
  };
  console.log(
    `bench:matching ${options.candidates} candidates × ${options.vacancies} vacancies in ${regionCode}, ` +
      `${options.workers} worker process(es), database ${dbName}, queue prefix ${env.QUEUE_PREFIX}`,
  );
  let workers: WorkerProcesses | undefined;
  let db: DataSource | undefined;
  const cleanup = async () => {
    await workers?.stop();
    await db?.destroy();
    await removeQueueKeys(env.REDIS_URL, env.QUEUE_PREFIX).catch((e: Error) =>
      console.error(`redis: ${e.message}`),
    );
    if (!options.keep) await dropBenchDatabase(dbName);
    else console.error(`kept database ${dbName}`);
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    const url = await createBenchDatabase(dbName);
    await applyMigrations(loadConfig({ DATABASE_URL: url, REDIS_URL: env.REDIS_URL }), 'bench');
    for (const [name, setting] of options.pgSettings) {
      await adminQuery(`ALTER DATABASE "${dbName}" SET ${name} = '${setting}'`);
      console.log(`database setting: ${name} = ${setting}`);
    }
    const prepared = await prepareRegion(options, regionCode, url);
    db = await new DataSource(dataSourceOptions({ DATABASE_URL: url }, 'werkbrug-bench')).initialize();
    const spare = geo.regions.map((r) => r.code).filter((code) => code !== regionCode);
    const started = await startWorkers(options, { ...env, DATABASE_URL: url }, db, spare);
    workers = started.workers;

    const runs: Run[] = [];
    for (let i = 0; i < options.warmupRuns + options.repeat; i++) {
      if (i < options.warmupRuns) process.stdout.write('(warm-up run, not counted) ');
      const run = await measureRematch(db, workers, regionCode, options.timeoutSeconds * 1000, i);
      if (i >= options.warmupRuns) runs.push(run);
    }
    const run = medianRun(runs);
    if (runs.length > 1) {
      console.log(
        `full rematch, ${runs.length} runs: median ${round(run.seconds)} s ` +
          `(${runs.map((r) => round(r.seconds, 2)).join(', ')})`,
      );
    }
    const listsComplete = await checkLists(db, regionCode, options, run.row);
    const incremental = await incrementalFigures(options, db, prepared.region, env, workers);
    if (!listsComplete || (incremental && incremental.verified !== incremental.samples)) process.exitCode = 1;
    const rss = workers.peakRssMb();
    console.log(`worker peak RSS (VmHWM): ${rss.map((mb) => `${mb} MB`).join(', ')}`);
    console.log(
      summary(options, regionCode, prepared, run, {
        listsComplete,
        incrementalSamples: incremental?.samples ?? 0,
        incrementalP50Ms: incremental?.p50Ms ?? null,
        incrementalP95Ms: incremental?.p95Ms ?? null,
        incrementalMaxMs: incremental?.maxMs ?? null,
        incrementalFirstMs: incremental?.firstMs ?? null,
        incrementalListsUpdatedMean: incremental?.listsUpdatedMean ?? null,
        peakRssMb: Math.max(...rss),
        peakRssMbPerWorker: rss,
        warmupSeconds: round(started.warmupSeconds, 2),
        rematchSecondsEachRun: runs.map((r) => round(r.seconds)),
        rematchWarmupRuns: options.warmupRuns,
      }),
    );
  } catch (error) {
    // Still one JSON line: a worker that ran out of memory is a result too.
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    const rss = workers?.peakRssMb() ?? [];
    const { candidates, vacancies } = options;
    const message = error instanceof Error ? error.message : String(error);
    console.log(
      JSON.stringify({
        candidates,
        vacancies,
        workers: options.workers,
        regionCode,
        error: message,
        peakRssMb: Math.max(0, ...rss),
        peakRssMbPerWorker: rss,
      }),
    );
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
