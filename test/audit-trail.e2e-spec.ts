import { Role } from '@werkbrug/core';
import request from 'supertest';
import { Actor, Fixtures } from './support/fixtures';
import { EmployerWithHrLead, employerWithHrLead, expectData } from './support/helpers-auth';
import { SeededPerson, seededPerson } from './support/personal-data-fixture';
import { createTestApp, TestApp } from './support/test-app';

/** The audit trail: who did what, from which request; append-only; each role sees its own part. */
const REGION = 'AM27';
const TRAIL = `query($action: AuditAction, $candidateId: ID) {
  auditTrail(first: 50, action: $action, candidateId: $candidateId) {
    id action actorUserId actorName actorRole candidateId subjectType subjectId detailsJson requestId regionCode
  }
}`;

describe('audit trail', () => {
  let t: TestApp;
  let f: Fixtures;
  let own: EmployerWithHrLead;
  let other: EmployerWithHrLead;
  let team: Actor;
  let otherTeam: Actor;
  let admin: Actor;
  let subject: SeededPerson;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    own = await employerWithHrLead(f, REGION);
    other = await employerWithHrLead(f, REGION);
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    otherTeam = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM37' });
    admin = await f.actor(Role.ADMINISTRATOR);
    subject = await seededPerson(t, f, own);
  }, 60_000);
  afterAll(() => t.close());

  const trail = async (actor: { token: string }, variables: Record<string, unknown> = {}) =>
    expectData(await t.gql(TRAIL, variables, actor.token)).auditTrail as Record<string, any>[];

  it('records an identity read with the actor and the request it came from, for the right readers', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${own.hr.token}`)
      .set('x-request-id', 'audit-test-read-1')
      .send({
        query: `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "Gesprek voorbereiden") { fullName } }`,
        variables: { id: subject.id },
      });
    expect(res.body.errors).toBeUndefined();

    const [{ display_name: hrName }] = await f.query(`SELECT display_name FROM user_account WHERE id = $1`, [
      own.hr.userId,
    ]);
    const expected = expect.objectContaining({
      action: 'IDENTITY_READ',
      actorUserId: own.hr.userId,
      actorName: hrName,
      actorRole: 'HR_LEAD',
      candidateId: subject.id,
      regionCode: REGION,
      requestId: 'audit-test-read-1',
    });
    const filter = { action: 'IDENTITY_READ', candidateId: subject.id };
    for (const reader of [team, admin, own.hr]) expect(await trail(reader, filter)).toEqual([expected]);
    expect(await trail({ token: subject.token }, filter)).toEqual([expected]);
    for (const outsider of [otherTeam, other.hr]) expect(await trail(outsider, filter)).toEqual([]);
  });

  it('records changes, exports and downloads, never with personal values in the details', async () => {
    expectData(
      await t.gql(
        `mutation($id: ID!) { updateCandidateIdentity(candidateId: $id, input: { phone: "0687654321" }) { phone } }`,
        { id: subject.id },
        subject.token,
      ),
    );
    const { requestMyDataExport } = expectData(
      await t.gql(`mutation { requestMyDataExport { jsonPath export { id } } }`, {}, subject.token),
    );
    const mine = await trail({ token: subject.token }, { candidateId: subject.id });
    const actions = mine.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['IDENTITY_CHANGED', 'EXPORT_REQUESTED']));
    const change = mine.find((e) => e.action === 'IDENTITY_CHANGED')!;
    expect(JSON.parse(change.detailsJson)).toEqual({ fields: ['phone'] });
    expect(JSON.stringify(mine)).not.toContain('0687654321');
    expect(mine.find((e) => e.action === 'EXPORT_REQUESTED')!.subjectId).toBe(requestMyDataExport.export.id);
  });

  it('records consent changes and downloads', async () => {
    expectData(
      await t.gql(
        `mutation($id: ID!) { recordCandidateConsent(id: $id, given: true) { id } }`,
        { id: subject.id },
        subject.token,
      ),
    );
    const consent = await trail({ token: subject.token }, { action: 'CONSENT_GIVEN' });
    expect(consent[0]).toEqual(
      expect.objectContaining({ actorUserId: subject.userId, candidateId: subject.id }),
    );
    expect(JSON.parse(consent[0].detailsJson)).toEqual(
      expect.objectContaining({ kind: 'SHARE_WITH_REGION', onBehalf: false }),
    );

    const csv = await request(t.app.getHttpServer())
      .get('/reciprocity-ledger.csv?from=2026-01-01&to=2026-12-31&period=QUARTER')
      .set('authorization', `Bearer ${own.hr.token}`);
    expect(csv.status).toBe(200);
    const downloads = await trail(own.hr, { action: 'CSV_DOWNLOADED' });
    expect(downloads[0]).toEqual(
      expect.objectContaining({ actorUserId: own.hr.userId, subjectType: 'ReciprocityLedger' }),
    );
    expect(await trail(other.hr, { action: 'CSV_DOWNLOADED' })).toEqual([]);
  });

  it('cannot be altered or deleted, not even by the application', async () => {
    const [entry] = await f.query(`SELECT id FROM audit_entry ORDER BY id DESC LIMIT 1`);
    await expect(f.query(`UPDATE audit_entry SET action = 'X' WHERE id = $1`, [entry.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(f.query(`DELETE FROM audit_entry WHERE id = $1`, [entry.id])).rejects.toThrow(/append-only/);
    expect(await f.query(`SELECT id FROM audit_entry WHERE id = $1`, [entry.id])).toHaveLength(1);
  });
});
