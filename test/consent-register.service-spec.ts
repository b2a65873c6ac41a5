import { randomUUID } from 'node:crypto';
import {
  CandidateConsentsService,
  CandidatesService,
  ConsentEndReason,
  ConsentKind,
  emailConsentText,
  endConsents,
  endIdentityDisclosure,
  openIdentityDisclosure,
  registerConsent,
  type CreateCandidateInput,
} from '@werkbrug/candidates';
import { Role, Sector, type Viewer } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import { DataSource } from 'typeorm';
import { candidateInput, Fixtures } from './support/fixtures';
import { createMigratedTestDatabase } from './support/helpers-infra';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The service tier: the candidates lib's consent register and identity disclosures, called as the other libs
 * and the resolvers call them, against the real test database, without GraphQL in between.
 */
describe('consent register and identity disclosures (service tier)', () => {
  const REGION = 'AM21';
  let database: { name: string; url: string };
  let t: TestApp;
  let f: Fixtures;
  let db: DataSource;
  let hrOwn: Viewer;
  let hrOther: Viewer;
  let team: Viewer;
  let admin: Viewer;
  let candidateId: string;
  let otherEmployerId: string;

  beforeAll(async () => {
    database = await createMigratedTestDatabase('service_consents');
    t = await createTestApp({
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-svc-${randomUUID().slice(0, 8)}`,
    });
    f = new Fixtures(t);
    db = t.app.get(DataSource);
    const own = await f.employer(REGION, Sector.CARE);
    const other = await f.employer(REGION, Sector.RETAIL);
    otherEmployerId = other.id;
    const userOf = async (role: Role, scope: Record<string, string>) => (await f.actor(role, scope)).userId;
    hrOwn = {
      role: Role.HR_LEAD,
      userId: await userOf(Role.HR_LEAD, { employerId: own.id }),
      employerId: own.id,
      regionCode: REGION,
    };
    hrOther = {
      role: Role.HR_LEAD,
      userId: await userOf(Role.HR_LEAD, { employerId: other.id }),
      employerId: other.id,
      regionCode: REGION,
    };
    team = {
      role: Role.MOBILITY_TEAM,
      userId: await userOf(Role.MOBILITY_TEAM, { regionCode: REGION }),
      regionCode: REGION,
    };
    admin = { role: Role.ADMINISTRATOR, userId: await userOf(Role.ADMINISTRATOR, {}) };
    const input = (await candidateInput(f, {
      homePc4: await f.pc4(REGION),
    })) as unknown as CreateCandidateInput;
    candidateId = (await t.app.get(CandidatesService).create(hrOwn, input)).profile.id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('registers the sharing consent given at creation, with its text, by the HR lead on the candidate’s behalf', async () => {
    const records = await t.app.get(CandidateConsentsService).list(hrOwn, candidateId);
    expect(records).toEqual([
      expect.objectContaining({
        kind: ConsentKind.SHARE_WITH_REGION,
        givenByRole: Role.HR_LEAD,
        withdrawnAt: null,
      }),
    ]);
    expect(records[0].textNl).toMatch(/deelnemende werkgevers in mijn regio/);
  });

  it('shows the register to the owner side and the team only; everyone else hears NOT_FOUND', async () => {
    const consents = t.app.get(CandidateConsentsService);
    await expect(consents.list(team, candidateId)).resolves.toHaveLength(1);
    for (const viewer of [hrOther, admin])
      await expect(consents.list(viewer, candidateId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('replaces a consent of the same kind and subject, ends only the kinds asked, and audits each step', async () => {
    await db.transaction(async (tx) => {
      await registerConsent(tx, hrOwn, {
        candidateId,
        kind: ConsentKind.RECEIVE_EMAIL,
        text: emailConsentText(),
      });
      await registerConsent(tx, hrOwn, {
        candidateId,
        kind: ConsentKind.RECEIVE_EMAIL,
        text: emailConsentText(),
      });
    });
    const email = (await t.app.get(CandidateConsentsService).list(hrOwn, candidateId)).filter(
      (r) => r.kind === ConsentKind.RECEIVE_EMAIL,
    );
    expect(email.map((r) => r.withdrawalReason).sort()).toEqual([ConsentEndReason.SUPERSEDED, null].sort());

    const ended = await db.transaction((tx) =>
      endConsents(tx, hrOwn, { candidateId, kinds: [ConsentKind.RECEIVE_EMAIL] }, ConsentEndReason.WITHDRAWN),
    );
    expect(ended).toBe(1);
    const inForce = (await t.app.get(CandidateConsentsService).list(hrOwn, candidateId)).filter(
      (r) => !r.withdrawnAt,
    );
    expect(inForce.map((r) => r.kind)).toEqual([ConsentKind.SHARE_WITH_REGION]);
    const audit: { action: string }[] = await db.query(
      `SELECT action FROM audit_entry WHERE candidate_id = $1 ORDER BY id`,
      [candidateId],
    );
    expect(audit.filter((a) => a.action === 'CONSENT_GIVEN')).toHaveLength(3);
    expect(audit.filter((a) => a.action === 'CONSENT_WITHDRAWN')).toHaveLength(2);
  });

  it('opens one identity disclosure per employer, joined by a second opening, and ends it once', async () => {
    const first = await db.transaction((tx) => openIdentityDisclosure(tx, candidateId, otherEmployerId));
    const second = await db.transaction((tx) => openIdentityDisclosure(tx, candidateId, otherEmployerId));
    expect(first.opened).toBe(true);
    expect(second).toEqual({ id: first.id, opened: false });
    await expect(db.transaction((tx) => endIdentityDisclosure(tx, candidateId, first.id))).resolves.toBe(
      true,
    );
    await expect(db.transaction((tx) => endIdentityDisclosure(tx, candidateId, first.id))).resolves.toBe(
      false,
    );
  });
});
