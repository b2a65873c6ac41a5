import { Role } from '@werkbrug/core';
import { DataExportService, tablesReferringToCandidates } from '@werkbrug/data-rights';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Actor, Fixtures } from './support/fixtures';
import { EmployerWithHrLead, employerWithHrLead, expectData, expectError } from './support/helpers-auth';
import { putEverywhere, SeededPerson, seededPerson } from './support/personal-data-fixture';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The person's own-data export: built by the worker, everything in it (checked against the catalog: every table
 * that can refer to a candidate is in it), no secrets, once per format, only for them, only for 7 days.
 */
const REGION = 'AM27';
const REQUEST = `mutation { requestMyDataExport { jsonPath htmlPath export { id readyAt expiresAt failed } } }`;
const MINE = `{ myDataExports { id readyAt jsonDownloadedAt htmlDownloadedAt } }`;

describe('own-data export', () => {
  let t: TestApp;
  let f: Fixtures;
  let own: EmployerWithHrLead;
  let other: EmployerWithHrLead;
  let team: Actor;
  let subject: SeededPerson;
  let exports: DataExportService;
  const get = (path: string, token?: string) => {
    const req = request(t.app.getHttpServer()).get(path);
    if (token) req.set('authorization', `Bearer ${token}`);
    return req;
  };

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    own = await employerWithHrLead(f, REGION);
    other = await employerWithHrLead(f, REGION);
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    exports = t.app.get(DataExportService);
    subject = await seededPerson(t, f, own);
    await putEverywhere(t, f, { own, other, team }, subject);
  }, 120_000);
  afterAll(() => t.close());

  it('holds every table that can refer to the person, their data, and no secrets', async () => {
    const requested = expectData(await t.gql(REQUEST, {}, subject.token)).requestMyDataExport;
    expect(requested.export.readyAt).toBeNull();
    expect(requested.jsonPath).toMatch(/^\/my-data\/[A-Za-z0-9_-]{43}\.json$/);
    // Not built yet: the person hears so, and the link stays usable.
    expect((await get(requested.jsonPath, subject.token)).status).toBe(409);
    // One being built at a time.
    expectError(await t.gql(REQUEST, {}, subject.token), 'CONFLICT');

    expect(await exports.buildPending()).toBeGreaterThanOrEqual(1);
    const res = await get(requested.jsonPath, subject.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="werkbrug-mijn-gegevens-.*\.json"/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const data = JSON.parse(res.text);

    const referring = await tablesReferringToCandidates(t.app.get(DataSource).manager);
    const personal = referring.map((r) => r.table).filter((table) => !['rematch_chunk'].includes(table));
    for (const table of new Set(personal))
      expect({ table, inExport: table in data.tables }).toEqual({ table, inExport: true });
    for (const table of [
      'candidate_identity',
      'candidate_strength',
      'match_case',
      'match_case_event',
      'placement',
      'placement_event',
      'session_meeting',
      'identity_access_log',
      'notification',
      'consent_statement',
      'user_account',
    ])
      expect({ table, rows: data.tables[table]?.length > 0 }).toEqual({ table, rows: true });
    expect(data.tables.candidate_identity[0]).toEqual(
      expect.objectContaining({ full_name: subject.fullName, email: subject.email }),
    );
    const text = res.text;
    for (const secret of ['password_hash', 'code_sha256', 'token_sha256', 'calendar_token', '$argon2'])
      expect(text).not.toContain(secret);

    const html = await get(requested.htmlPath, subject.token);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.text).toContain(subject.fullName);
    expect(html.text).toContain('Wie je gegevens inzag of wijzigde');

    // Once per format.
    expect((await get(requested.jsonPath, subject.token)).status).toBe(404);
    expect((await get(requested.htmlPath, subject.token)).status).toBe(404);
    expect(expectData(await t.gql(MINE, {}, subject.token)).myDataExports[0]).toEqual(
      expect.objectContaining({ jsonDownloadedAt: expect.any(String), htmlDownloadedAt: expect.any(String) }),
    );
  }, 120_000);

  it('works only for the person, with their login, within 7 days', async () => {
    const requested = expectData(await t.gql(REQUEST, {}, subject.token)).requestMyDataExport;
    await exports.buildPending();
    for (const outsider of [own.hr, other.hr, team])
      expect((await get(requested.jsonPath, outsider.token)).status).toBe(404);
    expect((await get(requested.jsonPath)).status).toBe(401);
    expect((await get('/my-data/not-a-token.json', subject.token)).status).toBe(404);
    for (const outsider of [own.hr, team]) expectError(await t.gql(REQUEST, {}, outsider.token), 'FORBIDDEN');

    await f.query(`UPDATE data_export SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      requested.export.id,
    ]);
    expect((await get(requested.jsonPath, subject.token)).status).toBe(404);
  }, 60_000);
});
