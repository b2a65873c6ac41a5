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
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * The worker's proposal of dates for a placement made from a match: never before the vacancy starts; and when it
 * finds none, the cause in Dutch and English with its figures — the contract's end date only for those who may
 * know it. Own database and queue prefix.
 */
const REGION = 'AM27';
const PLACEMENT = `query($id: ID!) { placement(id: $id) {
  status startDate endDate planProblem planProblemText { nl en } } }`;
const FROM_MATCH = `mutation($m: ID!, $input: PlacementTermsInput!) {
  proposePlacementFromMatch(matchCaseId: $m, input: $input) { id } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('placement planning from a match', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hrLender: Actor;
  let hrHost: Actor;
  let seeker: Actor;
  let candidateId: string;
  let pc4: string;
  let skills: string[];

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);
  const terms = placementAgreement({ ownWorkHoursPerWeek: 8 });

  /** A secondment vacancy starting on `startDate`, matched and introduced, and a placement proposed from it. */
  async function placementFor(startDate: string): Promise<string> {
    const caseId = await introducedFor(startDate);
    return expectData(await gql(FROM_MATCH, { m: caseId, input: terms }, hrLender)).proposePlacementFromMatch
      .id;
  }

  /** A secondment vacancy starting on `startDate`, matched and introduced: the match case. */
  async function introducedFor(startDate: string): Promise<string> {
    const input = await secondmentVacancyInput(
      f,
      { pc4, skills },
      { startDate, title: `Detachering ${startDate}` },
    );
    const vacancyId = await createVacancy(t, hrHost.token, input);
    await openVacancy(t, hrHost.token, vacancyId);
    await waitForPairsListed(f, [candidateId], vacancyId, 60_000);
    const respond = (side: string) =>
      `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id } }`;
    const answer = { candidateId, vacancyId, interested: true };
    expectData(await gql(respond('Candidate'), { input: answer }, seeker));
    const caseId = expectData(await gql(respond('Employer'), { input: answer }, hrHost))
      .respondToMatchAsEmployer.id;
    expectData(
      await gql(
        `mutation($id: ID!) { answerIntroductionConsent(matchCaseId: $id, consent: GIVEN) { state } }`,
        { id: caseId },
        seeker,
      ),
    );
    return caseId;
  }

  beforeAll(async () => {
    database = await createMigratedTestDatabase('placement_planning');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-placement-planning-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const lender = await f.employer(REGION, Sector.CARE);
    const host = await f.employer(REGION, Sector.CARE);
    hrLender = await f.actor(Role.HR_LEAD, { employerId: lender.id });
    hrHost = await f.actor(Role.HR_LEAD, { employerId: host.id });
    pc4 = await f.pc4(REGION);
    skills = await f.skillIds(4);
    // The contract ends in 300 days (createMatchableCandidate).
    candidateId = await createMatchableCandidate(t, f, hrLender.token, { pc4, skills });
    seeker = await f.actor(Role.JOB_SEEKER, { candidateId });
    worker = await createTestWorker(overrides);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('proposes a start no earlier than the vacancy’s start date', async () => {
    const vacancyStart = inDays(60);
    const id = await placementFor(vacancyStart);
    const planned = await eventually(
      'the worker’s proposal',
      async () => expectData(await gql(PLACEMENT, { id }, hrLender)).placement,
      (p) => p.startDate !== null || p.planProblem !== null,
      30_000,
    );
    expect(planned.planProblem).toBeNull();
    // Two weeks' lead time alone would allow a start in 14 days; the vacancy starts in 60.
    expect(planned.startDate).toBe(vacancyStart);
    const history = expectData(
      await gql(`query($id: ID!) { placementHistory(id: $id) { event noteText { nl en } } }`, { id }, hrHost),
    ).placementHistory;
    const note = history.find((e: { event: string }) => e.event === 'PLANNED').noteText;
    const day = (language: string) =>
      new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(
        new Date(`${vacancyStart}T12:00:00Z`),
      );
    expect(note.nl).toMatch(new RegExp(`^${day('nl-NL')} – .+, \\d+ uur per week$`));
    expect(note.en).toMatch(new RegExp(`^${day('en-GB')} – .+, \\d+ hours a week$`));
  });

  it('refuses a start agreed by hand before the vacancy starts, and takes one on its first day', async () => {
    const vacancyStart = inDays(45);
    const caseId = await introducedFor(vacancyStart);
    const dated = (startDate: string) => ({
      ...terms,
      startDate,
      endDate: inDays(120),
      hoursPerWeek: 16,
    });
    const early = await gql(FROM_MATCH, { m: caseId, input: dated(inDays(30)) }, hrLender);
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TERMS_START_BEFORE_VACANCY',
      field: 'startDate',
    });
    expect(early.errors?.[0]?.extensions?.messageNl).toContain('vacature');
    const onTime = await gql(FROM_MATCH, { m: caseId, input: dated(vacancyStart) }, hrLender);
    const id = expectData(onTime).proposePlacementFromMatch.id;
    // Nor can the start be moved before the vacancy afterwards, even with an earlier "not before".
    const moved = await gql(
      `mutation($id: ID!, $input: ChangePlacementTermsInput!) { changePlacementTerms(id: $id, input: $input) { id } }`,
      { id, input: { startDate: inDays(30), notBefore: inDays(20) } },
      hrLender,
    );
    expect(moved.errors?.[0]?.extensions).toMatchObject({ reason: 'TERMS_START_BEFORE_VACANCY' });
    const stored = expectData(await gql(PLACEMENT, { id }, hrLender)).placement;
    expect(stored.startDate).toBe(vacancyStart);
  });

  it('names the real cause when no dates fit, in both languages, the contract end only for the lender', async () => {
    const vacancyStart = inDays(400);
    const id = await placementFor(vacancyStart);
    const forLender = await eventually(
      'the worker’s answer',
      async () => expectData(await gql(PLACEMENT, { id }, hrLender)).placement,
      (p) => p.planProblemText !== null,
      30_000,
    );
    const contractEnd = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(`${inDays(300)}T12:00:00Z`));
    const start = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${vacancyStart}T12:00:00Z`),
    );
    expect(forLender.planProblemText.nl).toBe(
      `het contract van de kandidaat eindigt op ${contractEnd} vóór de vroegst mogelijke start op ${start} (door de gevraagde startdatum, zoals die van de vacature); kies eerdere data als dat kan`,
    );
    expect(forLender.planProblemText.en).toContain('because of the requested start date');
    const forHost = expectData(await gql(PLACEMENT, { id }, hrHost)).placement;
    expect(forHost.planProblemText.nl).toContain(`eindigt vóór de vroegst mogelijke start op ${start}`);
    expect(forHost.planProblemText.nl).not.toContain(contractEnd);
    const hostNotices = await f.query<{ text_nl: string; text_en: string }>(
      `SELECT text_nl, text_en FROM notification WHERE subject_id = $1 AND kind = 'PLACEMENT_NOT_PLANNED'`,
      [id],
    );
    expect(hostNotices.length).toBeGreaterThan(0);
    for (const notice of hostNotices) {
      expect(notice.text_nl).toContain(
        'Er konden geen data worden gevonden voor de detachering: het contract',
      );
      expect(notice.text_nl).not.toContain(contractEnd);
      expect(notice.text_en).toContain('No dates could be found for the secondment: the candidate');
    }
  });
});
