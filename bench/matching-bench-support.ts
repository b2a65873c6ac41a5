// Infrastructure for bench/matching.bench.ts: a throwaway database, worker processes started as in production,
// the cleanup of their Redis keys, and the latency of single-vacancy changes through the running pipeline.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { OutboxService } from '@werkbrug/queue/outbox.service';
import { QueueName, rescoreVacancy } from '@werkbrug/queue/queue.contract';
import { redisOptions } from '@werkbrug/queue/redis-connection';
import { Queue, QueueEvents } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { shuffle } from './matching-eval-data';
import { HOURS, type SyntheticRegion, type VacancyRow } from './matching-region';
import { WORKER_NODE_FLAGS } from '@werkbrug/worker/node-flags';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_NAME = /^werkbrug_bench_[a-z0-9_]+$/;

/** Refuses any database whose name does not say it is a benchmark's: this code drops it afterwards. */
function benchUrl(name: string): string {
  if (!BENCH_NAME.test(name)) throw new Error(`refusing to use database "${name}" for a benchmark`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `--name value` options of a bench command: `value` as given, `int` checked against a minimum. */
export function commandLineOptions(argv: readonly string[]) {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const int = (name: string, fallback: number, min: number): number => {
    const n = Number(value(name) ?? fallback);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}`);
    return n;
  };
  return { value, int };
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(name: string): Promise<string> {
  const url = benchUrl(name);
  await adminQuery(`CREATE DATABASE "${name}"`);
  return url;
}

export async function dropBenchDatabase(name: string): Promise<void> {
  benchUrl(name);
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Deletes every key under the benchmark's queue prefix (it is unique to the run). */
export async function removeQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new IORedis(redisOptions(redisUrl));
  let removed = 0;
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) {
      const batch = keys as string[];
      if (batch.length > 0) removed += await redis.unlink(...batch);
    }
  } finally {
    redis.disconnect();
  }
  return removed;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU seconds (user + system) of a process so far, from /proc/<pid>/stat; clock ticks are 1/100 s on Linux. */
function processCpuSeconds(pid: number | string): { comm: string; seconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      seconds: (+fields[11] + +fields[12]) / 100,
    };
  } catch {
    return null;
  }
}

/**
 * CPU used by everything else on the machine (split into PostgreSQL and other processes) between two calls:
 * on a two-core machine a test run next to the benchmark changes every figure, so the output says so.
 */
export class MachineCpu {
  private readonly start = MachineCpu.snapshot();

  constructor(private readonly excluded: ReadonlySet<number>) {}

  private static snapshot(): Map<number, { comm: string; seconds: number }> {
    const out = new Map<number, { comm: string; seconds: number }>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const cpu = processCpuSeconds(entry);
      if (cpu) out.set(Number(entry), cpu);
    }
    return out;
  }

  since(): { postgres: number; other: number } {
    const totals = { postgres: 0, other: 0 };
    for (const [pid, now] of MachineCpu.snapshot()) {
      if (this.excluded.has(pid)) continue;
      const used = now.seconds - (this.start.get(pid)?.seconds ?? 0);
      totals[now.comm === 'postgres' ? 'postgres' : 'other'] += used;
    }
    return { postgres: Math.round(totals.postgres * 10) / 10, other: Math.round(totals.other * 10) / 10 };
  }
}

/**
 * The flags production runs workers with, and with `BENCH_WORKER_PROFILE_DIR=dir` a V8 CPU profile of each worker
 * process written there (Node refuses --cpu-prof in NODE_OPTIONS, so the benchmark passes it on the command line).
 */
function workerNodeOptions(): string[] {
  const dir = process.env.BENCH_WORKER_PROFILE_DIR;
  return [...WORKER_NODE_FLAGS, ...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [])];
}

/** Worker processes as production runs them (`node <WORKER_NODE_FLAGS> dist/apps/worker/src/main.js`), output prefixed to stderr. */
export class WorkerProcesses {
  private readonly exits = new Map<number, string>();
  /** VmHWM sampled every 100 ms, so a process that dies (out of memory) still has a figure. */
  private readonly peaks: number[];
  private readonly lastLines: string[][];
  private readonly sampler: NodeJS.Timeout;

  private constructor(private readonly children: ChildProcess[]) {
    this.peaks = children.map(() => 0);
    this.lastLines = children.map(() => []);
    children.forEach((child, i) => {
      for (const stream of [child.stdout, child.stderr]) {
        if (!stream) continue;
        createInterface({ input: stream }).on('line', (line) => {
          process.stderr.write(`[worker ${i + 1}] ${line}\n`);
          this.lastLines[i] = [...this.lastLines[i].slice(-4), line];
        });
      }
      child.once('exit', (code, signal) => this.exits.set(i, `${code ?? signal}`));
    });
    this.sampler = setInterval(() => this.peakRssMb(), 100).unref();
  }

  static start(count: number, script: string, env: NodeJS.ProcessEnv): WorkerProcesses {
    return new WorkerProcesses(
      Array.from({ length: count }, () =>
        // Several workers on one host: none opens the health port (each would want the same one).
        spawn(process.execPath, [...workerNodeOptions(), script], {
          env: { ...env, WORKER_HEALTH_PORT: '0' },
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      ),
    );
  }

  get pids(): number[] {
    return this.children.map((c) => c.pid ?? -1);
  }

  /** Throws if a worker has exited: a benchmark must not quietly go on with fewer processes. */
  assertRunning(): void {
    if (this.exits.size === 0) return;
    const what = [...this.exits].map(
      ([i, code]) =>
        `#${i + 1} (${code}, peak RSS ${this.peaks[i]} MB, last output: ${this.lastLines[i].join(' | ') || '-'})`,
    );
    throw new Error(`worker process exited early: ${what.join('; ')}`);
  }

  /** Ready when every process has registered its BullMQ workers for both matching queues. */
  async waitReady(redisUrl: string, prefix: string, timeoutMs: number): Promise<void> {
    const queues = [QueueName.MATCHING, QueueName.REMATCH].map(
      (name) => new Queue(name, { prefix, connection: redisOptions(redisUrl) }),
    );
    const deadline = Date.now() + timeoutMs;
    try {
      for (;;) {
        this.assertRunning();
        const counts = await Promise.all(queues.map((q) => q.getWorkersCount()));
        if (counts.every((n) => n >= this.children.length)) return;
        if (Date.now() > deadline)
          throw new Error(`workers not ready after ${timeoutMs} ms (registered: ${counts.join(', ')})`);
        await sleep(100);
      }
    } finally {
      await Promise.all(queues.map((q) => q.close()));
    }
  }

  /** CPU time (user + system) of each process so far. */
  cpuSeconds(): number[] {
    return this.pids.map((pid) => processCpuSeconds(pid)?.seconds ?? NaN);
  }

  /** Peak resident set (VmHWM) of each process, in MB. */
  peakRssMb(): number[] {
    this.pids.forEach((pid, i) => {
      if (this.exits.has(i)) return;
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (match) this.peaks[i] = Math.max(this.peaks[i], Math.round(Number(match[1]) / 1024));
      } catch {
        // exited between the check and the read; the last sample stands
      }
    });
    return [...this.peaks];
  }

  /** SIGTERM (a graceful shutdown), then SIGKILL for any process still running after `graceMs`. */
  /**
   * Until the processes have used (almost) no CPU for half a second: a run's background work (every process
   * preloads the region for incremental updates) must not overlap the next measured run.
   */
  async waitIdle(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let before = this.cpuSeconds().reduce((a, b) => a + b, 0);
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = this.cpuSeconds().reduce((a, b) => a + b, 0);
      if (now - before < 0.05) return;
      before = now;
    }
  }

  async stop(graceMs = 20_000): Promise<void> {
    clearInterval(this.sampler);
    const running = this.children.filter((c) => c.exitCode === null && c.signalCode === null);
    const exited = running.map((c) => new Promise<void>((resolve) => c.once('exit', () => resolve())));
    running.forEach((c) => c.kill('SIGTERM'));
    const timer = setTimeout(() => running.forEach((c) => c.kill('SIGKILL')), graceMs);
    await Promise.all(exited);
    clearTimeout(timer);
  }
}

export interface IncrementalFigures {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** The first change after the rematch: a process loads the region into memory for it. */
  readonly firstMs: number;
  /** Changes whose vacancy's own list was rewritten after the change (read back from match_list). */
  readonly verified: number;
  readonly listsUpdatedMean: number;
}

export interface IncrementalInput {
  readonly db: DataSource;
  readonly region: SyntheticRegion;
  readonly samples: number;
  readonly random: () => number;
  readonly redisUrl: string;
  readonly prefix: string;
  readonly assertRunning: () => void;
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

/** Resolves with the return value of the first completed job whose id starts with a registered prefix. */
class JobWaiter {
  private readonly waiting = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(events: QueueEvents) {
    events.on('completed', ({ jobId, returnvalue }) => this.settle(jobId, (w) => w.resolve(returnvalue)));
    events.on('failed', ({ jobId, failedReason }) =>
      this.settle(jobId, (w) => w.reject(new Error(`job ${jobId} failed: ${failedReason}`))),
    );
  }

  wait(idPrefix: string, timeoutMs: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(idPrefix);
        reject(new Error(`no completed job ${idPrefix}* within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (fn: () => void) => {
        clearTimeout(timer);
        fn();
      };
      this.waiting.set(idPrefix, {
        resolve: (v) => done(() => resolve(v)),
        reject: (e) => done(() => reject(e)),
      });
    });
  }

  private settle(
    jobId: string,
    fn: (w: { resolve: (v: unknown) => void; reject: (e: Error) => void }) => void,
  ) {
    for (const [idPrefix, waiter] of this.waiting) {
      if (!jobId.startsWith(idPrefix)) continue;
      this.waiting.delete(idPrefix);
      fn(waiter);
    }
  }
}

/** A change the model sees: other hours (even samples) or one required skill swapped for another's. */
async function changeVacancy(
  tx: EntityManager,
  sample: number,
  vacancy: VacancyRow,
  other: VacancyRow,
  random: () => number,
): Promise<void> {
  if (sample % 2 === 0) {
    const hours = HOURS.filter(([min]) => min !== vacancy.hours[0]);
    await tx.query(`UPDATE vacancy SET hours_min = $2, hours_max = $3 WHERE id = $1`, [
      vacancy.id,
      ...hours[Math.floor(random() * hours.length)],
    ]);
  } else {
    await tx.query(
      `DELETE FROM vacancy_skill WHERE vacancy_id = $1 AND skill_id = (
         SELECT skill_id FROM vacancy_skill WHERE vacancy_id = $1 AND requirement = 'REQUIRED'
         ORDER BY skill_id LIMIT 1)`,
      [vacancy.id],
    );
    await tx.query(
      `INSERT INTO vacancy_skill (vacancy_id, skill_id, requirement) VALUES ($1, $2, 'REQUIRED')
       ON CONFLICT (vacancy_id, skill_id) DO UPDATE SET requirement = 'REQUIRED'`,
      [vacancy.id, other.required[Math.floor(random() * other.required.length)]],
    );
  }
  await tx.query(`UPDATE vacancy SET version = version + 1, updated_at = now() WHERE id = $1`, [vacancy.id]);
}

/**
 * One vacancy at a time: a change and its outbox event in one transaction (as VacanciesService.update writes
 * them); the latency runs until the worker's rescore-vacancy job has committed the vacancy's list and every list
 * of the other side it entered, moved in or left.
 */
export async function measureIncremental(input: IncrementalInput): Promise<IncrementalFigures> {
  const { db, region, random } = input;
  const outbox = new OutboxService();
  const events = new QueueEvents(QueueName.MATCHING, {
    prefix: input.prefix,
    connection: redisOptions(input.redisUrl),
  });
  await events.waitUntilReady();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const waiter = new JobWaiter(events);
  const chosen = shuffle(region.vacancies, random);
  const latencies: number[] = [];
  let verified = 0;
  let listsUpdated = 0;
  try {
    for (let i = 0; i < input.samples; i++) {
      input.assertRunning();
      const vacancy = chosen[i % chosen.length];
      const other = chosen[(i + 1 + Math.floor(random() * (chosen.length - 1))) % chosen.length];
      const started = performance.now();
      const completed = waiter.wait(`rescore-vacancy_${vacancy.id}_`, 60_000);
      completed.catch(() => undefined); // awaited below; a failed transaction must not leave it unobserved
      await db.transaction(async (tx) => {
        await changeVacancy(tx, i, vacancy, other, random);
        await outbox.publish(tx, rescoreVacancy(region.regionCode, vacancy.id));
      });
      const result = await completed;
      latencies.push(performance.now() - started);
      const parsed = (typeof result === 'string' ? JSON.parse(result) : result) as { listsUpdated?: number };
      listsUpdated += parsed?.listsUpdated ?? 0;
      const [row]: { fresh: boolean }[] = await db.query(
        `SELECT m.updated_at >= v.updated_at AS fresh FROM vacancy v
         JOIN match_list m ON m.side = 'VACANCY' AND m.owner_id = v.id WHERE v.id = $1`,
        [vacancy.id],
      );
      if (row?.fresh) verified++;
    }
  } finally {
    await events.close();
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (n: number | undefined) => (n === undefined ? NaN : Math.round(n * 10) / 10);
  return {
    samples: latencies.length,
    p50Ms: ms(percentile(sorted, 0.5)),
    p95Ms: ms(percentile(sorted, 0.95)),
    maxMs: ms(sorted[sorted.length - 1]),
    firstMs: ms(latencies[0]),
    verified,
    listsUpdatedMean: Math.round((listsUpdated / Math.max(1, latencies.length)) * 10) / 10,
  };
}
