import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Role } from '@werkbrug/core';
import { JobName, OutboxRelay, QueueName } from '@werkbrug/queue';
import { dropTestDatabase } from '@werkbrug/testing';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { Actor, candidateInput, Fixtures, vacancyInput } from './support/fixtures';
import { createMigratedTestDatabase, eventually, ThrowawayRedis, within } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * The queue path end to end: a GraphQL write commits its outbox event, the relay moves it to BullMQ, the worker
 * recomputes the region statistics. The relay reads every pending outbox row, so this file has a database of its
 * own, and a redis-server of its own that it can kill without disturbing the other specs. The tests build on each
 * other's state, in order.
 */
const REGION = 'AM22';

interface Statistics {
  employers: number;
  openVacancies: number;
  openPositions: number;
  computedAt: string;
}

interface OutboxRow {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  dispatched: boolean;
  attempts: number;
}

describe('worker pipeline: GraphQL write → outbox → BullMQ → region statistics', () => {
  let redis: ThrowawayRedis | undefined;
  let database: { name: string; url: string } | undefined;
  let overrides: Record<string, string>;
  let t: TestApp | undefined;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hr: Actor;
  let queue: Queue;
  let firstVacancyId: string;

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    database = await createMigratedTestDatabase('worker');
    overrides = { DATABASE_URL: database.url, REDIS_URL: redis.url };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const employer = await f.employer(REGION);
    hr = await f.actor(Role.HR_LEAD, { employerId: employer.id });
    queue = t.app.get<Queue>(getQueueToken(QueueName.STATISTICS));
  }, 60_000);

  afterAll(async () => {
    const problems: unknown[] = [];
    const attempt = async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (error) {
        problems.push(error);
      }
    };
    // BullMQ connections cannot close while their Redis is away (taskforcesh/bullmq#4656), so bring it back first.
    await attempt(async () => redis?.restart());
    await attempt(async () => worker && within(10_000, 'closing the worker', worker.close()));
    await attempt(async () => t && within(10_000, 'closing the gateway', t.close()));
    await attempt(async () => redis?.kill());
    await attempt(async () => database && dropTestDatabase(database.name));
    if (problems.length) throw new AggregateError(problems, 'cleanup after the worker pipeline spec failed');
  }, 60_000);

  async function createVacancy(positions: number): Promise<string> {
    const input = await vacancyInput(f, { locationPc4: await f.pc4(REGION), positions });
    const res = await t!.gql(
      `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`,
      { input },
      hr.token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createVacancy.id as string;
  }

  async function openVacancy(id: string): Promise<void> {
    const res = await t!.gql(
      `mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { status } }`,
      { id },
      hr.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.changeVacancyStatus.status).toBe('OPEN');
  }

  /**
   * The figures the worker stored, as the HR lead reads them through the API; null while the worker has computed
   * none (the API then counts them on the spot, which would hide whether the worker did its part).
   */
  async function statistics(): Promise<Statistics | null> {
    const stored = await f.query(`SELECT 1 FROM region_statistics WHERE region_code = $1`, [REGION]);
    if (stored.length === 0) return null;
    const res = await t!.gql(
      `query($regionCode: String!) { regionStatistics(regionCode: $regionCode) { employers openVacancies openPositions computedAt } }`,
      { regionCode: REGION },
      hr.token,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.regionStatistics as Statistics;
  }

  /** The statistics events of the region (the same writes also announce rescoring, covered by the matching specs). */
  function outbox(): Promise<OutboxRow[]> {
    return f.query<OutboxRow>(
      `SELECT id::text, topic, payload, dispatched_at IS NOT NULL AS dispatched, attempts
       FROM outbox_event WHERE payload->>'regionCode' = $1 AND topic = $2 ORDER BY id`,
      [REGION, JobName.RECOMPUTE_REGION_STATISTICS],
    );
  }

  const showing = (openVacancies: number, openPositions: number) => (s: Statistics | null) =>
    s?.openVacancies === openVacancies && s.openPositions === openPositions;

  it('answers zeros for a region where nothing has happened, and a clear error for an unknown one', async () => {
    const admin = await f.actor(Role.ADMINISTRATOR);
    const query = `query($r: String!) { regionStatistics(regionCode: $r) { regionCode employers openVacancies activeCandidates } }`;
    const quiet = await t!.gql(query, { r: 'AM30' }, admin.token);
    expect(quiet.errors).toBeUndefined();
    expect(quiet.data!.regionStatistics).toEqual({
      regionCode: 'AM30',
      employers: 0,
      openVacancies: 0,
      activeCandidates: 0,
    });
    const unknown = await t!.gql(query, { r: 'AM99' }, admin.token);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REGION',
    });
  });

  it('commits the outbox event in the same transaction as the vacancy it announces', async () => {
    firstVacancyId = await createVacancy(2);
    const rows = await outbox();
    expect(rows).toEqual([
      {
        id: expect.any(String),
        topic: JobName.RECOMPUTE_REGION_STATISTICS,
        payload: { regionCode: REGION, coalesceKey: `region-statistics:${REGION}` },
        dispatched: false,
        attempts: 0,
      },
    ]);
    // Rows written by one transaction carry its id as xmin (neither row has been updated since).
    const [written] = await f.query<{ vacancy: string; outbox: string }>(
      `SELECT (SELECT xmin::text FROM vacancy WHERE id = $1) AS vacancy,
              (SELECT xmin::text FROM outbox_event WHERE id = $2) AS outbox`,
      [firstVacancyId, rows[0].id],
    );
    expect(written.outbox).toBe(written.vacancy);
    expect(await statistics()).toBeNull();
  });

  it('relays the events to the running worker, which updates the statistics within seconds', async () => {
    worker = await createTestWorker(overrides);
    await openVacancy(firstVacancyId);
    const figures = await eventually('statistics counting the opened vacancy', statistics, showing(1, 2));
    expect(figures).toMatchObject({ employers: 1, openVacancies: 1, openPositions: 2 });
    const rows = await eventually('every outbox event dispatched', outbox, (r) =>
      r.every((x) => x.dispatched),
    );
    expect(rows.map((r) => r.attempts)).toEqual([1, 1]);
  });

  it('keeps accepting writes while Redis is down, and catches up once it is back', async () => {
    const relay = worker!.get(OutboxRelay);
    await redis!.kill();

    // The gateway still serves (it stays in rotation) and says what waits.
    const health = await request(t!.app.getHttpServer()).get('/health');
    expect({
      status: health.status,
      report: health.body.status,
      redis: health.body.redis?.status,
      postgres: health.body.postgres?.status,
    }).toEqual({
      status: 200,
      report: 'degraded',
      redis: 'down',
      postgres: 'up',
    });

    const secondVacancyId = await createVacancy(3);
    await openVacancy(secondVacancyId);
    const pending = (await outbox()).filter((r) => !r.dispatched);
    expect(pending.map((r) => r.attempts)).toEqual([0, 0]);

    // The relay loop may hold the rows for a moment; a pass that sees them fails and rolls back.
    const outcome = await eventually(
      'a relay pass that fails for want of Redis',
      () =>
        relay.relayOnce().then(
          (n) => `dispatched ${n}`,
          () => 'failed',
        ),
      (o) => o === 'failed',
    );
    expect(outcome).toBe('failed');
    expect((await outbox()).filter((r) => !r.dispatched)).toEqual(pending);
    expect(await statistics()).toMatchObject({ openVacancies: 1, openPositions: 2 });

    await redis!.restart();
    await eventually('statistics counting both open vacancies', statistics, showing(2, 5));
    const rows = await eventually('every outbox event dispatched', outbox, (r) =>
      r.every((x) => x.dispatched),
    );
    expect(rows.map((r) => r.attempts)).toEqual([1, 1, 1, 1]);
    // The same writes announced rescoring: the vacancy opened while Redis was down has its match list now.
    await eventually(
      'the match list of the vacancy opened during the outage',
      () => f.query(`SELECT 1 FROM match_list WHERE side = 'VACANCY' AND owner_id = $1`, [secondVacancyId]),
      (r) => r.length === 1,
    );
    await eventually(
      'health to recover',
      async () => (await request(t!.app.getHttpServer()).get('/health')).body.status,
      (s) => s === 'ok',
    );
  });

  it('relaying the same events again changes nothing', async () => {
    const before = await statistics();
    const newest = (await outbox()).at(-1)!;
    const jobId = `region-statistics_${REGION}_${newest.id}`;
    const finishedOn = (await queue.getJob(jobId))?.finishedOn;
    expect(finishedOn).toEqual(expect.any(Number));
    const countsBefore = await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed');

    // As after a crash between adding the jobs and committing: the events are pending again.
    await f.query(`UPDATE outbox_event SET dispatched_at = NULL WHERE payload->>'regionCode' = $1`, [REGION]);
    await eventually('every outbox event dispatched a second time', outbox, (r) =>
      r.every((x) => x.dispatched && x.attempts === 2),
    );

    expect((await queue.getJob(jobId))?.finishedOn).toBe(finishedOn);
    expect(await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed')).toEqual(
      countsBefore,
    );
    expect(await statistics()).toEqual(before);
  });

  it('running the recomputation again gives the same figures', async () => {
    const before = (await statistics())!;
    await queue.add(
      JobName.RECOMPUTE_REGION_STATISTICS,
      { regionCode: REGION },
      { jobId: 'recompute-again' },
    );
    const after = await eventually(
      'a newer computation',
      statistics,
      (s) => s!.computedAt > before.computedAt,
    );
    expect({ ...after, computedAt: undefined }).toEqual({ ...before, computedAt: undefined });
  });

  it("gives an administrator every region's figures in one read, the same as the region's own, and no one else", async () => {
    const admin = await f.actor(Role.ADMINISTRATOR);
    const own = (await statistics())!;
    const every = await t!.gql(
      `{ everyRegionStatistics { regionCode employers openVacancies openPositions computedAt } }`,
      {},
      admin.token,
    );
    expect(every.errors).toBeUndefined();
    const rows = every.data!.everyRegionStatistics as (Statistics & { regionCode: string })[];
    // By region code, each region once; other specs' regions may share the database's figures table.
    const codes = rows.map((r) => r.regionCode);
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(rows.find((r) => r.regionCode === REGION)).toEqual({ regionCode: REGION, ...own });

    const refused = await t!.gql(`{ everyRegionStatistics { regionCode } }`, {}, hr.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ADMINISTRATORS_ONLY',
    });
  });

  it('keeps the outcome-figure facts current: an opened trajectory and a recorded hire reach them through the worker', async () => {
    const team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const input = { ...(await candidateInput(f, { homePc4: await f.pc4(REGION) })) };
    const created = await t!.gql(
      `mutation($input: CreateCandidateInput!) { createCandidateProfile(input: $input) { id } }`,
      { input },
      hr.token,
    );
    const candidateId = created.data!.createCandidateProfile.id as string;
    await t!.gql(
      `mutation($id: ID!) { changeCandidateStatus(id: $id, status: ACTIVE) { status } }`,
      { id: candidateId },
      hr.token,
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const opened = await t!.gql(
      `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) { id } }`,
      { input: { candidateId, kind: 'WORK_TO_WORK', counsellorUserId: team.userId, startedOn: today } },
      team.token,
    );
    expect(opened.errors).toBeUndefined();
    const fact = () =>
      f.query<{ placed_on: string | null; track: string }>(
        `SELECT to_char(placed_on, 'YYYY-MM-DD') AS placed_on, track FROM trajectory_fact WHERE candidate_id = $1`,
        [candidateId],
      );
    await eventually('the trajectory among the facts', fact, (rows) => rows.length === 1);
    const hired = await t!.gql(
      `mutation($input: RecordHireInput!) { recordHire(input: $input) { id } }`,
      {
        input: {
          candidateId,
          employerName: 'Transportbedrijf Oost',
          contractType: 'PERMANENT',
          startedOn: today,
          source: 'OUTSIDE',
        },
      },
      team.token,
    );
    expect(hired.errors).toBeUndefined();
    const [row] = await eventually(
      'the placement among the facts',
      fact,
      (rows) => rows[0]?.placed_on === today,
    );
    expect(row.track).toBe('WORK_TO_WORK');
  });

  it('shuts down within bounded time while jobs are still queued, and loses none of them', async () => {
    await queue.addBulk(
      Array.from({ length: 300 }, (_, i) => ({
        name: JobName.RECOMPUTE_REGION_STATISTICS,
        data: { regionCode: REGION },
        opts: { jobId: `shutdown-${i}` },
      })),
    );
    await within(5_000, 'closing the worker with jobs queued', worker!.close());
    worker = undefined;
    const left = await queue.getJobCounts('waiting', 'active');
    expect(left.active).toBe(0);
    expect(left.waiting).toBeGreaterThan(0);

    worker = await createTestWorker(overrides);
    await eventually(
      'a new worker to drain the queue',
      () => queue.getJobCounts('waiting', 'active', 'failed'),
      (c) => c.waiting === 0 && c.active === 0,
    );
    expect((await queue.getJobCounts('failed')).failed).toBe(0);
  });
});
