import { Role } from '@werkbrug/core';
import {
  DataExportService,
  ErasureService,
  findTraces,
  identifyingValues,
  tablesReferringToCandidates,
} from '@werkbrug/data-rights';
import { DataSource } from 'typeorm';
import { Actor, Fixtures, PASSWORD } from './support/fixtures';
import {
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
  login,
} from './support/helpers-auth';
import { putEverywhere, seededPerson } from './support/personal-data-fixture';
import { eventually } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The right to erasure. A person is put into every table that can hold something of them, erased, and then every
 * column of every table — listed from the catalog, so a table added later is scanned too — is searched for any
 * of their values and ids.
 */
// A region of its own: a rematch another spec leaves running in AM27 would (rightly) postpone the erasure.
const REGION = 'AM20';
const REQUEST = `mutation($id: ID!, $reason: String) {
  requestErasure(candidateId: $id, reason: $reason) { id status scheduledFor requestedByRole candidateId }
}`;
const CANCEL = `mutation($id: ID!) { cancelErasure(requestId: $id) { id status } }`;
const LIST = `query($id: ID!) { erasureRequests(candidateId: $id) { id status } }`;
const PROFILE = `query($id: ID!) { candidateProfile(id: $id) { id status } }`;

describe('erasure', () => {
  let t: TestApp;
  let f: Fixtures;
  let own: EmployerWithHrLead;
  let other: EmployerWithHrLead;
  let team: Actor;
  let erasure: ErasureService;
  const query = (sql: string, params: unknown[] = []) => f.query(sql, params);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    own = await employerWithHrLead(f, REGION);
    other = await employerWithHrLead(f, REGION);
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    erasure = t.app.get(ErasureService);
  }, 60_000);
  afterAll(() => t.close());

  const traces = (values: string[]) => findTraces(t.app.get(DataSource).manager, values);

  it('leaves nothing of the person in any column of any table, and keeps the ledger hours', async () => {
    const subject = await seededPerson(t, f, own);
    await putEverywhere(t, f, { own, other, team }, subject);
    expectData(await t.gql(`mutation { requestMyDataExport { jsonPath } }`, {}, subject.token));
    await t.app.get(DataExportService).buildPending();

    // Every table that can refer to a candidate holds this one now: a new table must be added to the seeding
    // above (and so be thought about in the erasure) before this test passes.
    for (const { table, column } of await tablesReferringToCandidates(t.app.get(DataSource).manager)) {
      if (table === 'erasure_request') continue; // filled by the request below
      const [{ n }] = await query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [
        subject.id,
      ]);
      expect({ table, column, seeded: n > 0 }).toEqual({ table, column, seeded: true });
    }
    expect(await traces(subject.values)).not.toEqual([]);
    // The demo finds the same values from the database alone.
    expect(new Set(await identifyingValues(t.app.get(DataSource).manager, subject.id))).toEqual(
      new Set(subject.values),
    );

    const requested = expectData(await t.gql(REQUEST, { id: subject.id }, subject.token)).requestErasure;
    expect(requested).toEqual(
      expect.objectContaining({
        status: 'SCHEDULED',
        requestedByRole: 'JOB_SEEKER',
        candidateId: subject.id,
      }),
    );
    const seen = expectData(
      await t.gql(`{ erasureGraceDays erasureRequests { id publicCode } }`, {}, subject.token),
    );
    expect(seen.erasureGraceDays).toBe(t.config.ERASURE_GRACE_DAYS);
    expect(seen.erasureRequests).toEqual([{ id: requested.id, publicCode: subject.values[2] }]);
    const graceDays = (Date.parse(requested.scheduledFor) - Date.now()) / 86_400_000;
    expect(graceDays).toBeGreaterThan(t.config.ERASURE_GRACE_DAYS - 0.01);
    expect(graceDays).toBeLessThanOrEqual(t.config.ERASURE_GRACE_DAYS);
    // Nothing happens before the grace period has passed.
    await erasure.eraseDue();
    expect(await query(`SELECT id FROM candidate_profile WHERE id = $1`, [subject.id])).toHaveLength(1);

    const ledgerBefore = await query(
      `SELECT sum(hours_per_week * duration_weeks)::int AS hours FROM placement WHERE host_employer_id = $1`,
      [other.employer.id],
    );
    await query(`UPDATE erasure_request SET scheduled_for = now() WHERE id = $1`, [requested.id]);
    // An erasure waits while a rematch of the region runs (the worker may be scoring the seeded profile).
    await eventually(
      'the erasure',
      () => erasure.eraseDue(),
      (sweep) => sweep.erased === 1,
      60_000,
    );

    expect(await traces(subject.values)).toEqual([]);
    const [done] = await query(
      `SELECT candidate_id, completed_at, removed, reason FROM erasure_request WHERE id = $1`,
      [requested.id],
    );
    expect(done).toEqual(
      expect.objectContaining({ candidate_id: null, completed_at: expect.any(Date), reason: null }),
    );
    expect(done.removed).toEqual(
      expect.objectContaining({ profile: 1, accounts: 1, placementsAnonymised: 1 }),
    );
    expect(
      await query(
        `SELECT sum(hours_per_week * duration_weeks)::int AS hours FROM placement WHERE host_employer_id = $1`,
        [other.employer.id],
      ),
    ).toEqual(ledgerBefore);
    // Carried out, the request names nobody: no candidate, no code.
    expect(
      expectData(await t.gql(`{ erasureRequests { id candidateId publicCode } }`, {}, team.token))
        .erasureRequests,
    ).toContainEqual({ id: requested.id, candidateId: null, publicCode: null });
    // The person's token stops working with their account.
    expectError(await t.gql(`{ me { id } }`, {}, subject.token), 'UNAUTHENTICATED');
    expectError(await login(t, subject.values[4], PASSWORD), 'UNAUTHENTICATED');
  }, 120_000);

  it('pauses the profile at once; the person can cancel their own request, their HR lead cannot', async () => {
    const subject = await seededPerson(t, f, own);
    await t.gql(
      `mutation($id: ID!) { changeCandidateStatus(id: $id, status: ACTIVE) { id } }`,
      { id: subject.id },
      own.hr.token,
    );
    const before = expectData(await t.gql(PROFILE, { id: subject.id }, own.hr.token)).candidateProfile.status;
    const requested = expectData(await t.gql(REQUEST, { id: subject.id }, subject.token)).requestErasure;
    expect(expectData(await t.gql(PROFILE, { id: subject.id }, own.hr.token)).candidateProfile.status).toBe(
      before === 'ACTIVE' ? 'PAUSED' : before,
    );
    // Asking again changes nothing.
    expect(expectData(await t.gql(REQUEST, { id: subject.id }, subject.token)).requestErasure.id).toBe(
      requested.id,
    );

    expectError(await t.gql(CANCEL, { id: requested.id }, own.hr.token), 'FORBIDDEN');
    expectError(await t.gql(CANCEL, { id: requested.id }, other.hr.token), 'NOT_FOUND');
    expect(expectData(await t.gql(CANCEL, { id: requested.id }, subject.token)).cancelErasure.status).toBe(
      'CANCELLED',
    );
    expect(expectData(await t.gql(PROFILE, { id: subject.id }, own.hr.token)).candidateProfile.status).toBe(
      before,
    );
    await query(`UPDATE erasure_request SET scheduled_for = now() WHERE id = $1`, [requested.id]);
    await erasure.eraseDue();
    expect(await query(`SELECT id FROM candidate_profile WHERE id = $1`, [subject.id])).toHaveLength(1);
    expect(expectData(await t.gql(LIST, { id: subject.id }, team.token)).erasureRequests).toEqual([
      { id: requested.id, status: 'CANCELLED' },
    ]);
  }, 60_000);

  it('lets the mobility team ask on the person’s behalf only with the reason recorded; others see nothing', async () => {
    const subject = await seededPerson(t, f, own);
    expectError(await t.gql(REQUEST, { id: subject.id }, team.token), 'BAD_USER_INPUT', { field: 'reason' });
    const otherTeam = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM37' });
    const admin = await f.actor(Role.ADMINISTRATOR);
    for (const outsider of [other.hr, otherTeam, admin]) {
      expectError(
        await t.gql(REQUEST, { id: subject.id, reason: 'Gevraagd per brief' }, outsider.token),
        'NOT_FOUND',
      );
      expectError(await t.gql(LIST, { id: subject.id }, outsider.token), 'NOT_FOUND');
    }
    const byTeam = expectData(
      await t.gql(REQUEST, { id: subject.id, reason: 'Gevraagd per brief van 2 december' }, team.token),
    ).requestErasure;
    expect(byTeam.requestedByRole).toBe('MOBILITY_TEAM');
    // The code only for whom the profile is visible: the team does not see a draft, its HR lead does.
    const CODES = `query($id: ID!) { erasureRequests(candidateId: $id) { id publicCode } }`;
    const codeFor = async (actor: { token: string }) =>
      expectData(await t.gql(CODES, { id: subject.id }, actor.token)).erasureRequests;
    expect(await codeFor(team)).toEqual([{ id: byTeam.id, publicCode: null }]);
    expect(await codeFor(own.hr)).toEqual([{ id: byTeam.id, publicCode: subject.values[2] }]);
    // A request someone else made on their behalf, the person (or that team) may still cancel.
    expect(expectData(await t.gql(CANCEL, { id: byTeam.id }, subject.token)).cancelErasure.status).toBe(
      'CANCELLED',
    );
  }, 60_000);
});
