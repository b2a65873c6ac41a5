import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { RematchService } from '@werkbrug/matching';
import { dropTestDatabase } from '@werkbrug/testing';
import { DataSource } from 'typeorm';
import { regionListDigest, seedBulkRegion } from './support/bulk-region';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A worker process killed with SIGKILL in the middle of a regional rematch: another worker picks up the stalled
 * chunks, the run completes, and a rerun on the same data ends in exactly the same lists. Workers run as real
 * processes (started from the sources) so the kill is a real crash.
 */
const REGION = 'AM27';
const CANDIDATES = 2500;
const VACANCIES = 600;

describe('rematch survives a worker crash', () => {
  let database: { name: string; url: string };
  let env: NodeJS.ProcessEnv;
  let t: TestApp;
  let db: DataSource;
  const workers: ChildProcess[] = [];

  function startWorker(): ChildProcess {
    const child = spawn(
      process.execPath,
      [
        '-r',
        join(__dirname, 'support', 'ts-register.js'),
        join(__dirname, '..', 'apps', 'worker', 'src', 'main.ts'),
      ],
      { env, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    workers.push(child);
    return child;
  }

  const run = async (id: string) =>
    (
      await db.query(
        `SELECT status, chunks_total, pairs_scored, pairs_eligible FROM rematch_run WHERE id = $1`,
        [id],
      )
    )[0] as {
      status: string;
      chunks_total: number;
      pairs_scored: string;
      pairs_eligible: string;
    };
  const chunksDone = async (id: string) =>
    Number(
      (
        await db.query(`SELECT count(*) AS n FROM rematch_chunk WHERE run_id = $1 AND done_at IS NOT NULL`, [
          id,
        ])
      )[0].n,
    );
  const listDigest = () => regionListDigest(db, REGION);

  beforeAll(async () => {
    database = await createMigratedTestDatabase('crash');
    env = {
      ...process.env,
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-crash-${randomUUID().slice(0, 8)}`,
      REMATCH_CHUNK_CANDIDATES: '50',
      QUEUE_LOCK_DURATION_MS: '2000',
      LOG_LEVEL: 'error',
    };
    t = await createTestApp({ DATABASE_URL: database.url, QUEUE_PREFIX: env.QUEUE_PREFIX! });
    db = t.app.get(DataSource);
    await seedBulkRegion(db, { region: REGION, candidates: CANDIDATES, vacancies: VACANCIES });
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('completes after the worker dies mid-run, and a rerun gives the same lists', async () => {
    const first = startWorker();
    const requested = await t.app.get(RematchService).request(REGION, 'crash test', null);
    await eventually(
      'some chunks done',
      () => chunksDone(requested.id),
      (n) => n >= 2,
      60_000,
    );
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const midway = await run(requested.id);
    const doneAtKill = await chunksDone(requested.id);
    expect(midway.status).toBe('SCORING');
    expect(doneAtKill).toBeLessThan(midway.chunks_total);

    startWorker();
    const finished = await eventually(
      'the run to complete',
      () => run(requested.id),
      (r) => r.status === 'COMPLETED',
      90_000,
    );
    expect(Number(finished.pairs_scored)).toBe(CANDIDATES * VACANCIES);
    // Pairs in the lists, so that the rerun's comparison covers scores, not only empty lists.
    expect(Number(finished.pairs_eligible)).toBeGreaterThan(10_000);
    const after = await listDigest();
    expect(after.lists).toBe(CANDIDATES + VACANCIES);

    const rerun = await t.app.get(RematchService).request(REGION, 'rerun', null);
    expect(rerun.id).not.toBe(requested.id);
    await eventually(
      'the rerun to complete',
      () => run(rerun.id),
      (r) => r.status === 'COMPLETED',
      90_000,
    );
    expect(await listDigest()).toEqual(after);
  }, 240_000);
});
