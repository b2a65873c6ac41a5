import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import { Actor, Fixtures } from './support/fixtures';
import { createVacancy, expectData } from './support/helpers-auth';
import {
  createMatchableCandidate,
  openVacancy,
  placementAgreement,
  secondmentVacancyInput,
  waitForPairsListed,
} from './support/helpers-matching';
import { createMigratedTestDatabase } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * No silent dead ends: every step of the match workflow tells the people it concerns, in Dutch and English, in
 * their notifications (and so in the mail outbox); and a candidate who stops taking part suspends an agreed
 * placement instead of leaving the host counting on it. Own database and queue prefix; tests build on each other.
 */
const REGION = 'AM27';
const RESPOND = (side: string) =>
  `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id state } }`;
const CONSENT = `mutation($id: ID!, $consent: MatchConsent!) {
  answerIntroductionConsent(matchCaseId: $id, consent: $consent) { state } }`;
const OUTCOME = `mutation($id: ID!) { recordMatchOutcome(matchCaseId: $id, outcome: WORK_EXPERIENCE) { state } }`;
const MINE = `{ myNotifications(unreadOnly: false) { kind subjectType subjectId textNl textEn readAt } }`;
const PROPOSE = `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id status } }`;
const AGREE = `mutation($id: ID!) { agreeToPlacement(id: $id) { status candidateConsented } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { status candidateConsented } placementHistory(id: $id) { event } }`;
const PROFILE_CONSENT = `mutation($id: ID!, $given: Boolean!) {
  recordCandidateConsent(id: $id, given: $given) { consentStatus } }`;

interface Notice {
  kind: string;
  readAt: string | null;
  subjectId: string;
  textNl: string;
  textEn: string;
}

describe('notifications at every step of the match workflow', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hrOwn: Actor;
  let hrHost: Actor;
  let seeker: Actor;
  let hostId: string;
  let hostName: string;
  let withAccount: string;
  let without: string;
  let codeWith: string;
  let codeWithout: string;
  let vacancyId: string;
  let vacancyTitle: string;
  let caseId: string;

  const gql = (query: string, variables: Record<string, unknown>, actor?: Actor) =>
    t.gql(query, variables, actor?.token);
  const notices = async (actor: Actor, subjectId: string): Promise<Notice[]> =>
    (expectData(await gql(MINE, {}, actor)).myNotifications as (Notice & { subjectId: string })[]).filter(
      (n) => n.subjectId === subjectId,
    );
  const kinds = async (actor: Actor, subjectId: string) =>
    (await notices(actor, subjectId)).map((n) => n.kind).sort();

  beforeAll(async () => {
    database = await createMigratedTestDatabase('match_notifications');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-match-notices-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const own = await f.employer(REGION, Sector.CARE);
    const host = await f.employer(REGION, Sector.CARE);
    [hostId, hostName] = [host.id, host.name];
    hrOwn = await f.actor(Role.HR_LEAD, { employerId: own.id });
    hrHost = await f.actor(Role.HR_LEAD, { employerId: host.id });
    const pc4 = await f.pc4(REGION);
    const skills = await f.skillIds(4);
    withAccount = await createMatchableCandidate(t, f, hrOwn.token, { pc4, skills });
    without = await createMatchableCandidate(t, f, hrOwn.token, { pc4, skills });
    seeker = await f.actor(Role.JOB_SEEKER, { candidateId: withAccount });
    const codes = await f.query<{ id: string; public_code: string }>(
      `SELECT id, public_code FROM candidate_profile WHERE id = ANY($1)`,
      [[withAccount, without]],
    );
    codeWith = codes.find((c) => c.id === withAccount)!.public_code;
    codeWithout = codes.find((c) => c.id === without)!.public_code;
    vacancyTitle = f.unique('Begeleider dagbesteding');
    vacancyId = await createVacancy(
      t,
      hrHost.token,
      await secondmentVacancyInput(f, { pc4, skills }, { title: vacancyTitle }),
    );
    await openVacancy(t, hrHost.token, vacancyId);
    worker = await createTestWorker(overrides);
    await waitForPairsListed(f, [withAccount, without], vacancyId, 60_000);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('interest shown, consent asked, introduction made and outcome recorded each reach the right people', async () => {
    const input = { candidateId: withAccount, vacancyId, interested: true };
    caseId = expectData(await gql(RESPOND('Candidate'), { input }, seeker)).respondToMatchAsCandidate.id;
    const [shown] = await notices(hrHost, caseId);
    expect(shown.kind).toBe('MATCH_INTEREST_SHOWN');
    expect(shown.textNl).toBe(
      `Kandidaat ${codeWith} heeft interesse in de vacature ‘${vacancyTitle}’. Bekijk de match en laat weten of jullie ook interesse hebben.`,
    );
    expect(shown.textEn).toContain(`Candidate ${codeWith} is interested in the vacancy ‘${vacancyTitle}’`);
    // The one who acted is not told of their own step; the candidate's own employer hears nothing of it.
    expect(await kinds(seeker, caseId)).toEqual([]);
    expect(await kinds(hrOwn, caseId)).toEqual([]);

    expectData(await gql(RESPOND('Employer'), { input }, hrHost));
    const asked = (await notices(seeker, caseId)).find((n) => n.kind === 'MATCH_CONSENT_ASKED')!;
    expect(asked.textNl).toContain(`${hostName} vraagt of ze mogen weten wie de kandidaat is`);
    expect(await kinds(hrHost, caseId)).toEqual(['MATCH_CONSENT_ASKED', 'MATCH_INTEREST_SHOWN']);
    // The employer has answered: "say whether you are interested too" is no longer news (read, still listed).
    const unread = async (actor: Actor) =>
      (await notices(actor, caseId)).filter((n) => n.readAt === null).map((n) => n.kind);
    expect(await unread(hrHost)).toEqual(['MATCH_CONSENT_ASKED']);
    // The candidate answers for themself, so their HR lead is not asked to gather the consent.
    expect(await kinds(hrOwn, caseId)).toEqual([]);

    expectData(await gql(CONSENT, { id: caseId, consent: 'GIVEN' }, seeker));
    const introduced = (await notices(hrHost, caseId)).find((n) => n.kind === 'MATCH_INTRODUCED')!;
    expect(introduced.textNl).toContain('heeft toestemming gegeven: je kunt nu zien wie het is');
    expect(await kinds(seeker, caseId)).toEqual(['MATCH_CONSENT_ASKED', 'MATCH_INTRODUCED']);
    expect(await unread(seeker)).toEqual(['MATCH_INTRODUCED']);

    expectData(await gql(OUTCOME, { id: caseId }, hrHost));
    const outcome = (await notices(seeker, caseId)).find((n) => n.kind === 'MATCH_OUTCOME_RECORDED')!;
    expect(outcome.textNl).toContain('is vastgelegd: werkervaringsplek');
    expect(outcome.textEn).toContain('has been recorded: work experience placement');
    expect(await kinds(hrOwn, caseId)).toEqual(['MATCH_OUTCOME_RECORDED']);
    // Nothing names the person to the other employer: only the public code.
    const names = await f.query<{ full_name: string }>(
      `SELECT full_name FROM candidate_identity WHERE candidate_id = $1`,
      [withAccount],
    );
    for (const n of await notices(hrHost, caseId)) {
      for (const { full_name } of names) expect(n.textNl).not.toContain(full_name);
    }
  });

  it('for a candidate without an account their own HR lead hears what they are asked, and a no after a yes closes the match for the other side', async () => {
    const input = { candidateId: without, vacancyId, interested: true };
    const id = expectData(await gql(RESPOND('Employer'), { input }, hrHost)).respondToMatchAsEmployer.id;
    const [own] = await notices(hrOwn, id);
    expect(own.kind).toBe('MATCH_INTEREST_SHOWN');
    expect(own.textNl).toContain(`${hostName} heeft interesse in kandidaat ${codeWithout}`);

    expectData(await gql(RESPOND('Candidate'), { input }, hrOwn));
    expect(await kinds(hrOwn, id)).toEqual(['MATCH_CONSENT_ASKED', 'MATCH_INTEREST_SHOWN']);

    const no = { ...input, interested: false, reason: 'Reistijd is toch te lang' };
    expectData(await gql(RESPOND('Candidate'), { input: no }, hrOwn));
    const withdrawn = (await notices(hrHost, id)).find((n) => n.kind === 'MATCH_WITHDRAWN')!;
    expect(withdrawn.textNl).toBe(
      `Kandidaat ${codeWithout} heeft geen interesse meer in de vacature ‘${vacancyTitle}’; de match is gesloten.`,
    );
    // The reason is the candidate's; the employer is told the match is off, not why.
    expect(withdrawn.textNl).not.toContain('Reistijd');
  });

  it('a candidate who stops taking part suspends their agreed placement, and the host is told', async () => {
    const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const terms = {
      candidateId: withAccount,
      hostEmployerId: hostId,
      kind: 'SECONDMENT',
      startDate: start,
      endDate: new Date(Date.parse(start) + 56 * 86_400_000).toISOString().slice(0, 10),
      hoursPerWeek: 16,
      ...placementAgreement(),
    };
    const placementId = expectData(await gql(PROPOSE, { input: terms }, hrOwn)).proposePlacement.id;
    for (const actor of [hrOwn, hrHost, seeker]) expectData(await gql(AGREE, { id: placementId }, actor));
    expect(expectData(await gql(PLACEMENT, { id: placementId }, hrHost)).placement.status).toBe('AGREED');

    expectData(await gql(PROFILE_CONSENT, { id: withAccount, given: false }, seeker));
    const read = expectData(await gql(PLACEMENT, { id: placementId }, hrOwn));
    expect(read.placement.status).toBe('PROPOSED');
    expect(read.placement.candidateConsented).toBe(false);
    expect(read.placementHistory.map((h: { event: string }) => h.event)).toContain('SUSPENDED');
    const suspended = await f.query<{ text_nl: string }>(
      `SELECT text_nl FROM notification WHERE subject_id = $1 AND kind = 'PLACEMENT_SUSPENDED'
         AND recipient_employer_id = $2`,
      [placementId, hostId],
    );
    expect(suspended).toHaveLength(1);
    expect(suspended[0].text_nl).toContain('de detachering is opgeschort tot de kandidaat opnieuw instemt');
    const consent = await f.query(
      `SELECT 1 FROM consent_record WHERE placement_id = $1 AND kind = 'PLACEMENT' AND withdrawn_at IS NULL`,
      [placementId],
    );
    expect(consent).toEqual([]);
  });
});
