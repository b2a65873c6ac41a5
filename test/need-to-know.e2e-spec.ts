import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { dropTestDatabase } from '@werkbrug/testing';
import { DataSource } from 'typeorm';
import { Actor, Fixtures } from './support/fixtures';
import {
  expectIdentityRefused,
  changeCandidateStatus,
  createVacancy,
  expectData,
  expectError,
  vacancyInputIn,
} from './support/helpers-auth';
import { createMatchableCandidate, openVacancy, waitForPairsListed } from './support/helpers-matching';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { mailboxOf, SET_IDENTITY_EMAIL } from './support/helpers-mail';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * Need-to-know and the register of consents. The spoor-2 track, target groups, support arrangements and the
 * contract's end date are seen by the candidate's own employer, the candidate and the mobility team; another
 * employer sees them only with the candidate's consent, and cannot find them out through a filter or an
 * explanation. Every consent is a record with the text shown, and withdrawing one takes effect at the next read.
 * Own database and queue prefix; the tests build on each other, in order.
 */
const REGION = 'AM24';
const PROFILE = `query($id: ID!) { candidateProfile(id: $id) {
  track targetGroups contractEndDate supportNeeds needToKnow targetGroupShared emailNotifications } }`;
const LIST_BY_TRACK = `query($track: CandidateTrack) { candidateProfiles(first: 50, track: $track) { nodes { id } } }`;
const VACANCY_MATCHES = `query($id: ID!) { vacancyMatches(vacancyId: $id, first: 20) {
  nodes { candidateId candidate { track } explanation { breakdown { component explanation { nl en } } } } } }`;
const CANDIDATE_MATCHES = `query($id: ID!) { candidateMatches(candidateId: $id, first: 20) {
  nodes { vacancyId explanation { breakdown { component explanation { nl } } } } } }`;
const RECORD_FIELDS = `id kind employerIds employers { name } textNl textEn textVersion givenByRole inForce withdrawnAt
  withdrawnByRole withdrawalReason matchCaseId`;
const RECORDS = `query($id: ID!) { consentRecords(candidateId: $id) { ${RECORD_FIELDS} } }`;
const MINE = `{ myConsents { ${RECORD_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawConsent(id: $id) { ${RECORD_FIELDS} } }`;
const SHARE_TARGET_GROUP = `mutation($id: ID!, $share: Boolean!, $version: String) {
  shareTargetGroup(candidateId: $id, share: $share, textVersion: $version) { track targetGroupShared } }`;
const TEXT = `query($kind: ConsentKind!) { consentText(kind: $kind) { kind textNl textVersion } }`;
const EMAIL = `mutation($on: Boolean!) { setEmailNotifications(on: $on) { emailNotifications } }`;
const PROFILE_CONSENT = `mutation($id: ID!, $given: Boolean!) {
  recordCandidateConsent(id: $id, given: $given) { consentStatus } }`;
const RESPOND = (side: string) =>
  `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id state } }`;
const CONSENT = `mutation($id: ID!, $consent: MatchConsent!) {
  answerIntroductionConsent(matchCaseId: $id, consent: $consent) { identityDisclosed } }`;
const IDENTITY = `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "Kennismaking plannen") { fullName } }`;

interface ExplainedMatch {
  candidateId: string;
  candidate: { track: string | null };
  explanation: { breakdown: { component: string; explanation: { nl: string; en: string } }[] } | null;
}

describe('need-to-know and the register of consents', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hrOwn: Actor;
  let hrHost: Actor;
  let rmt: Actor;
  let seeker: Actor;
  let spoor2: string;
  let spoor2WithAccount: string;
  let vacancyId: string;
  let hostName: string;

  const gql = (query: string, variables: Record<string, unknown>, actor?: Actor) =>
    t.gql(query, variables, actor?.token);
  const timingFor = (nodes: ExplainedMatch[], candidateId: string) =>
    nodes
      .find((n) => n.candidateId === candidateId)!
      .explanation!.breakdown.find((b) => b.component === 'TIMING')!.explanation;
  const hostMatches = async (): Promise<ExplainedMatch[]> =>
    expectData(await gql(VACANCY_MATCHES, { id: vacancyId }, hrHost)).vacancyMatches.nodes;

  beforeAll(async () => {
    database = await createMigratedTestDatabase('need_to_know');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-ntk-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const own = await f.employer(REGION, Sector.CARE);
    const host = await f.employer(REGION, Sector.CARE);
    hostName = host.name;
    hrOwn = await f.actor(Role.HR_LEAD, { employerId: own.id });
    hrHost = await f.actor(Role.HR_LEAD, { employerId: host.id });
    rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const pc4 = await f.pc4(REGION);
    const skills = await f.skillIds(4);
    const spoor2Candidate = (contractEndDate: string | null) =>
      createMatchableCandidate(
        t,
        f,
        hrOwn.token,
        { pc4, skills },
        {
          track: 'SICKNESS_REINTEGRATION',
          supportNeeds: ['JOB_COACH', 'GRADUAL_BUILD_UP_OF_HOURS'],
          targetGroups: ['NO_RISK_POLICY'],
          contractEndDate,
        },
      );
    spoor2 = await spoor2Candidate(null);
    spoor2WithAccount = await spoor2Candidate(
      new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10),
    );
    seeker = await f.actor(Role.JOB_SEEKER, { candidateId: spoor2WithAccount });
    vacancyId = await createVacancy(
      t,
      hrHost.token,
      await vacancyInputIn(f, pc4, {
        requiredSkillIds: skills.slice(0, 2),
        niceToHaveSkillIds: [],
        trainedOnTheJobSkillIds: [],
        contractType: 'FIXED_TERM',
        startDate: null,
        hoursMin: 16,
        hoursMax: 24,
      }),
    );
    await openVacancy(t, hrHost.token, vacancyId);
    worker = await createTestWorker(overrides);
    await waitForPairsListed(f, [spoor2, spoor2WithAccount], vacancyId, 60_000);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('shows track, target groups, support arrangements and contract end only to those who need to know', async () => {
    const own = expectData(await gql(PROFILE, { id: spoor2WithAccount }, hrOwn)).candidateProfile;
    expect(own).toEqual(
      expect.objectContaining({
        track: 'SICKNESS_REINTEGRATION',
        targetGroups: ['NO_RISK_POLICY'],
        needToKnow: true,
        targetGroupShared: false,
      }),
    );
    expect(own.supportNeeds).toEqual(expect.arrayContaining(['JOB_COACH', 'GRADUAL_BUILD_UP_OF_HOURS']));
    const team = expectData(await gql(PROFILE, { id: spoor2WithAccount }, rmt)).candidateProfile;
    expect(team).toEqual(expect.objectContaining({ track: 'SICKNESS_REINTEGRATION', needToKnow: true }));
    expect(expectData(await gql(PROFILE, { id: spoor2WithAccount }, seeker)).candidateProfile.track).toBe(
      'SICKNESS_REINTEGRATION',
    );

    const other = expectData(await gql(PROFILE, { id: spoor2WithAccount }, hrHost)).candidateProfile;
    expect(other).toEqual({
      track: null,
      targetGroups: null,
      contractEndDate: null,
      supportNeeds: ['GRADUAL_BUILD_UP_OF_HOURS'],
      needToKnow: false,
      targetGroupShared: null,
      emailNotifications: null,
    });
  });

  it('lets no other employer find the track through a filter', async () => {
    const byTrack = async (actor: Actor) =>
      expectData(
        await gql(LIST_BY_TRACK, { track: 'SICKNESS_REINTEGRATION' }, actor),
      ).candidateProfiles.nodes.map((n: { id: string }) => n.id);
    expect(await byTrack(hrOwn)).toEqual(expect.arrayContaining([spoor2, spoor2WithAccount]));
    expect(await byTrack(hrHost)).toEqual([]);
    // Without the filter the host sees both profiles: the filter, not visibility, hides them.
    const all = expectData(await gql(LIST_BY_TRACK, {}, hrHost)).candidateProfiles.nodes;
    expect(all.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([spoor2, spoor2WithAccount]));
  });

  it('explains urgency to another employer as availability, never as the track or the end date', async () => {
    const nodes = await hostMatches();
    expect(nodes.find((n) => n.candidateId === spoor2)!.candidate.track).toBeNull();
    const noEndDate = timingFor(nodes, spoor2);
    expect(noEndDate.nl).toMatch(/^Beschikbaar vanaf \d{4}-\d{2}-\d{2}, graag snel;/);
    expect(noEndDate.en).toMatch(/the sooner the better/);
    const withEndDate = timingFor(nodes, spoor2WithAccount);
    expect(withEndDate.nl).not.toMatch(/contract|eindigt|urgentie/i);
    expect(JSON.stringify(nodes)).not.toMatch(/SICKNESS|spoor|ziek/i);

    // The candidate and their own HR lead read the full timing.
    const ownView = expectData(await gql(CANDIDATE_MATCHES, { id: spoor2WithAccount }, hrOwn))
      .candidateMatches.nodes;
    const ownTiming = ownView[0].explanation.breakdown.find(
      (b: { component: string }) => b.component === 'TIMING',
    );
    expect(ownTiming.explanation.nl).toMatch(/^Huidig contract eindigt/);
  });

  it('shares target-group status only with the candidate’s consent, which is a record with its text', async () => {
    const text = expectData(await gql(TEXT, { kind: 'SHARE_TARGET_GROUP' }, seeker)).consentText;
    expect(text.textNl).toMatch(/doelgroep/);
    // The candidate has an account: their HR lead cannot give it for them.
    expectError(
      await gql(SHARE_TARGET_GROUP, { id: spoor2WithAccount, share: true, version: text.textVersion }, hrOwn),
      'FORBIDDEN',
    );
    // The candidate too names the text they read: none, or one since changed, is refused.
    for (const version of [null, 'v0-old'])
      expectError(
        await gql(SHARE_TARGET_GROUP, { id: spoor2WithAccount, share: true, version }, seeker),
        'CONFLICT',
        {
          field: 'textVersion',
          currentVersion: text.textVersion,
        },
      );
    expect(
      expectData(
        await gql(
          SHARE_TARGET_GROUP,
          { id: spoor2WithAccount, share: true, version: text.textVersion },
          seeker,
        ),
      ).shareTargetGroup,
    ).toEqual({ track: 'SICKNESS_REINTEGRATION', targetGroupShared: true });
    const other = expectData(await gql(PROFILE, { id: spoor2WithAccount }, hrHost)).candidateProfile;
    expect(other).toEqual(
      expect.objectContaining({ track: 'SICKNESS_REINTEGRATION', targetGroups: ['NO_RISK_POLICY'] }),
    );
    expect(other.supportNeeds).toContain('JOB_COACH');
    expect(timingFor(await hostMatches(), spoor2WithAccount).nl).toMatch(/^Huidig contract eindigt/);

    // Without an account, the HR lead records it with the text they showed; a stale text is refused.
    expectError(
      await gql(SHARE_TARGET_GROUP, { id: spoor2, share: true, version: 'v0-old' }, hrOwn),
      'CONFLICT',
    );
    expectData(await gql(SHARE_TARGET_GROUP, { id: spoor2, share: true, version: text.textVersion }, hrOwn));
    const records = expectData(await gql(RECORDS, { id: spoor2 }, hrOwn)).consentRecords;
    expect(records.find((r: { kind: string }) => r.kind === 'SHARE_TARGET_GROUP')).toEqual(
      expect.objectContaining({
        textNl: text.textNl,
        textVersion: text.textVersion,
        givenByRole: 'HR_LEAD',
        inForce: true,
      }),
    );
  });

  it('keeps every consent in one register, and withdrawing sharing takes the profile off lists at the next read', async () => {
    const mine = expectData(await gql(MINE, {}, seeker)).myConsents;
    const kinds = mine.filter((r: { inForce: boolean }) => r.inForce).map((r: { kind: string }) => r.kind);
    expect(kinds.sort()).toEqual(['SHARE_TARGET_GROUP', 'SHARE_WITH_REGION']);
    const sharing = mine.find((r: { kind: string }) => r.kind === 'SHARE_WITH_REGION');
    expect(sharing.textNl).toMatch(/deelnemende werkgevers in mijn regio/);
    expect(sharing.givenByRole).toBe('HR_LEAD');
    // Another employer neither sees nor withdraws the candidate's consents.
    expectError(await gql(WITHDRAW, { id: sharing.id }, hrHost), 'NOT_FOUND');
    expectError(await gql(RECORDS, { id: spoor2WithAccount }, hrHost), 'NOT_FOUND');

    expect((await hostMatches()).map((n) => n.candidateId)).toContain(spoor2WithAccount);
    const withdrawn = expectData(await gql(WITHDRAW, { id: sharing.id }, seeker)).withdrawConsent;
    expect(withdrawn).toEqual(
      expect.objectContaining({
        inForce: false,
        withdrawnByRole: 'JOB_SEEKER',
        withdrawalReason: 'PROFILE_CONSENT_WITHDRAWN',
      }),
    );
    // At once, before any rematch: off the host's list, the profile unseen, target-group sharing ended too.
    expect((await hostMatches()).map((n) => n.candidateId)).not.toContain(spoor2WithAccount);
    expectError(await gql(PROFILE, { id: spoor2WithAccount }, hrHost), 'NOT_FOUND');
    const after = expectData(await gql(MINE, {}, seeker)).myConsents;
    expect(after.filter((r: { inForce: boolean }) => r.inForce)).toEqual([]);
    expectError(await gql(WITHDRAW, { id: sharing.id }, seeker), 'CONFLICT');

    // Giving it again is the candidate's own: a new record, with the text they saw.
    expectData(await gql(PROFILE_CONSENT, { id: spoor2WithAccount, given: true }, seeker));
    const again = expectData(await gql(MINE, {}, seeker)).myConsents;
    expect(again[0]).toEqual(
      expect.objectContaining({ kind: 'SHARE_WITH_REGION', givenByRole: 'JOB_SEEKER', inForce: true }),
    );
    // …and not their HR lead's, once they have an account.
    expectData(await gql(PROFILE_CONSENT, { id: spoor2WithAccount, given: false }, seeker));
    expectError(await gql(PROFILE_CONSENT, { id: spoor2WithAccount, given: true }, hrOwn), 'FORBIDDEN');
    expectData(await gql(PROFILE_CONSENT, { id: spoor2WithAccount, given: true }, seeker));
    await changeCandidateStatus(t, hrOwn.token, spoor2WithAccount, 'ACTIVE');
  });

  it('records consent to e-mail, only the candidate gives it, and only then are they e-mailed', async () => {
    const address = `ntk-${randomUUID().slice(0, 8)}@example.nl`;
    expectData(await gql(SET_IDENTITY_EMAIL, { id: spoor2WithAccount, email: address }, hrOwn));
    const notifyCandidate = (label: string) =>
      t.app.get(DataSource).transaction((tx) =>
        t.app.get(NotificationsService).notify(tx, [{ candidateId: spoor2WithAccount }], {
          kind: 'TEST',
          subjectType: 'CandidateProfile',
          subjectId: spoor2WithAccount,
          text: { nl: `Werkgever ${label} toont interesse`, en: `Employer ${label} is interested` },
        }),
      );
    const handled = () =>
      f.query(`SELECT 1 FROM notification WHERE recipient_candidate_id = $1 AND mailed_at IS NULL`, [
        spoor2WithAccount,
      ]);

    // Without consent: the message is in the app, and no mail goes out.
    await notifyCandidate('Zorgvuldig');
    await eventually('the mail step done', handled, (rows) => rows.length === 0, 30_000);
    expect(await mailboxOf(t, address)).toEqual([]);

    expectError(await gql(EMAIL, { on: true }, hrOwn), 'FORBIDDEN');
    expect(expectData(await gql(EMAIL, { on: true }, seeker)).setEmailNotifications).toEqual({
      emailNotifications: true,
    });
    const record = expectData(await gql(MINE, {}, seeker)).myConsents.find(
      (r: { kind: string; inForce: boolean }) => r.kind === 'RECEIVE_EMAIL' && r.inForce,
    );
    expect(record.textNl).toMatch(/per e-mail/);

    // With consent: one short mail that names nobody.
    await notifyCandidate('Zorgvuldig');
    const mails = await eventually(
      'a mail',
      () => mailboxOf(t, address),
      (m) => m.length === 1,
      30_000,
    );
    expect(mails[0].subject).toMatch(/Nieuws voor je in Werkbrug/);
    expect(mails[0].text).not.toMatch(/Zorgvuldig/);

    expectData(await gql(WITHDRAW, { id: record.id }, seeker));
    expect(
      expectData(await gql(PROFILE, { id: spoor2WithAccount }, seeker)).candidateProfile.emailNotifications,
    ).toBe(false);
    await notifyCandidate('Zorgvuldig');
    await eventually('the mail step done', handled, (rows) => rows.length === 0, 30_000);
    expect(await mailboxOf(t, address)).toHaveLength(1);
  });

  it('records the introduction consent towards the employer, and its withdrawal hides the identity again', async () => {
    await waitForPairsListed(f, [spoor2WithAccount], vacancyId, 60_000);
    const input = { candidateId: spoor2WithAccount, vacancyId, interested: true };
    const caseId = expectData(await gql(RESPOND('Candidate'), { input }, seeker)).respondToMatchAsCandidate
      .id;
    expectData(await gql(RESPOND('Employer'), { input }, hrHost));
    expectData(await gql(CONSENT, { id: caseId, consent: 'GIVEN' }, seeker));
    expect(
      expectData(await gql(IDENTITY, { id: spoor2WithAccount }, hrHost)).candidateIdentity.fullName,
    ).toBeTruthy();

    const reveal = expectData(await gql(MINE, {}, seeker)).myConsents.find(
      (r: { kind: string; inForce: boolean }) => r.kind === 'REVEAL_IDENTITY' && r.inForce,
    );
    expect(reveal).toEqual(expect.objectContaining({ matchCaseId: caseId, employers: [{ name: hostName }] }));
    expect(reveal.textNl).toContain(hostName);
    expectData(await gql(WITHDRAW, { id: reveal.id }, seeker));
    expectIdentityRefused(await gql(IDENTITY, { id: spoor2WithAccount }, hrHost));

    const audit: { action: string }[] = await f.query(
      `SELECT action FROM audit_entry WHERE candidate_id = $1 ORDER BY id`,
      [spoor2WithAccount],
    );
    const actions = audit.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'CONSENT_GIVEN',
        'CONSENT_WITHDRAWN',
        'IDENTITY_DISCLOSED',
        'IDENTITY_DISCLOSURE_ENDED',
      ]),
    );
  });
});
