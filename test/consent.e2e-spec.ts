import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { MatchCasesService, MatchInterest } from '@werkbrug/matching';
import { dropTestDatabase } from '@werkbrug/testing';
import { Actor, Fixtures, PASSWORD } from './support/fixtures';
import { expectIdentityRefused, createVacancy, expectData, expectError } from './support/helpers-auth';
import {
  createMatchableCandidate,
  openVacancy,
  secondmentVacancyInput,
  waitForPairsListed,
} from './support/helpers-matching';
import { createMigratedTestDatabase } from './support/helpers-infra';
import { inviteJobSeeker } from './support/helpers-mail';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * Consent to reveal who someone is comes from that person. A candidate with an account answers themselves; for a
 * candidate without one, their HR lead records the consent as a statement with the text shown, which the
 * candidate sees and may revoke once they have an account. Own database and queue prefix; the tests build on
 * each other, in order.
 */
const REGION = 'AM27';
const OTHER_REGION = 'AM33';
const STATEMENT_FIELDS = `id candidateId kind matchCaseId placementId employerId textNl textEn textVersion method givenOn
  givenToName note inForce revokedAt revokedByRole revokedReason`;
const RESPOND = (side: string) =>
  `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id state } }`;
const CONSENT = `mutation($id: ID!, $consent: MatchConsent!) {
  answerIntroductionConsent(matchCaseId: $id, consent: $consent) { state identityDisclosed } }`;
const IDENTITY = `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "Kennismaking plannen") { fullName } }`;
const INTRO_TEXT = `query($id: ID!) { introductionConsentText(matchCaseId: $id) {
  kind subjectId candidateId employerId employerName textNl textEn textVersion } }`;
const RECORD_INTRO = `mutation($id: ID!, $input: RecordConsentStatementInput!) {
  recordIntroductionConsentStatement(matchCaseId: $id, input: $input) { ${STATEMENT_FIELDS} } }`;
const PLACEMENT_TEXT = `query($id: ID!) { placementConsentText(placementId: $id) { kind subjectId textNl textVersion } }`;
const RECORD_PLACEMENT = `mutation($id: ID!, $input: RecordConsentStatementInput!) {
  recordPlacementConsentStatement(placementId: $id, input: $input) { ${STATEMENT_FIELDS} } }`;
const STATEMENTS = `query($id: ID!) { consentStatements(candidateId: $id) { ${STATEMENT_FIELDS} } }`;
const MINE = `{ myConsentStatements { ${STATEMENT_FIELDS} } }`;
const REVOKE = `mutation($id: ID!) { revokeConsentStatement(id: $id) { ${STATEMENT_FIELDS} } }`;
const AGREE = `mutation($id: ID!, $behalf: Boolean!) {
  agreeToPlacement(id: $id, onBehalfOfCandidate: $behalf) { status candidateConsented } }`;
const DECLINE = `mutation($id: ID!, $behalf: Boolean!) {
  declinePlacement(id: $id, reason: "Past niet", onBehalfOfCandidate: $behalf) { status } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { status candidateConsented } }`;
const PROPOSE = `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id status } }`;
const CHANGE_TERMS = `mutation($id: ID!, $input: ChangePlacementTermsInput!) {
  changePlacementTerms(id: $id, input: $input) { status candidateConsented } }`;
const CANCEL = `mutation($id: ID!) { cancelPlacement(id: $id, reason: "Gaat niet door") { status } }`;
const PROFILE_CONSENT = `mutation($id: ID!, $given: Boolean!) {
  recordCandidateConsent(id: $id, given: $given) { consentStatus status } }`;
const MATCH_CASE = `query($id: ID!) { matchCase(id: $id) { state identityDisclosed history { event actorRole } } }`;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

describe('consent to reveal who someone is', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hrOwn: Actor;
  let hrOwn2: Actor;
  let hrHost: Actor;
  let hrOther: Actor;
  let hrOtherRegion: Actor;
  let rmt: Actor;
  let rmtOther: Actor;
  let admin: Actor;
  let withAccount: Actor;
  let hostName: string;
  let hostId: string;
  let ownId: string;
  let vacancyId: string;
  let vacancyTitle: string;
  let candidateWithAccount: string;
  let candidateWithout: string;
  let caseWithAccount: string;
  let caseWithout: string;
  let placementWithout: string;
  let claimed: Actor;
  let newCandidate: () => Promise<string>;

  const gql = (query: string, variables: Record<string, unknown>, actor?: Actor) =>
    t.gql(query, variables, actor?.token);
  const terms = (candidateId: string, startDate: string) => ({
    candidateId,
    hostEmployerId: hostId,
    kind: 'SECONDMENT',
    purpose: 'GAIN_EXPERIENCE',
    startDate,
    endDate: new Date(Date.parse(startDate) + 56 * 86_400_000).toISOString().slice(0, 10),
    hoursPerWeek: 16,
    contractHoursPerWeek: 32,
    ownWorkHoursPerWeek: 16,
    salaryPaidBy: 'LENDING_EMPLOYER',
    travelCostsReimbursed: true,
    travelCostsPaidBy: 'HOST_EMPLOYER',
    returnOption: true,
    lendingContact: 'P. Jansen, HR',
    hostContact: 'M. de Boer, teamleider',
  });
  const statement = (textVersion: string, overrides: Record<string, unknown> = {}) => ({
    method: 'IN_PERSON',
    givenOn: today(),
    textVersion,
    ...overrides,
  });

  beforeAll(async () => {
    database = await createMigratedTestDatabase('consent');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-consent-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const own = await f.employer(REGION, Sector.CARE);
    const host = await f.employer(REGION, Sector.CARE);
    const other = await f.employer(REGION, Sector.RETAIL);
    const otherRegion = await f.employer(OTHER_REGION, Sector.CARE);
    [hostId, hostName, ownId] = [host.id, host.name, own.id];
    hrOwn = await f.actor(Role.HR_LEAD, { employerId: own.id });
    hrOwn2 = await f.actor(Role.HR_LEAD, { employerId: own.id });
    hrHost = await f.actor(Role.HR_LEAD, { employerId: host.id });
    hrOther = await f.actor(Role.HR_LEAD, { employerId: other.id });
    hrOtherRegion = await f.actor(Role.HR_LEAD, { employerId: otherRegion.id });
    rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    rmtOther = await f.actor(Role.MOBILITY_TEAM, { regionCode: OTHER_REGION });
    admin = await f.actor(Role.ADMINISTRATOR);
    const pc4 = await f.pc4(REGION);
    const skills = await f.skillIds(4);
    newCandidate = () => createMatchableCandidate(t, f, hrOwn.token, { pc4, skills });
    candidateWithAccount = await newCandidate();
    candidateWithout = await newCandidate();
    withAccount = await f.actor(Role.JOB_SEEKER, { candidateId: candidateWithAccount });
    vacancyTitle = f.unique('Medewerker zorg');
    vacancyId = await createVacancy(
      t,
      hrHost.token,
      await secondmentVacancyInput(f, { pc4, skills }, { title: vacancyTitle }),
    );
    await openVacancy(t, hrHost.token, vacancyId);
    worker = await createTestWorker(overrides);
    await waitForPairsListed(f, [candidateWithAccount, candidateWithout], vacancyId, 60_000);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('tells the candidate’s own HR lead whether the candidate answers for themself, and nobody else', async () => {
    const ANSWERS = `query($id: ID!) { candidateProfile(id: $id) { answersThemself } }`;
    const answers = async (id: string, actor: Actor) =>
      expectData(await gql(ANSWERS, { id }, actor)).candidateProfile.answersThemself;
    expect(await answers(candidateWithAccount, hrOwn)).toBe(true);
    expect(await answers(candidateWithout, hrOwn)).toBe(false);
    expect(await answers(candidateWithAccount, withAccount)).toBe(true);
    expect(await answers(candidateWithout, hrHost)).toBeNull(); // another employer: not theirs to know
  });

  it('a candidate with an account answers themselves: their HR lead cannot, and the employer sees no identity', async () => {
    const input = { candidateId: candidateWithAccount, vacancyId, interested: true };
    const onBehalf = expectError(await gql(RESPOND('Candidate'), { input }, hrOwn), 'FORBIDDEN');
    expect(onBehalf.extensions?.messageNl).toContain('beantwoordt dit zelf in Werkbrug');
    expectData(await gql(RESPOND('Candidate'), { input }, withAccount));
    caseWithAccount = expectData(await gql(RESPOND('Employer'), { input }, hrHost)).respondToMatchAsEmployer
      .id;

    const consent = expectError(
      await gql(CONSENT, { id: caseWithAccount, consent: 'GIVEN' }, hrOwn),
      'FORBIDDEN',
    );
    expect(consent.extensions?.messageNl).toContain('beantwoordt dit zelf in Werkbrug');
    expect(consent.message).toContain('answers this themselves in Werkbrug');
    expect(consent.extensions?.reason).toBe('CANDIDATE_ANSWERS_THEMSELF');
    expectError(await gql(CONSENT, { id: caseWithAccount, consent: 'DECLINED' }, hrOwn), 'FORBIDDEN');
    const text = expectData(
      await gql(INTRO_TEXT, { id: caseWithAccount }, withAccount),
    ).introductionConsentText;
    expectError(
      await gql(RECORD_INTRO, { id: caseWithAccount, input: statement(text.textVersion) }, hrOwn),
      'FORBIDDEN',
    );
    expectIdentityRefused(await gql(IDENTITY, { id: candidateWithAccount }, hrHost));
    const state = await f.query(`SELECT state, disclosure_id FROM match_case WHERE id = $1`, [
      caseWithAccount,
    ]);
    expect(state).toEqual([{ state: 'CONSENT_REQUESTED', disclosure_id: null }]);
    expect(
      await f.query(`SELECT 1 FROM identity_disclosure WHERE candidate_id = $1`, [candidateWithAccount]),
    ).toEqual([]);
    // A meeting outcome their HR lead records does not answer for them either.
    const after = await t.app
      .get(MatchCasesService)
      .advanceFromMeeting(
        { role: Role.HR_LEAD, userId: hrOwn.userId, employerId: ownId, regionCode: REGION },
        candidateWithAccount,
        vacancyId,
        [{ kind: 'CANDIDATE_RESPONSE', interest: MatchInterest.NOT_INTERESTED }],
        'Geen klik',
      );
    expect(after).toBe('CONSENT_REQUESTED');
  });

  it('without an account, consent on their behalf needs a statement with the text shown; then the employer reads the identity', async () => {
    const input = { candidateId: candidateWithout, vacancyId, interested: true };
    expectData(await gql(RESPOND('Candidate'), { input }, hrOwn));
    caseWithout = expectData(await gql(RESPOND('Employer'), { input }, hrHost)).respondToMatchAsEmployer.id;
    const refused = expectError(
      await gql(CONSENT, { id: caseWithout, consent: 'GIVEN' }, hrOwn),
      'FORBIDDEN',
    );
    expect(refused.extensions?.messageNl).toContain('verklaring');
    expectIdentityRefused(await gql(IDENTITY, { id: candidateWithout }, hrHost));

    const text = expectData(await gql(INTRO_TEXT, { id: caseWithout }, hrOwn)).introductionConsentText;
    expect(text).toMatchObject({
      kind: 'INTRODUCTION',
      subjectId: caseWithout,
      candidateId: candidateWithout,
      employerId: hostId,
      employerName: hostName,
      textVersion: expect.stringMatching(/^v1-[0-9a-f]{16}$/),
    });
    expect(text.textNl).toContain(`Ik geef toestemming dat mijn naam en contactgegevens`);
    expect(text.textNl).toContain(
      `worden gedeeld met ${hostName} voor een kennismaking over de vacature "${vacancyTitle}"`,
    );
    expect(text.textEn).toContain(`shared with ${hostName}`);
    for (const actor of [hrHost, hrOther, hrOtherRegion, rmt, withAccount])
      expect((await gql(INTRO_TEXT, { id: caseWithout }, actor)).errors?.[0]?.extensions?.code).toMatch(
        /^(FORBIDDEN|NOT_FOUND)$/,
      );

    const tomorrow = new Date(Date.parse(`${today()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const record = (variables: Record<string, unknown>, actor: Actor) =>
      gql(RECORD_INTRO, { id: caseWithout, ...variables }, actor);
    expectError(await record({ input: statement('v1-0000000000000000') }, hrOwn), 'CONFLICT', {
      currentVersion: text.textVersion,
    });
    expectError(
      await record({ input: statement(text.textVersion, { givenOn: tomorrow }) }, hrOwn),
      'BAD_USER_INPUT',
      {
        field: 'givenOn',
      },
    );
    expectError(
      await record({ input: statement(text.textVersion, { note: 'Gebeld op 0612345678' }) }, hrOwn),
      'BAD_USER_INPUT',
    );
    expectError(
      await record({ input: statement(text.textVersion, { method: 'TELEPATHY' }) }, hrOwn),
      'BAD_USER_INPUT',
    );
    expectError(await record({ input: statement(text.textVersion) }, hrHost), 'FORBIDDEN');
    expectError(await record({ input: statement(text.textVersion) }, hrOther), 'NOT_FOUND');
    expectError(await record({ input: statement(text.textVersion) }, rmt), 'FORBIDDEN');
    expectError(await record({ input: statement(text.textVersion) }, admin), 'NOT_FOUND');
    expectError(
      await record({ input: statement(text.textVersion) }, undefined as unknown as Actor),
      'UNAUTHENTICATED',
    );
    expect(await f.query(`SELECT 1 FROM consent_statement`)).toEqual([]);

    const recorded = expectData(
      await record(
        { input: statement(text.textVersion, { method: 'PHONE', note: 'Telefonisch, na uitleg.' }) },
        hrOwn,
      ),
    ).recordIntroductionConsentStatement;
    expect(recorded).toMatchObject({
      candidateId: candidateWithout,
      kind: 'INTRODUCTION',
      matchCaseId: caseWithout,
      placementId: null,
      employerId: hostId,
      textNl: text.textNl,
      textEn: text.textEn,
      textVersion: text.textVersion,
      method: 'PHONE',
      givenOn: today(),
      givenToName: 'Test HR_LEAD',
      note: 'Telefonisch, na uitleg.',
      inForce: true,
      revokedAt: null,
    });
    const matchCase = expectData(
      await gql(
        `query($id: ID!) { matchCase(id: $id) { state identityDisclosed history { event actorRole } } }`,
        { id: caseWithout },
        hrHost,
      ),
    ).matchCase;
    expect(matchCase).toMatchObject({ state: 'INTRODUCED', identityDisclosed: true });
    expect(matchCase.history.at(-1)).toEqual({ event: 'CONSENT_GIVEN', actorRole: 'HR_LEAD' });
    expect(
      expectData(await gql(IDENTITY, { id: candidateWithout }, hrHost)).candidateIdentity.fullName,
    ).toEqual(expect.any(String));
    expectError(await record({ input: statement(text.textVersion) }, hrOwn), 'CONFLICT');

    // Every statement is visible to the candidate's own HR leads, read-only; nobody else sees them.
    const listed = expectData(await gql(STATEMENTS, { id: candidateWithout }, hrOwn2)).consentStatements;
    expect(listed.map((s: { id: string }) => s.id)).toEqual([recorded.id]);
    for (const actor of [hrHost, hrOther, hrOtherRegion, rmt, rmtOther, admin, withAccount])
      expectError(await gql(STATEMENTS, { id: candidateWithout }, actor), 'NOT_FOUND');
    expectError(await gql(REVOKE, { id: recorded.id }, hrOwn), 'FORBIDDEN');
    for (const actor of [hrHost, hrOther, rmt, admin, withAccount])
      expectError(await gql(REVOKE, { id: recorded.id }, actor), 'NOT_FOUND');
    for (const actor of [hrOwn, rmt, admin]) expectError(await gql(MINE, {}, actor), 'FORBIDDEN');
    expect(expectData(await gql(MINE, {}, withAccount)).myConsentStatements).toEqual([]);
  });

  it('placements: consent on behalf of a candidate without an account is a statement too', async () => {
    const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    placementWithout = expectData(
      await gql(
        `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id status } }`,
        { input: terms(candidateWithout, start) },
        hrOwn,
      ),
    ).proposePlacement.id;
    const refused = expectError(await gql(AGREE, { id: placementWithout, behalf: true }, hrOwn), 'FORBIDDEN');
    expect(refused.extensions?.messageNl).toContain('verklaring');
    const text = expectData(await gql(PLACEMENT_TEXT, { id: placementWithout }, hrOwn)).placementConsentText;
    expect(text).toMatchObject({ kind: 'PLACEMENT', subjectId: placementWithout });
    expect(text.textNl).toContain(`Ik ga akkoord met de detachering bij ${hostName}`);
    expectError(await gql(PLACEMENT_TEXT, { id: placementWithout }, hrHost), 'FORBIDDEN');
    expectError(await gql(PLACEMENT_TEXT, { id: placementWithout }, hrOther), 'NOT_FOUND');
    expectError(
      await gql(RECORD_PLACEMENT, { id: placementWithout, input: statement(text.textVersion) }, hrHost),
      'FORBIDDEN',
    );
    const recorded = expectData(
      await gql(RECORD_PLACEMENT, { id: placementWithout, input: statement(text.textVersion) }, hrOwn),
    ).recordPlacementConsentStatement;
    expect(recorded).toMatchObject({
      kind: 'PLACEMENT',
      placementId: placementWithout,
      employerId: hostId,
      inForce: true,
    });
    expect(expectData(await gql(PLACEMENT, { id: placementWithout }, hrOwn)).placement).toEqual({
      status: 'PROPOSED',
      candidateConsented: true,
    });
  });

  it('once the candidate claims their account, they see the statements and revoke them; the employer no longer reads the identity', async () => {
    const email = `claimed-${randomUUID().slice(0, 8)}@test.werkbrug.nl`;
    const invited = await inviteJobSeeker(t, hrOwn.token, candidateWithout, email);
    const { claimJobSeekerAccount } = expectData(
      await t.gql(
        `mutation($input: ClaimJobSeekerAccountInput!) { claimJobSeekerAccount(input: $input) { accessToken user { id } } }`,
        { input: { ...invited, password: PASSWORD, displayName: 'Sam' } },
      ),
    );
    claimed = { userId: claimJobSeekerAccount.user.id, email, token: claimJobSeekerAccount.accessToken };

    // From now on the HR lead cannot answer for them any more.
    const input = { candidateId: candidateWithout, vacancyId, interested: false, reason: 'Past niet' };
    expectError(await gql(RESPOND('Candidate'), { input }, hrOwn), 'FORBIDDEN');
    expectError(await gql(CONSENT, { id: caseWithout, consent: 'WITHDRAWN' }, hrOwn), 'FORBIDDEN');
    expectError(await gql(DECLINE, { id: placementWithout, behalf: true }, hrOwn), 'FORBIDDEN');

    const mine = expectData(await gql(MINE, {}, claimed)).myConsentStatements;
    expect(mine.map((s: { kind: string }) => s.kind).sort()).toEqual(['INTRODUCTION', 'PLACEMENT']);
    const intro = mine.find((s: { kind: string }) => s.kind === 'INTRODUCTION');
    expect(intro).toMatchObject({ givenToName: 'Test HR_LEAD', method: 'PHONE', inForce: true });
    expect(intro.textNl).toContain(hostName);

    const revoked = expectData(await gql(REVOKE, { id: intro.id }, claimed)).revokeConsentStatement;
    expect(revoked).toMatchObject({
      inForce: false,
      revokedByRole: 'JOB_SEEKER',
      revokedReason: 'REVOKED_BY_CANDIDATE',
      revokedAt: expect.any(String),
    });
    expectError(await gql(REVOKE, { id: intro.id }, claimed), 'CONFLICT');
    expectIdentityRefused(await gql(IDENTITY, { id: candidateWithout }, hrHost));
    const matchCase = expectData(
      await gql(
        `query($id: ID!) { matchCase(id: $id) { state identityDisclosed history { event actorRole } } }`,
        { id: caseWithout },
        claimed,
      ),
    ).matchCase;
    expect(matchCase).toMatchObject({ state: 'CONSENT_DECLINED', identityDisclosed: false });
    expect(matchCase.history.at(-1)).toEqual({ event: 'CONSENT_WITHDRAWN', actorRole: 'JOB_SEEKER' });
    expect(
      await f.query(`SELECT 1 FROM identity_disclosure WHERE candidate_id = $1 AND revoked_at IS NULL`, [
        candidateWithout,
      ]),
    ).toEqual([]);
    const [own] = expectData(await gql(STATEMENTS, { id: candidateWithout }, hrOwn)).consentStatements.filter(
      (s: { id: string }) => s.id === intro.id,
    );
    expect(own).toMatchObject({ inForce: false, revokedByRole: 'JOB_SEEKER' });

    // The placement statement: the placement waits for the candidate's own consent again.
    const placementStatement = mine.find((s: { kind: string }) => s.kind === 'PLACEMENT');
    expectData(await gql(REVOKE, { id: placementStatement.id }, claimed));
    expect(expectData(await gql(PLACEMENT, { id: placementWithout }, claimed)).placement).toEqual({
      status: 'PROPOSED',
      candidateConsented: false,
    });

    // Their own consent, given in Werkbrug, is theirs to withdraw as well.
    expect(
      expectData(await gql(CONSENT, { id: caseWithout, consent: 'GIVEN' }, claimed))
        .answerIntroductionConsent,
    ).toEqual({
      state: 'INTRODUCED',
      identityDisclosed: true,
    });
    expectData(await gql(IDENTITY, { id: candidateWithout }, hrHost));
    expectData(await gql(CONSENT, { id: caseWithout, consent: 'WITHDRAWN' }, claimed));
    expectIdentityRefused(await gql(IDENTITY, { id: candidateWithout }, hrHost));
  });

  it('placements: an HR lead cannot agree, decline or evaluate on behalf of a candidate with an account', async () => {
    const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const id = expectData(
      await gql(
        `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
        { input: terms(candidateWithAccount, start) },
        hrOwn,
      ),
    ).proposePlacement.id;
    const refused = expectError(await gql(AGREE, { id, behalf: true }, hrOwn), 'FORBIDDEN');
    expect(refused.extensions?.messageNl).toContain('beantwoordt dit zelf in Werkbrug');
    expectError(await gql(DECLINE, { id, behalf: true }, hrOwn), 'FORBIDDEN');
    const text = expectData(await gql(PLACEMENT_TEXT, { id }, withAccount)).placementConsentText;
    expectError(await gql(RECORD_PLACEMENT, { id, input: statement(text.textVersion) }, hrOwn), 'FORBIDDEN');
    expectError(
      await gql(RECORD_PLACEMENT, { id, input: statement(text.textVersion) }, withAccount),
      'FORBIDDEN',
    );
    expect(expectData(await gql(PLACEMENT, { id }, hrOwn)).placement.candidateConsented).toBe(false);
    expect(
      expectData(await gql(AGREE, { id, behalf: false }, withAccount)).agreeToPlacement.candidateConsented,
    ).toBe(true);
    // The lending HR lead agreeing for their employer is unaffected.
    expectData(await gql(AGREE, { id, behalf: false }, hrOwn));
    await f.query(`UPDATE placement SET status = 'ENDED' WHERE id = $1`, [id]);
    const EVAL = `mutation($id: ID!, $behalf: Boolean!) {
      evaluatePlacement(id: $id, evaluation: "Veel geleerd.", onBehalfOfCandidate: $behalf) { candidateEvaluation } }`;
    expectError(await gql(EVAL, { id, behalf: true }, hrOwn), 'FORBIDDEN');
    expect(
      expectData(await gql(EVAL, { id, behalf: false }, withAccount)).evaluatePlacement.candidateEvaluation,
    ).toBe('Veel geleerd.');
  });
  it('a meeting outcome the mobility team records speaks for the employer only, never for the candidate', async () => {
    const rmtViewer = { role: Role.MOBILITY_TEAM, userId: rmt.userId, regionCode: REGION } as const;
    const after = await t.app.get(MatchCasesService).advanceFromMeeting(
      rmtViewer,
      candidateWithAccount,
      vacancyId,
      [
        { kind: 'CANDIDATE_RESPONSE', interest: MatchInterest.NOT_INTERESTED },
        { kind: 'EMPLOYER_RESPONSE', interest: MatchInterest.INTERESTED },
      ],
      'Meet-and-greet: NO_FIT',
    );
    expect(after).toBe('CONSENT_REQUESTED');
    expect(
      await f.query(`SELECT candidate_interest FROM match_case WHERE id = $1`, [caseWithAccount]),
    ).toEqual([{ candidate_interest: 'INTERESTED' }]);
  });

  it('placement statements end when the terms change or the placement is cancelled, and revoking an old one never undoes newer consent', async () => {
    const candidateId = await newCandidate();
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const propose = async (start: string) =>
      expectData(await gql(PROPOSE, { input: terms(candidateId, start) }, hrOwn)).proposePlacement
        .id as string;
    const consentFor = async (id: string) => {
      const text = expectData(await gql(PLACEMENT_TEXT, { id }, hrOwn)).placementConsentText;
      return expectData(await gql(RECORD_PLACEMENT, { id, input: statement(text.textVersion) }, hrOwn))
        .recordPlacementConsentStatement;
    };
    const statementOf = async (id: string) =>
      expectData(await gql(STATEMENTS, { id: candidateId }, hrOwn)).consentStatements.find(
        (s: { id: string }) => s.id === id,
      );

    // New terms: the consent to the old ones ends with them, and the candidate is asked again.
    const changed = await propose(inDays(40));
    const first = await consentFor(changed);
    expect(
      expectData(await gql(CHANGE_TERMS, { id: changed, input: { hoursPerWeek: 12 } }, hrOwn))
        .changePlacementTerms,
    ).toEqual({ status: 'PROPOSED', candidateConsented: false });
    expect(await statementOf(first.id)).toMatchObject({
      inForce: false,
      revokedReason: 'TERMS_CHANGED',
      revokedByRole: 'HR_LEAD',
    });
    const second = await consentFor(changed);
    expect(second.textVersion).not.toBe(first.textVersion);
    expect(second.textNl).toContain('12 uur per week');

    const cancelled = await propose(inDays(200));
    const third = await consentFor(cancelled);
    expectData(await gql(CANCEL, { id: cancelled }, hrOwn));
    expect(await statementOf(third.id)).toMatchObject({
      inForce: false,
      revokedReason: 'PLACEMENT_CANCELLED',
    });
    expect(await statementOf(second.id)).toMatchObject({ inForce: true, revokedReason: null });

    // Once the candidate has an account: the statement for the old terms is over, and after consenting
    // themselves, revoking what their HR lead recorded earlier does not undo their own consent.
    const js = await f.actor(Role.JOB_SEEKER, { candidateId });
    expectError(await gql(REVOKE, { id: first.id }, js), 'CONFLICT');
    expect(expectData(await gql(PLACEMENT, { id: changed }, js)).placement.candidateConsented).toBe(true);
    expectData(await gql(AGREE, { id: changed, behalf: false }, js));
    expect(expectData(await gql(REVOKE, { id: second.id }, js)).revokeConsentStatement).toMatchObject({
      inForce: false,
      revokedReason: 'REVOKED_BY_CANDIDATE',
    });
    expect(expectData(await gql(PLACEMENT, { id: changed }, js)).placement).toEqual({
      status: 'PROPOSED',
      candidateConsented: true,
    });
  });

  it('withdrawing consent to share the profile closes the open matches; consent cannot be given on them again', async () => {
    expect(
      expectData(await gql(CONSENT, { id: caseWithout, consent: 'GIVEN' }, claimed))
        .answerIntroductionConsent,
    ).toEqual({ state: 'INTRODUCED', identityDisclosed: true });
    expectData(await gql(IDENTITY, { id: candidateWithout }, hrHost));

    expect(
      expectData(await gql(PROFILE_CONSENT, { id: candidateWithout, given: false }, claimed))
        .recordCandidateConsent,
    ).toEqual({ consentStatus: 'WITHDRAWN', status: 'PAUSED' });
    const closed = expectData(await gql(MATCH_CASE, { id: caseWithout }, claimed)).matchCase;
    expect(closed).toMatchObject({ state: 'CLOSED', identityDisclosed: false });
    expect(closed.history.at(-1)).toEqual({ event: 'PROFILE_CONSENT_WITHDRAWN', actorRole: 'JOB_SEEKER' });
    // The profile is no longer shared: for the host it does not exist any more.
    expectError(await gql(IDENTITY, { id: candidateWithout }, hrHost), 'NOT_FOUND');
    expect(
      await f.query(`SELECT 1 FROM identity_disclosure WHERE candidate_id = $1 AND revoked_at IS NULL`, [
        candidateWithout,
      ]),
    ).toEqual([]);

    // Sharing the profile again later does not reopen them: the introduction is asked for anew.
    expectData(await gql(PROFILE_CONSENT, { id: candidateWithout, given: true }, claimed));
    const refused = expectError(
      await gql(CONSENT, { id: caseWithout, consent: 'GIVEN' }, claimed),
      'CONFLICT',
      { state: 'CLOSED' },
    );
    expect(refused.extensions?.messageNl).toContain('afgesloten');
    // Shared again but still paused: the host does not see the profile, so it does not exist for them.
    expectError(await gql(IDENTITY, { id: candidateWithout }, hrHost), 'NOT_FOUND');
    expect((await gql(MATCH_CASE, { id: caseWithout }, claimed)).data?.matchCase.state).toBe('CLOSED');
  });
});
