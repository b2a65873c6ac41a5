import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import { Role } from '@werkbrug/core';
import { QueueName } from '@werkbrug/queue';
import { dropTestDatabase } from '@werkbrug/testing';
import type { Queue } from 'bullmq';
import { DatabaseProxy } from './support/database-proxy';
import { Actor, Fixtures } from './support/fixtures';
import { changeVacancyHours, openNewVacancy, staleVacancyLists } from './support/helpers-matching';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Fault injection: the worker loses PostgreSQL for "ten minutes" with jobs queued for changes the API had
 * acknowledged. The jobs fail and are retried with capped back-off for the whole outage instead of failing for good,
 * the worker process stays up, and once the database is back every change reaches its match list.
 *
 * The outage is ten minutes on the retry clock: the worker runs with QUEUE_RETRY_TIME_SCALE=0.05, so each back-off
 * wait is 1/20 of production's (0.5 s → 25 ms, the 30 s cap → 1.5 s) and the outage lasts 30 s, keeping production's
 * proportion of retries to outage. The reconciler's bound is set past the test's end, so the outbox cannot hide an
 * exhausted job by re-dispatching it. The worker is a real process (started from the sources) that reaches
 * PostgreSQL through a relay this file cuts; the gateway keeps its own direct connection.
 */
const REGION = 'AM22';
const TIME_SCALE = 0.05;
const OUTAGE_MS = 10 * 60_000 * TIME_SCALE;

describe('a 10-minute database outage of the worker', () => {
  let database: { name: string; url: string };
  let proxy: DatabaseProxy;
  let t: TestApp;
  let f: Fixtures;
  let hr: Actor;
  let worker: ChildProcess;
  let workerOutput = '';

  beforeAll(async () => {
    database = await createMigratedTestDatabase('worker_db_outage');
    proxy = await DatabaseProxy.start(database.url);
    const queuePrefix = `werkbrug-db-outage-${randomUUID().slice(0, 8)}`;
    t = await createTestApp({ DATABASE_URL: database.url, QUEUE_PREFIX: queuePrefix });
    f = new Fixtures(t);
    hr = await f.actor(Role.HR_LEAD, { employerId: (await f.employer(REGION)).id });
    worker = spawn(
      process.execPath,
      [
        '-r',
        join(__dirname, 'support', 'ts-register.js'),
        join(__dirname, '..', 'apps', 'worker', 'src', 'main.ts'),
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: proxy.url(database.url),
          QUEUE_PREFIX: queuePrefix,
          QUEUE_RETRY_TIME_SCALE: String(TIME_SCALE),
          OUTBOX_RECONCILE_AFTER_MS: String(30 * 60_000),
          MATCHING_REFRESH_ON_START: 'false',
          WORKER_HEALTH_PORT: '0',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const stream of [worker.stdout!, worker.stderr!])
      stream.on('data', (chunk: Buffer) => (workerOutput += chunk.toString()));
  }, 120_000);

  afterAll(async () => {
    await proxy.restore();
    if (worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGTERM');
      await new Promise((resolve) => worker.once('exit', resolve));
    }
    await t.close();
    await proxy.cut();
    await dropTestDatabase(database.name);
  }, 60_000);

  const queue = (name: QueueName) => t.app.get<Queue>(getQueueToken(name));

  const openVacancy = () => openNewVacancy(t, f, hr.token, REGION);
  const changeHours = (id: string, hoursMax: number) => changeVacancyHours(t, hr.token, id, hoursMax);
  const staleLists = (ids: string[]) => staleVacancyLists(f, ids);
  const pendingOutbox = async () =>
    (
      await f.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL`)
    )[0].n;

  it('retries the queued jobs through the whole outage, stays up, and brings every change to its list', async () => {
    const vacancies = [await openVacancy(), await openVacancy(), await openVacancy()];
    await eventually(
      'the worker to write the first lists',
      () => staleLists(vacancies),
      (rows) => rows.length === 0,
      90_000,
    );

    // The changes are acknowledged and their jobs are in Redis, held there until the database is gone.
    await queue(QueueName.MATCHING).pause();
    for (const id of vacancies) await changeHours(id, 30);
    await eventually('the relay to hand every event to Redis', pendingOutbox, (n) => n === 0);
    await proxy.cut();
    await queue(QueueName.MATCHING).resume();

    // Half-way through, the jobs have been failing and are waiting for their next try, none given up.
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS / 2));
    const retrying = await queue(QueueName.MATCHING).getJobs(['delayed', 'wait', 'active']);
    expect(Math.max(...retrying.map((job) => job.attemptsMade))).toBeGreaterThanOrEqual(5);
    expect(await queue(QueueName.MATCHING).getJobCounts('failed')).toEqual({ failed: 0 });
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS / 2));
    expect(await queue(QueueName.MATCHING).getJobCounts('failed')).toEqual({ failed: 0 });
    expect(worker.exitCode).toBeNull();

    await proxy.restore();
    const stale = await eventually(
      'every list rescored after the outage',
      () => staleLists(vacancies),
      (rows) => rows.length === 0,
      60_000,
    );
    expect(stale).toEqual([]);
    expect(await queue(QueueName.MATCHING).getJobCounts('failed')).toEqual({ failed: 0 });
    expect(worker.exitCode).toBeNull();
    expect(workerOutput).not.toMatch(/unhandled/i);
  }, 180_000);
});
