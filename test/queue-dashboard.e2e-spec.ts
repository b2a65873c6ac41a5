import { Role } from '@werkbrug/core';
import request from 'supertest';
import { Actor, Fixtures } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

/** The queue dashboard (bull-board) at /admin/queues: administrators only, every change audited. */
describe('queue dashboard', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: Actor;
  let hr: Actor;
  const server = () => t.app.getHttpServer();
  const as = (actor: Actor | null, path: string, method: 'get' | 'put' = 'get') => {
    const req = request(server())[method](path);
    return actor ? req.set('authorization', `Bearer ${actor.token}`) : req;
  };

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    admin = await f.actor(Role.ADMINISTRATOR);
    hr = await f.actor(Role.HR_LEAD, { employerId: (await f.employer()).id });
  }, 60_000);
  afterAll(() => t.close());

  it('shows administrators the queues, without inline scripts', async () => {
    const page = await as(admin, '/admin/queues');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Werkbrug');
    // Only external scripts and the JSON config: the Content Security Policy (script-src 'self') holds.
    const inline = [...page.text.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline.every((attributes) => /type="application\/json"/.test(attributes))).toBe(true);
    const queues = await as(admin, '/admin/queues/api/queues');
    expect(queues.status).toBe(200);
    const names = (queues.body as { queues: { name: string }[] }).queues.map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(['matching', 'rematch', 'statistics', 'sessions']));
  });

  it('is not there for anyone else', async () => {
    for (const actor of [hr, null]) {
      expect((await as(actor, '/admin/queues')).status).toBe(404);
      expect((await as(actor, '/admin/queues/api/queues')).status).toBe(404);
    }
  });

  it('records what an administrator changes in the audit trail', async () => {
    const retry = await as(admin, '/admin/queues/api/queues/statistics/retry/failed', 'put');
    expect(retry.status).toBeLessThan(300);
    const lines: { details: { method: string } }[] = await f.query(
      `SELECT details FROM audit_entry WHERE action = 'ADMIN_ACTION' AND actor_user_id = $1 AND subject_type = 'Queue'`,
      [admin.userId],
    );
    expect(lines).toEqual([expect.objectContaining({ details: expect.objectContaining({ method: 'PUT' }) })]);
  });
});
