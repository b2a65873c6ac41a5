import { Role } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import request from 'supertest';
import { DatabaseProxy } from './support/database-proxy';
import { Actor, Fixtures } from './support/fixtures';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The gateway while PostgreSQL is unreachable (cut through a relay of this file's own): every kind of answer says
 * "try again shortly" — GraphQL's SERVICE_UNAVAILABLE, 503 with Retry-After on the plain routes, readiness 503 —
 * never an internal error, and the gateway serves again by itself once the database is back.
 */
describe('a database outage', () => {
  let database: { name: string; url: string };
  let proxy: DatabaseProxy;
  let t: TestApp;
  let hr: Actor;

  beforeAll(async () => {
    database = await createMigratedTestDatabase('db_outage');
    proxy = await DatabaseProxy.start(database.url);
    t = await createTestApp({ DATABASE_URL: proxy.url(database.url) });
    const f = new Fixtures(t);
    hr = await f.actor(Role.HR_LEAD, { employerId: (await f.employer('AM22')).id });
  }, 120_000);

  afterAll(async () => {
    await proxy.restore(); // the app closes its pool through it
    await t.close();
    await proxy.cut();
    await dropTestDatabase(database.name);
  });

  const ledger = () =>
    request(t.app.getHttpServer())
      .get('/reciprocity-ledger.csv?from=2026-01-01&to=2026-12-31&period=QUARTER')
      .set('authorization', `Bearer ${hr.token}`);

  it('answers "try again shortly" on every route while it lasts, and recovers by itself', async () => {
    expect((await ledger()).status).toBe(200);

    await proxy.cut();
    const csv = await ledger();
    expect({ status: csv.status, retryAfter: csv.headers['retry-after'], body: csv.body }).toEqual({
      status: 503,
      retryAfter: '30',
      body: expect.objectContaining({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
        retryAfterSeconds: 30,
        messageNl: expect.stringContaining('database'),
      }),
    });
    const me = await t.gql(`{ me { id } }`, {}, hr.token);
    expect(me.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 30 });
    const server = t.app.getHttpServer();
    expect((await request(server).get('/health/ready')).status).toBe(503);
    expect((await request(server).get('/health/live')).status).toBe(200);

    await proxy.restore();
    await eventually(
      'the ledger to be served again',
      async () => (await ledger()).status,
      (s) => s === 200,
    );
    expect((await request(server).get('/health/ready')).status).toBe(200);
  });
});
