import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { RematchService } from '@werkbrug/matching';
import { dropTestDatabase } from '@werkbrug/testing';
import { DataSource } from 'typeorm';
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
    (await db.query(`SELECT status, chunks_total, pairs_scored FROM rematch_run WHERE id = $1`, [id]))[0] as {
      status: string;
      chunks_total: number;
      pairs_scored: string;
    };
  const chunksDone = async (id: string) =>
    Number(
      (
        await db.query(`SELECT count(*) AS n FROM rematch_chunk WHERE run_id = $1 AND done_at IS NOT NULL`, [
          id,
        ])
      )[0].n,
    );
  const listDigest = async () =>
    (
      await db.query(
        `SELECT count(*)::int AS lists, md5(string_agg(side || owner_id || other_ids::text || scores::text, '|'
           ORDER BY side, owner_id)) AS digest FROM match_list WHERE region_code = $1`,
        [REGION],
      )
    )[0] as { lists: number; digest: string };

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
    await seedRegion(db);
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

/** A region in bulk, straight in SQL: every candidate active, every vacancy open, skills from a shared pool. */
async function seedRegion(db: DataSource): Promise<void> {
  await db.query(`SELECT setseed(0.42)`);
  await db.query(
    `INSERT INTO employer (name, sector, region_code)
     SELECT 'Werkgever ' || n, (ARRAY['CARE','RETAIL','LOGISTICS','CLEANING'])[1 + n % 4], $1 FROM generate_series(1, 8) n`,
    [REGION],
  );
  await db.query(
    `CREATE TEMP TABLE pool AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM esco_skill WHERE occupation_count > 20 ORDER BY id LIMIT 60`,
  );
  await db.query(
    `CREATE TEMP TABLE places AS SELECT pc4, row_number() OVER (ORDER BY pc4) AS n FROM postcode_area WHERE region_code = $1`,
    [REGION],
  );
  await db.query(`CREATE TEMP TABLE bosses AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM employer`);
  await db.query(
    `INSERT INTO candidate_profile (public_code, employer_id, region_code, track, hours_min, hours_max, home_pc4,
       max_travel_km, travel_mode, sharing_scope, consent_status, status)
     SELECT 'WB-C' || n, (SELECT id FROM bosses WHERE bosses.n = 1 + g.n % 8), $1, 'WORK_TO_WORK', 16, 36,
       (SELECT pc4 FROM places WHERE places.n = 1 + (g.n * 7) % (SELECT count(*) FROM places)), 30, 'CAR', 'REGION',
       'GIVEN', 'ACTIVE'
     FROM generate_series(1, ${CANDIDATES}) AS g(n)`,
    [REGION],
  );
  await db.query(
    `INSERT INTO candidate_strength (candidate_id, skill_id, level)
     SELECT DISTINCT ON (c.id, p.id) c.id, p.id, 1 + (k % 4)
     FROM candidate_profile c, generate_series(1, 6) k, pool p
     WHERE p.n = 1 + floor(random() * 60)::int AND k = k
     ORDER BY c.id, p.id`,
  );
  await db.query(
    `INSERT INTO vacancy (employer_id, region_code, title, description, location_pc4, hours_min, hours_max, work_days,
       shifts, contract_type, kind, positions, status)
     SELECT (SELECT id FROM bosses WHERE bosses.n = 1 + g.n % 8), $1, 'Vacature ' || n, 'Werk in de regio.',
       (SELECT pc4 FROM places WHERE places.n = 1 + (g.n * 13) % (SELECT count(*) FROM places)), 20, 32,
       '{MON,TUE,WED}', '{DAY}', 'PERMANENT', 'JOB', 1, 'OPEN'
     FROM generate_series(1, ${VACANCIES}) AS g(n)`,
    [REGION],
  );
  await db.query(
    `INSERT INTO vacancy_skill (vacancy_id, skill_id, requirement)
     SELECT DISTINCT ON (v.id, p.id) v.id, p.id, 'REQUIRED'
     FROM vacancy v, generate_series(1, 3) k, pool p
     WHERE p.n = 1 + floor(random() * 60)::int
     ORDER BY v.id, p.id`,
  );
}
