// API load benchmark: the typical reads of the three kinds of user, sent by autocannon to a real gateway process
// (as production runs it) over a generated region of `--candidates` × `--vacancies`, at a fixed number of
// connections, first with the workers idle and then while full rematches of the region run back to back. Run with
//   npm run bench:api -- --candidates 10000 --vacancies 10000 --connections 10 --duration 10
// Further options: --warmup (seconds before each measurement, not counted; 3), --workers (2), --seed (7),
// --request-timeout (seconds, 10), --gateway-log-level (info), --timeout (seconds for a rematch, 600), --keep (keep
// the database and the gateway's log). BENCH_GATEWAY_PROFILE_DIR=dir writes a CPU profile of the gateway.
// Human-readable lines first; the last line is one JSON object. Missed targets are reported, not failed on; a
// setup that fails (a read answering errors or an empty list) exits 1.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@werkbrug/config';
import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { Role } from '@werkbrug/core';
import { dataSourceOptions } from '@werkbrug/database';
import { readGeoReference } from '@werkbrug/geo/geo-data';
import { buildSkillSpace } from '@werkbrug/matching-core';
import { applyMigrations } from '@werkbrug/platform';
import { OutboxService } from '@werkbrug/queue/outbox.service';
import { recomputeRegionStatistics } from '@werkbrug/queue/queue.contract';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import { DataSource } from 'typeorm';
import {
  BrowserSession,
  claimJobSeekerAccount,
  freePort,
  GatewayProcess,
  generateLoad,
  RematchLoop,
  rematchThroughApi,
  signInSeededStaff,
  webOperation,
  type LoadFigures,
} from './api-load-support';
import {
  commandLineOptions,
  createBenchDatabase,
  dropBenchDatabase,
  MachineCpu,
  removeQueueKeys,
  WorkerProcesses,
} from './matching-bench-support';
import { prng } from './matching-eval-data';
import { generateRegion, insertRegion, largestRegion, type SyntheticRegion } from './matching-region';

/** Issue 15: vacancyMatches(first: 20) at 10 connections on this machine, load generator on the same cores. */
const TARGETS = { minRequestsPerSecond: 600, maxP99MsIdle: 40, maxP99MsDuringRematch: 100 };
/** The HR lead's vacancies the load cycles through: one HR lead looking at their vacancies in turn. */
const MAX_VACANCIES = 50;
const FIRST = 20;

interface Options {
  candidates: number;
  vacancies: number;
  connections: number;
  duration: number;
  warmup: number;
  workers: number;
  seed: number;
  keep: boolean;
  timeoutSeconds: number;
  requestTimeout: number;
  gatewayLogLevel: string;
}

function parseOptions(argv: readonly string[]): Options {
  const { value, int } = commandLineOptions(argv);
  return {
    candidates: int('candidates', 10_000, 100),
    vacancies: int('vacancies', 10_000, 100),
    connections: int('connections', 10, 1),
    duration: int('duration', 10, 1),
    warmup: int('warmup', 3, 0),
    workers: int('workers', 2, 1),
    seed: int('seed', 7, 0),
    keep: argv.includes('--keep'),
    timeoutSeconds: int('timeout', 600, 1),
    // autocannon's default: an answer slower than this counts as a timeout, not as a latency.
    requestTimeout: int('request-timeout', 10, 1),
    // Production's default: the gateway logs a line per request, and that is part of what a request costs.
    gatewayLogLevel: value('gateway-log-level') ?? 'info',
  };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Everything the run starts, so that cleanup can stop it whatever step failed. */
interface Run {
  readonly options: Options;
  readonly dbName: string;
  readonly dir: string;
  readonly redisUrl: string;
  readonly queuePrefix: string;
  databaseUrl?: string;
  db?: DataSource;
  workers?: WorkerProcesses;
  gateway?: GatewayProcess;
  baseUrl?: string;
}

/** Throws if the gateway or a worker has exited: a measurement must not quietly go on without them. */
const checksOf = (run: Run) => () => {
  run.gateway!.assertRunning();
  run.workers!.assertRunning();
};

async function prepareRegion(run: Run, regionCode: string): Promise<SyntheticRegion> {
  const dir = findReferenceDataDir();
  const taxonomy = readEscoTaxonomy(dir);
  const today = new Date().toISOString().slice(0, 10);
  const started = performance.now();
  const region = generateRegion(
    {
      regionCode,
      geo: readGeoReference(dir),
      space: buildSkillSpace(taxonomy),
      occupations: taxonomy.occupations,
      today,
    },
    run.options,
    prng(run.options.seed),
  );
  await insertRegion(run.databaseUrl!, region, today);
  console.log(
    `region ${regionCode}: ${region.candidates.length} candidates, ${region.vacancies.length} vacancies, ` +
      `${region.employers.length} employers, generated and inserted in ${round((performance.now() - started) / 1000)} s`,
  );
  return region;
}

/**
 * The workers deliver the job seeker's invitation mail into the run's directory, which only a non-production
 * configuration allows (production must name an SMTP server). What they are measured by here, rematches, does
 * not depend on it.
 */
function startWorkers(run: Run): WorkerProcesses {
  return WorkerProcesses.start(
    run.options.workers,
    join(__dirname, '..', 'apps', 'worker', 'src', 'main.js'),
    {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      // The benchmark starts the rematches itself.
      MATCHING_REFRESH_ON_START: 'false',
      DATABASE_URL: run.databaseUrl,
      REDIS_URL: run.redisUrl,
      QUEUE_PREFIX: run.queuePrefix,
      MAIL_URL: `file:${join(run.dir, 'mail')}`,
    },
  );
}

/**
 * The gateway as docker/compose.yml runs it: production settings, its own token secret, an SMTP address for mail
 * it never sends itself (the workers send what it queues).
 */
async function startGateway(run: Run): Promise<GatewayProcess> {
  const port = await freePort();
  run.baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: run.databaseUrl,
    REDIS_URL: run.redisUrl,
    QUEUE_PREFIX: run.queuePrefix,
    TOKEN_SECRET: randomBytes(48).toString('base64url'),
    PUBLIC_URL: 'https://werkbrug.bench.example',
    MAIL_URL: 'smtp://127.0.0.1:25',
    LOG_LEVEL: run.options.gatewayLogLevel,
  };
  const script = join(__dirname, '..', 'apps', 'gateway', 'src', 'main.js');
  return GatewayProcess.start(script, env, join(run.dir, 'gateway.log'));
}

/**
 * The region's figures are recomputed by a worker when a service changes its candidates or vacancies (an outbox
 * event); the bulk insert went round the services, so the benchmark publishes the event they would have.
 */
async function requestRegionStatistics(db: DataSource, regionCode: string): Promise<void> {
  const outbox = new OutboxService();
  await db.transaction((tx) => outbox.publish(tx, recomputeRegionStatistics(regionCode)));
}

/** Until the worker has stored the region's figures (the overview answers NOT_FOUND before). */
async function waitForRegionStatistics(run: Run, regionCode: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows: unknown[] = await run.db!.query(`SELECT 1 FROM region_statistics WHERE region_code = $1`, [
      regionCode,
    ]);
    if (rows.length > 0) return;
    run.workers!.assertRunning();
    if (Date.now() > deadline) throw new Error(`no figures for ${regionCode} after ${timeoutMs} ms`);
    await sleep(200);
  }
}

interface Subjects {
  readonly employerId: string;
  readonly vacancyIds: readonly string[];
  readonly candidateId: string;
}

/**
 * An employer whose vacancies have full first pages of matches and who has a candidate with suggestions; its
 * vacancies with the longest lists, and that candidate.
 */
async function chooseSubjects(db: DataSource, regionCode: string): Promise<Subjects> {
  const lists = `SELECT v.employer_id, v.id, cardinality(m.other_ids) AS n FROM vacancy v
    JOIN match_list m ON m.side = 'VACANCY' AND m.owner_id = v.id
    WHERE v.region_code = $1 AND v.status = 'OPEN' AND cardinality(m.other_ids) > 0`;
  const candidates = `SELECT c.employer_id, c.id, cardinality(m.other_ids) AS n FROM candidate_profile c
    JOIN match_list m ON m.side = 'CANDIDATE' AND m.owner_id = c.id
    WHERE c.region_code = $1 AND cardinality(m.other_ids) > 0`;
  const employer: { employer_id: string }[] = await db.query(
    `WITH v AS (${lists}), c AS (${candidates})
     SELECT v.employer_id FROM v WHERE v.employer_id IN (SELECT employer_id FROM c)
     GROUP BY v.employer_id ORDER BY count(*) FILTER (WHERE v.n >= $2) DESC, count(*) DESC LIMIT 1`,
    [regionCode, FIRST],
  );
  const employerId = employer[0]?.employer_id;
  if (!employerId) throw new Error('no employer with matched vacancies and a matched candidate');
  const vacancies: { id: string }[] = await db.query(
    `SELECT id FROM (${lists}) v WHERE employer_id = $2 ORDER BY n DESC, id LIMIT $3`,
    [regionCode, employerId, MAX_VACANCIES],
  );
  const candidate: { id: string }[] = await db.query(
    `SELECT id FROM (${candidates}) c WHERE employer_id = $2 ORDER BY n DESC, id LIMIT 1`,
    [regionCode, employerId],
  );
  return { employerId, vacancyIds: vacancies.map((r) => r.id), candidateId: candidate[0].id };
}

/** The first `perVacancy` candidates on each vacancy's list, as the variables of a single match's read. */
async function listedPairs(
  db: DataSource,
  vacancyIds: readonly string[],
  perVacancy: number,
): Promise<{ candidateId: string; vacancyId: string }[]> {
  return db.query(
    `SELECT u.other::text AS "candidateId", m.owner_id::text AS "vacancyId"
     FROM match_list m CROSS JOIN LATERAL unnest(m.other_ids[1:$2]) AS u(other)
     WHERE m.side = 'VACANCY' AND m.owner_id = ANY($1::uuid[])`,
    [vacancyIds, perVacancy],
  );
}

/** One typical read: who asks, the web app's operation, its variables, and how long the answer's list is. */
interface Read {
  readonly name: string;
  /** One of the issue's three reads: a failed check stops the benchmark. Others' failures are reported. */
  readonly required: boolean;
  readonly session: BrowserSession;
  readonly bodies: readonly string[];
  readonly listLength: (data: unknown) => number;
}

/** A page of matches, as far as the checks look at it. */
interface Nodes {
  readonly nodes?: readonly unknown[];
}

function read<T>(
  name: string,
  required: boolean,
  session: BrowserSession,
  operation: string,
  variables: readonly object[],
  list: (data: T) => readonly unknown[] | undefined,
): Read {
  const query = webOperation(operation);
  return {
    name,
    required,
    session,
    bodies: variables.map((v) => JSON.stringify({ operationName: operation, query, variables: v })),
    listLength: (data) => list(data as T)?.length ?? 0,
  };
}

/** Every request a read will send answers without errors and with a non-empty list. */
async function verifyRead(r: Read, bodies: readonly string[]): Promise<void> {
  for (const body of bodies) {
    const { query, variables } = JSON.parse(body) as { query: string; variables: object };
    const started = performance.now();
    const answer = await r.session.graphqlAdmitted(query, variables);
    const length = answer.data ? r.listLength(answer.data) : 0;
    if (answer.errors?.length || length === 0)
      throw new Error(
        `${r.name} ${JSON.stringify(variables)}: ${length} items after ${Math.round(performance.now() - started)} ` +
          `ms, errors ${JSON.stringify(answer.errors ?? [])}`,
      );
  }
}

/** Throws for a required read; for another, says what failed (null when nothing did). */
async function checkRead(r: Read, bodies: readonly string[] = r.bodies): Promise<string | null> {
  try {
    await verifyRead(r, bodies);
    return null;
  } catch (error) {
    if (r.required) throw error;
    const message = error instanceof Error ? error.message : String(error);
    console.error(`check failed: ${message.slice(0, 500)}`);
    return message;
  }
}

interface Measurement extends LoadFigures {
  /** Checks of a request before and after the run that failed (only for reads that are not required). */
  readonly checkFailures: readonly string[];
  /** The gateway's CPU time per answered request: its cost, whatever else shared the cores. */
  readonly gatewayCpuMsPerRequest: number;
  readonly cpuSeconds: {
    gateway: number;
    workers: number;
    postgres: number;
    loadGenerator: number;
    other: number;
  };
  readonly rematch?: { runsOverlapping: number; busyShare: number };
}

/**
 * Until the gateway has finished what the previous read left in flight (autocannon stops sending, not the
 * gateway answering): its CPU is quiet and, unless rematches run, no statement of this database is active.
 */
async function settle(run: Run, rematching: boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  let before = run.gateway!.cpuSeconds();
  while (Date.now() < deadline) {
    await sleep(500);
    const now = run.gateway!.cpuSeconds();
    const [{ active }]: { active: number }[] = rematching
      ? [{ active: 0 }]
      : await run.db!.query(
          `SELECT count(*)::int AS active FROM pg_stat_activity
           WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
        );
    if (now - before < 0.05 && active === 0) return;
    before = now;
  }
}

/** Starts counting the CPU time of each party on the machine; the function returned says how much each used. */
function cpuMeter(run: Run): () => Measurement['cpuSeconds'] {
  const gateway = run.gateway!;
  const workers = run.workers!;
  const machine = new MachineCpu(new Set([process.pid, gateway.pid, ...workers.pids]));
  const before = {
    gateway: gateway.cpuSeconds(),
    workers: sum(workers.cpuSeconds()),
    own: process.cpuUsage(),
  };
  return () => {
    const own = process.cpuUsage(before.own);
    const elsewhere = machine.since();
    return {
      gateway: gateway.cpuSeconds() - before.gateway,
      workers: sum(workers.cpuSeconds()) - before.workers,
      postgres: elsewhere.postgres,
      loadGenerator: (own.user + own.system) / 1e6,
      other: elsewhere.other,
    };
  };
}

/** Warm-up (not counted), then the measured run, with the CPU time each party spent meanwhile. */
async function measure(run: Run, r: Read, loop?: RematchLoop): Promise<Measurement> {
  const { connections, duration, warmup, requestTimeout } = run.options;
  const load = (seconds: number) =>
    generateLoad({
      session: r.session,
      bodies: r.bodies,
      connections,
      seconds,
      timeoutSeconds: requestTimeout,
    });
  await settle(run, loop !== undefined);
  const checkBefore = await checkRead(r, r.bodies.slice(0, 1));
  if (warmup > 0) await load(warmup);
  const meter = cpuMeter(run);
  const from = performance.now();
  const figures = await load(duration);
  const to = performance.now();
  const cpu = meter();
  checksOf(run)();
  loop?.assertHealthy();
  const checkAfter = await checkRead(r, r.bodies.slice(0, 1));
  return {
    ...figures,
    checkFailures: [checkBefore, checkAfter].filter((failure) => failure !== null),
    gatewayCpuMsPerRequest: round((cpu.gateway * 1000) / Math.max(1, figures.requests)),
    cpuSeconds: {
      gateway: round(cpu.gateway),
      workers: round(cpu.workers),
      postgres: cpu.postgres,
      loadGenerator: round(cpu.loadGenerator),
      other: cpu.other,
    },
    ...(loop ? { rematch: loop.overlap(from, to) } : {}),
  };
}

function describe(phase: string, name: string, m: Measurement): string {
  const { latencyMs: l, cpuSeconds: cpu } = m;
  const rematch = m.rematch
    ? `; rematch running ${Math.round(m.rematch.busyShare * 100)} % of the time (${m.rematch.runsOverlapping} runs)`
    : '';
  return (
    `${phase.padEnd(14)} ${name.padEnd(15)} ${String(m.requestsPerSecond).padStart(7)} answers/s ` +
    `(${m.successfulPerSecond} successful), latency p50 ${l.p50} ` +
    `p90 ${l.p90} p99 ${l.p99} max ${l.max} ms; non-2xx ${m.non2xx}, GraphQL errors ${m.graphqlErrors}, ` +
    `connection errors ${m.connectionErrors}, timeouts ${m.timeouts}; CPU s: gateway ${cpu.gateway} ` +
    `(${m.gatewayCpuMsPerRequest} ms/request), workers ${cpu.workers}, PostgreSQL ` +
    `${cpu.postgres}, load generator ${cpu.loadGenerator}, other ${cpu.other}${rematch}` +
    (m.checkFailures.length ? `; ${m.checkFailures.length} failed check(s)` : '')
  );
}

async function measurePhase(
  run: Run,
  phase: string,
  reads: readonly Read[],
  loop?: RematchLoop,
): Promise<Record<string, Measurement>> {
  const out: Record<string, Measurement> = {};
  for (const r of reads) {
    out[r.name] = await measure(run, r, loop);
    console.log(describe(phase, r.name, out[r.name]));
  }
  return out;
}

/** Signs in the three kinds of user and prepares their reads; staff log in as the web app does. */
async function prepareReads(run: Run, regionCode: string, team: BrowserSession): Promise<Read[]> {
  const subjects = await chooseSubjects(run.db!, regionCode);
  const hr = await signInSeededStaff(run.db!, run.baseUrl!, Role.HR_LEAD, {
    employerId: subjects.employerId,
  });
  const jobSeeker = await claimJobSeekerAccount(hr, subjects.candidateId, join(run.dir, 'mail'), () =>
    run.workers!.assertRunning(),
  );
  console.log(
    `accounts: HR lead of employer ${subjects.employerId} (${subjects.vacancyIds.length} vacancies with ` +
      `matches), job seeker of candidate ${subjects.candidateId}, mobility team of ${regionCode}`,
  );
  await waitForRegionStatistics(run, regionCode, 60_000);
  const noFilter = { sector: null, track: null, skillId: null, minScore: null, maxScore: null };
  const reads = [
    read(
      'vacancyMatches',
      true,
      hr,
      'VacancyMatches',
      subjects.vacancyIds.map((vacancyId) => ({ vacancyId, first: FIRST })),
      (d: { vacancyMatches?: Nodes }) => d.vacancyMatches?.nodes,
    ),
    read(
      'mySuggestions',
      true,
      jobSeeker,
      'MySuggestions',
      [{ first: FIRST }],
      (d: { mySuggestions?: Nodes }) => d.mySuggestions?.nodes,
    ),
    read(
      'regionOverview',
      true,
      team,
      'TeamRegionOverview',
      [{ regionCode }],
      (d: { regionStatistics?: { activeCandidates: number }; latestRematchRun?: object | null }) =>
        (d.regionStatistics?.activeCandidates ?? 0) > 0 && d.latestRematchRun ? [d.regionStatistics] : [],
    ),
    // Not one of the three: an explanation, read when the HR lead opens it on a card of those pages.
    read(
      'matchExplanation',
      false,
      hr,
      'MatchExplanation',
      await listedPairs(run.db!, subjects.vacancyIds.slice(0, 10), FIRST),
      (d: { match?: { explanation?: object | null } | null }) =>
        d.match?.explanation ? [d.match.explanation] : [],
    ),
    // Not one of the three: the region page's match list, asked next to the overview when the page opens
    // (no filters, the first page of ten).
    read(
      'regionMatches',
      false,
      team,
      'TeamRegionMatches',
      [{ filter: noFilter, first: 10, after: null }],
      (d: { regionMatches?: Nodes }) => d.regionMatches?.nodes,
    ),
  ];
  for (const r of reads) await checkRead(r);
  return reads;
}

function targetsMet(idle: Measurement, duringRematch: Measurement) {
  const met = {
    requestsPerSecond: idle.successfulPerSecond >= TARGETS.minRequestsPerSecond,
    p99Idle: idle.latencyMs.p99 <= TARGETS.maxP99MsIdle,
    p99DuringRematch: duringRematch.latencyMs.p99 <= TARGETS.maxP99MsDuringRematch,
  };
  return { ...met, all: met.requestsPerSecond && met.p99Idle && met.p99DuringRematch };
}

/** The database with its region, the workers and the gateway, signed in as the region's mobility team. */
async function startWorld(run: Run, regionCode: string) {
  run.databaseUrl = await createBenchDatabase(run.dbName);
  await applyMigrations(loadConfig({ DATABASE_URL: run.databaseUrl, REDIS_URL: run.redisUrl }), 'bench');
  const region = await prepareRegion(run, regionCode);
  run.db = await new DataSource(
    dataSourceOptions({ DATABASE_URL: run.databaseUrl }, 'werkbrug-bench'),
  ).initialize();
  await requestRegionStatistics(run.db, regionCode);
  run.workers = startWorkers(run);
  run.gateway = await startGateway(run);
  await Promise.all([
    run.workers.waitReady(run.redisUrl, run.queuePrefix, 60_000),
    run.gateway.waitReady(run.baseUrl!, 180_000),
  ]);
  console.log(`gateway pid ${run.gateway.pid} on ${run.baseUrl}, workers ${run.workers.pids.join(', ')}`);
  const team = await signInSeededStaff(run.db, run.baseUrl!, Role.MOBILITY_TEAM, { regionCode });
  return { region, team };
}

/** The reads with the workers idle, then again while full rematches run one after another. */
async function measureBothPhases(run: Run, reads: readonly Read[], team: BrowserSession) {
  // After a rematch every worker loads the region for incremental updates: the idle phase starts after that.
  await run.workers!.waitIdle(60_000);
  const idle = await measurePhase(run, 'idle', reads);
  const loop = new RematchLoop(team, run.db!, checksOf(run), run.options.timeoutSeconds * 1000);
  loop.start();
  const duringRematch = await measurePhase(run, 'during rematch', reads, loop);
  const rematches = await loop.stop();
  console.log(
    `rematches during the second phase: ${rematches.completed} completed, ${rematches.seconds.join(', ')} s each`,
  );
  return { idle, duringRematch, rematches };
}

async function benchmark(run: Run): Promise<object> {
  const { options } = run;
  const loadAverageStart = loadavg().map((n) => round(n, 2));
  const regionCode = largestRegion(readGeoReference(findReferenceDataDir()));
  const { region, team } = await startWorld(run, regionCode);
  const first = await rematchThroughApi(team, run.db!, checksOf(run), options.timeoutSeconds * 1000);
  console.log(`initial full rematch (through the API): ${round(first.seconds)} s`);
  const reads = await prepareReads(run, regionCode, team);
  const { idle, duringRematch, rematches } = await measureBothPhases(run, reads, team);
  const problems = run.gateway!.problems();
  console.log(
    `gateway log ${run.gateway!.logFile}: ${problems.warnings} warnings, ${problems.errors} errors` +
      (problems.samples.length ? ` (${problems.samples.join(' | ')})` : ''),
  );
  return {
    candidates: options.candidates,
    vacancies: options.vacancies,
    regionCode,
    employers: region.employers.length,
    connections: options.connections,
    durationSeconds: options.duration,
    warmupSeconds: options.warmup,
    workers: options.workers,
    machine: {
      cpus: availableParallelism(),
      loadAverageStart,
      loadAverageEnd: loadavg().map((n) => round(n, 2)),
    },
    gateway: { nodeEnv: 'production', logLevel: options.gatewayLogLevel, ...problems },
    initialRematchSeconds: round(first.seconds, 2),
    rematchesDuringSecondPhase: rematches.completed,
    rematchSeconds: rematches.seconds,
    idle,
    duringRematch,
    targets: { read: `vacancyMatches(first: ${FIRST})`, ...TARGETS },
    met: targetsMet(idle.vacancyMatches, duringRematch.vacancyMatches),
  };
}

async function cleanup(run: Run): Promise<void> {
  await run.gateway?.stop();
  await run.workers?.stop();
  await run.db?.destroy();
  await removeQueueKeys(run.redisUrl, run.queuePrefix).catch((e: Error) =>
    console.error(`redis: ${e.message}`),
  );
  if (run.options.keep) {
    console.error(`kept database ${run.dbName} and ${run.dir}`);
    return;
  }
  if (run.databaseUrl) await dropBenchDatabase(run.dbName);
  rmSync(run.dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const id = `${Date.now().toString(36)}_${process.pid}`;
  const run: Run = {
    options,
    dbName: `werkbrug_bench_api_${id}`,
    dir: mkdtempSync(join(tmpdir(), 'werkbrug-bench-api-')),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    queuePrefix: `werkbrug-bench-${randomBytes(4).toString('hex')}`,
  };
  console.log(
    `bench:api ${options.candidates} candidates × ${options.vacancies} vacancies, ${options.connections} ` +
      `connections, ${options.warmup} s warm-up + ${options.duration} s per read, ${options.workers} worker ` +
      `process(es), database ${run.dbName}, queue prefix ${run.queuePrefix}`,
  );
  process.once('SIGINT', () => void cleanup(run).finally(() => process.exit(130)));
  try {
    console.log(JSON.stringify(await benchmark(run)));
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    const problems = run.gateway?.problems();
    if (problems) console.error(`gateway log: ${JSON.stringify(problems)}`);
    const message = error instanceof Error ? error.message : String(error);
    console.log(
      JSON.stringify({ candidates: options.candidates, vacancies: options.vacancies, error: message }),
    );
    process.exitCode = 1;
  } finally {
    await cleanup(run);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
