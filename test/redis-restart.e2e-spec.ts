import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Role } from '@werkbrug/core';
import { QueueName } from '@werkbrug/queue';
import { dropTestDatabase } from '@werkbrug/testing';
import type { Queue } from 'bullmq';
import { Actor, Fixtures } from './support/fixtures';
import { changeVacancyHours, openNewVacancy, staleVacancyLists } from './support/helpers-matching';
import { createMigratedTestDatabase, eventually, ThrowawayRedis, within } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * Fault injection: Redis dies while changes stream in, with jobs it had accepted but not yet run, and comes back
 * empty (no persistence). Every change the API acknowledged must still reach its match list and the region's
 * figures: the outbox keeps each event until its job has completed, and the worker's reconciler re-dispatches the
 * events whose jobs Redis lost. A database and a redis-server of this file's own, as it kills Redis.
 */
const REGION = 'AM22';

describe('a Redis restart that loses accepted jobs loses no change', () => {
  let redis: ThrowawayRedis | undefined;
  let database: { name: string; url: string } | undefined;
  let t: TestApp | undefined;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hr: Actor;

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    database = await createMigratedTestDatabase('redis_restart');
    const overrides = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      OUTBOX_RECONCILE_AFTER_MS: '2000',
      MATCHING_REFRESH_ON_START: 'false',
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    hr = await f.actor(Role.HR_LEAD, { employerId: (await f.employer(REGION)).id });
    worker = await createTestWorker(overrides);
  }, 120_000);

  afterAll(async () => {
    // BullMQ connections cannot close while their Redis is away (taskforcesh/bullmq#4656), so bring it back first.
    await redis?.restart();
    await within(10_000, 'closing the worker', worker?.close() ?? Promise.resolve());
    await within(10_000, 'closing the gateway', t?.close() ?? Promise.resolve());
    await redis?.kill();
    if (database) await dropTestDatabase(database.name);
  }, 60_000);

  const openVacancy = () => openNewVacancy(t!, f, hr.token, REGION);
  const changeHours = (id: string, hoursMax: number) => changeVacancyHours(t!, hr.token, id, hoursMax);
  const staleLists = (ids: string[]) => staleVacancyLists(f, ids);

  const outboxStates = () =>
    f.query<{ pending: number; dispatched: number; completed: number; lost: number }>(
      `SELECT count(*) FILTER (WHERE dispatched_at IS NULL)::int AS pending,
              count(*) FILTER (WHERE dispatched_at IS NOT NULL AND completed_at IS NULL)::int AS dispatched,
              count(*) FILTER (WHERE completed_at IS NOT NULL)::int AS completed,
              count(*) FILTER (WHERE last_error LIKE '%was lost by the queue')::int AS lost
       FROM outbox_event`,
    );

  it('re-dispatches what Redis lost, so every change reaches its match list and the region figures', async () => {
    const vacancies = [await openVacancy(), await openVacancy(), await openVacancy()];
    await eventually(
      'match lists for the opened vacancies',
      () => staleLists(vacancies),
      (r) => r.length === 0,
    );

    // Redis accepts the jobs but no worker runs them yet: they exist only in Redis when it dies.
    for (const name of [QueueName.MATCHING, QueueName.STATISTICS]) {
      await worker!.get<Queue>(getQueueToken(name)).pause();
    }
    for (const id of vacancies) await changeHours(id, 30);
    await eventually('the relay to hand every event to Redis', outboxStates, ([s]) => s.pending === 0);

    await redis!.kill();
    await changeHours(vacancies[0], 32);
    vacancies.push(await openVacancy());
    await redis!.restart(); // empty: the jobs and the pause are gone
    vacancies.push(await openVacancy());

    const stale = await eventually(
      'every match list rescored after the last change of its vacancy',
      () => staleLists(vacancies),
      (rows) => rows.length === 0,
      60_000,
    );
    expect(stale).toEqual([]);
    const [states] = await eventually(
      'every outbox event completed',
      outboxStates,
      ([s]) => s.pending === 0 && s.dispatched === 0,
      60_000,
    );
    expect(states.lost).toBeGreaterThan(0);
    const [figures] = await eventually(
      'the region figures counting every opened vacancy',
      () =>
        f.query<{ open_vacancies: number }>(
          `SELECT open_vacancies FROM region_statistics WHERE region_code = $1`,
          [REGION],
        ),
      (rows) => rows[0]?.open_vacancies === vacancies.length,
      60_000,
    );
    expect(figures.open_vacancies).toBe(vacancies.length);
  });
});
