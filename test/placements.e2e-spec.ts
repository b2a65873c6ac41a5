import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { localDateText, Role, Sector } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import request from 'supertest';
import { Actor, Fixtures } from './support/fixtures';
import { createVacancy, expectData, expectError } from './support/helpers-auth';
import {
  createMatchableCandidate,
  openVacancy,
  secondmentVacancyInput,
  waitForPairsListed,
} from './support/helpers-matching';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * A secondment end to end: an HR lead proposes it from an introduced match, the worker proposes dates and hours,
 * host and candidate agree, the ledger shows it, and a change that causes a conflict is reported to the parties.
 * Own database and queue prefix. The tests build on each other, in order.
 */
const REGION = 'AM27';
const FIELDS = `id status kind startDate endDate hoursPerWeek requestedHoursPerWeek planWarnings planProblem
  lenderAgreed hostAgreed candidateConsented conflicts { kind blocking placementIds explanationNl }`;

describe('placements', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hrLender: Actor;
  let hrHost: Actor;
  let hrOther: Actor;
  let rmt: Actor;
  let jobSeeker: Actor;
  let lenderId: string;
  let hostId: string;
  let otherId: string;
  let candidateId: string;
  let vacancyId: string;
  let matchCaseId: string;
  let placementId: string;

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);
  const placement = async (actor: Actor, id = placementId) =>
    expectData(await gql(`query($id: ID!) { placement(id: $id) { ${FIELDS} } }`, { id }, actor)).placement;
  /** What the placement offers this party to do now. */
  const actions = async (actor: Actor, id = placementId) =>
    expectData(await gql(`query($id: ID!) { placement(id: $id) { availableActions } }`, { id }, actor))
      .placement.availableActions;
  const terms = (overrides: Record<string, unknown> = {}) => ({
    purpose: 'GAIN_EXPERIENCE',
    contractHoursPerWeek: 32,
    ownWorkHoursPerWeek: 8,
    salaryPaidBy: 'LENDING_EMPLOYER',
    travelCostsReimbursed: true,
    travelCostsPaidBy: 'HOST_EMPLOYER',
    insuranceNote: 'Valt onder de no-riskpolis.',
    returnOption: true,
    lendingContact: 'P. Jansen, HR',
    hostContact: 'M. de Boer, teamleider',
    ...overrides,
  });

  beforeAll(async () => {
    database = await createMigratedTestDatabase('placements');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-placements-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    lenderId = (await f.employer(REGION, Sector.CARE)).id;
    hostId = (await f.employer(REGION, Sector.CARE)).id;
    otherId = (await f.employer(REGION, Sector.RETAIL)).id;
    hrLender = await f.actor(Role.HR_LEAD, { employerId: lenderId });
    hrHost = await f.actor(Role.HR_LEAD, { employerId: hostId });
    hrOther = await f.actor(Role.HR_LEAD, { employerId: otherId });
    rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const pc4 = await f.pc4(REGION);
    const skills = await f.skillIds(4);
    candidateId = await createMatchableCandidate(t, f, hrLender.token, { pc4, skills });
    jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId });
    vacancyId = await createVacancy(t, hrHost.token, await secondmentVacancyInput(f, { pc4, skills }));
    await openVacancy(t, hrHost.token, vacancyId);
    worker = await createTestWorker(overrides);
    await waitForPairsListed(f, [candidateId], vacancyId, 60_000);
    const RESPOND = (side: string) =>
      `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id state } }`;
    expectData(
      await gql(RESPOND('Candidate'), { input: { candidateId, vacancyId, interested: true } }, jobSeeker),
    );
    matchCaseId = expectData(
      await gql(RESPOND('Employer'), { input: { candidateId, vacancyId, interested: true } }, hrHost),
    ).respondToMatchAsEmployer.id;
    const consent = expectData(
      await gql(
        `mutation($id: ID!) { answerIntroductionConsent(matchCaseId: $id, consent: GIVEN) { state } }`,
        { id: matchCaseId },
        jobSeeker,
      ),
    );
    expect(consent.answerIntroductionConsent.state).toBe('INTRODUCED');
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  const FROM_MATCH = `mutation($m: ID!, $input: PlacementTermsInput!) { proposePlacementFromMatch(matchCaseId: $m, input: $input) { ${FIELDS} } }`;

  it('an HR lead proposes a secondment from the match; the worker proposes dates and hours', async () => {
    expectError(
      await gql(FROM_MATCH, { m: matchCaseId, input: terms({ ownWorkHoursPerWeek: 32 }) }, hrLender),
      'BAD_USER_INPUT',
    );
    expectError(await gql(FROM_MATCH, { m: matchCaseId, input: terms() }, jobSeeker), 'FORBIDDEN');
    const proposed = expectData(
      await gql(FROM_MATCH, { m: matchCaseId, input: terms() }, hrLender),
    ).proposePlacementFromMatch;
    placementId = proposed.id;
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      kind: 'SECONDMENT',
      requestedHoursPerWeek: 20,
      startDate: null,
    });
    const planned = await eventually(
      'the worker’s proposal',
      () => placement(hrLender),
      (p) => p.startDate !== null,
      30_000,
    );
    // A secondment needs two weeks' lead time; 20 hours fit beside 8 own hours in a 32-hour contract.
    const earliest = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(planned.startDate >= earliest).toBe(true);
    expect(planned).toMatchObject({ hoursPerWeek: 20, conflicts: [] });
    const notes = expectData(
      await gql(`{ myNotifications { kind textNl subjectId } }`, {}, jobSeeker),
    ).myNotifications;
    expect(notes.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['PLACEMENT_PROPOSED', 'PLACEMENT_PLANNED']),
    );
  });

  it('only the parties and the region’s team see it; host, lender and candidate agree', async () => {
    expectError(
      await gql(`query($id: ID!) { placement(id: $id) { id } }`, { id: placementId }, hrOther),
      'NOT_FOUND',
    );
    expect((await placement(rmt)).status).toBe('PROPOSED');
    // Each side is offered its own steps, the ones the placement rules accept now.
    expect(await actions(hrHost)).toEqual(['AGREE', 'DECLINE', 'CHANGE_TERMS', 'CANCEL']);
    expect(await actions(jobSeeker)).toEqual(['AGREE', 'DECLINE']);
    expect(await actions(rmt)).toEqual(['CHANGE_TERMS', 'CANCEL']);
    const AGREE = `mutation($id: ID!) { agreeToPlacement(id: $id) { status lenderAgreed hostAgreed candidateConsented } }`;
    expectError(await gql(AGREE, { id: placementId }, rmt), 'CONFLICT');
    expect(expectData(await gql(AGREE, { id: placementId }, hrHost)).agreeToPlacement).toMatchObject({
      status: 'PROPOSED',
      hostAgreed: true,
    });
    expect(expectData(await gql(AGREE, { id: placementId }, jobSeeker)).agreeToPlacement).toMatchObject({
      candidateConsented: true,
    });
    expect(expectData(await gql(AGREE, { id: placementId }, hrLender)).agreeToPlacement).toMatchObject({
      status: 'AGREED',
    });
    const history = expectData(
      await gql(
        `query($id: ID!) { placementHistory(id: $id) { event actorRole toStatus } }`,
        { id: placementId },
        rmt,
      ),
    );
    expect(history.placementHistory.map((e: { event: string }) => e.event)).toEqual([
      'PROPOSED',
      'PLANNED',
      'HOST_AGREED',
      'CANDIDATE_CONSENTED',
      'LENDER_AGREED',
    ]);
    // Agreed, before the start date: nobody can start it yet; the candidate may still withdraw their consent.
    expect(await actions(jobSeeker)).toEqual(['WITHDRAW_CONSENT', 'DECLINE']);
    expect(await actions(hrHost)).toEqual(['DECLINE', 'CHANGE_TERMS', 'CANCEL']);
    expectError(
      await gql(`mutation($id: ID!) { startPlacement(id: $id) { status } }`, { id: placementId }, hrHost),
      'CONFLICT',
    );
  });

  it('the ledger shows it: the region for the team, one employer for its HR lead, as CSV too', async () => {
    const p = await placement(rmt);
    const [from, to] = [p.startDate.slice(0, 8) + '01', p.endDate];
    const LEDGER = `query($from: LocalDate!, $to: LocalDate!) { reciprocityLedger(from: $from, to: $to) {
      csvUrl periods employers { period employerId hoursLent hoursBorrowed balance } pairs { lendingEmployerId hostEmployerId hours } } }`;
    const ledger = expectData(await gql(LEDGER, { from, to }, rmt)).reciprocityLedger;
    const lent = ledger.employers
      .filter((r: { employerId: string }) => r.employerId === lenderId)
      .reduce((s: number, r: { hoursLent: number }) => s + r.hoursLent, 0);
    const days = (Date.parse(p.endDate) - Date.parse(p.startDate)) / 86_400_000 + 1;
    expect(lent).toBeCloseTo((20 * days) / 7, 0);
    const borrowed = ledger.employers
      .filter((r: { employerId: string }) => r.employerId === hostId)
      .reduce((s: number, r: { hoursBorrowed: number }) => s + r.hoursBorrowed, 0);
    expect(borrowed).toBeCloseTo(lent, 1);
    const own = expectData(await gql(LEDGER, { from, to }, hrOther)).reciprocityLedger;
    expect(own.employers).toEqual([]);
    // A name that a spreadsheet would run as a formula must arrive as text (OWASP CSV injection).
    const [{ name }] = await f.query(`SELECT name FROM employer WHERE id = $1`, [hostId]);
    await f.query(`UPDATE employer SET name = $2 WHERE id = $1`, [
      hostId,
      '=HYPERLINK("http://evil.example","klik")',
    ]);
    const csv = await request(t.app.getHttpServer())
      .get(ledger.csvUrl)
      .set('authorization', `Bearer ${hrHost.token}`);
    await f.query(`UPDATE employer SET name = $2 WHERE id = $1`, [hostId, name]);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(`,${hostId},"'=HYPERLINK(""http://evil.example"",""klik"")",`);
    expect(csv.text).not.toMatch(/(^|,)"?=/m);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toBe(
      'period,employer_id,employer,hours_lent,hours_borrowed,balance,cumulative_balance,placements_lent,placements_borrowed',
    );
    expect(csv.text).toContain(hostId);
    expect(csv.text).not.toContain(lenderId + ',');
  });

  it('a change that causes a conflict is reported on both placements and to the parties', async () => {
    const p = await placement(hrLender);
    const PROPOSE = `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { ${FIELDS} } }`;
    // A work-experience placement elsewhere, with dates that overlap the secondment.
    const second = expectData(
      await gql(
        PROPOSE,
        {
          input: {
            ...terms(),
            candidateId,
            hostEmployerId: otherId,
            kind: 'WORK_EXPERIENCE',
            startDate: p.startDate,
            endDate: p.startDate,
            hoursPerWeek: 8,
          },
        },
        hrLender,
      ),
    ).proposePlacement;
    expect(second.conflicts.map((c: { kind: string }) => c.kind)).toContain('OVERLAPPING_PLACEMENTS');
    // Dates as people read them, not as the database stores them.
    const overlap = second.conflicts.find((c: { kind: string }) => c.kind === 'OVERLAPPING_PLACEMENTS');
    expect(overlap.explanationNl).toContain(localDateText(p.startDate, 'nl'));
    expect(overlap.explanationNl).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Nobody can complete the agreement while the conflict stands.
    const AGREE = `mutation($id: ID!) { agreeToPlacement(id: $id) { status } }`;
    expectData(await gql(AGREE, { id: second.id }, hrOther));
    expectError(await gql(AGREE, { id: second.id }, jobSeeker), 'CONFLICT');
    const first = await placement(hrHost);
    expect(first.conflicts).toContainEqual(
      expect.objectContaining({
        kind: 'OVERLAPPING_PLACEMENTS',
        blocking: true,
        placementIds: [placementId, second.id].sort(),
      }),
    );
    const hostNotes = expectData(
      await gql(`{ myNotifications(unreadOnly: true) { id kind subjectId } }`, {}, hrHost),
    ).myNotifications;
    expect(hostNotes).toContainEqual(
      expect.objectContaining({ kind: 'PLACEMENT_CONFLICT', subjectId: placementId }),
    );
    expect(expectData(await gql(`{ unreadNotificationCount }`, {}, hrHost)).unreadNotificationCount).toBe(
      hostNotes.length,
    );
    // Moving the new one before the secondment resolves both (after it would run past the contract end).
    const before = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const moved = expectData(
      await gql(
        `mutation($id: ID!, $input: ChangePlacementTermsInput!) { changePlacementTerms(id: $id, input: $input) { ${FIELDS} } }`,
        {
          id: second.id,
          input: { ...terms(), kind: 'WORK_EXPERIENCE', startDate: before, endDate: before, hoursPerWeek: 8 },
        },
        hrLender,
      ),
    ).changePlacementTerms;
    expect(moved.conflicts).toEqual([]);
    expect((await placement(hrHost)).conflicts).toEqual([]);
    const unreadCount = async (): Promise<number> =>
      expectData(await gql(`{ unreadNotificationCount }`, {}, hrHost)).unreadNotificationCount;
    const unreadBefore = await unreadCount();
    const read = expectData(
      await gql(
        `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
        { ids: hostNotes.map((n: { id: string }) => n.id) },
        hrHost,
      ),
    );
    expect(read.markNotificationsRead).toBe(hostNotes.length);
    expect(await unreadCount()).toBe(unreadBefore - hostNotes.length);
  });

  it('runs to the end with evaluations and a follow-up', async () => {
    await f.query(
      `UPDATE placement SET start_date = current_date - 7, end_date = current_date + 30 WHERE id = $1`,
      [placementId],
    );
    expect(
      expectData(
        await gql(`mutation($id: ID!) { startPlacement(id: $id) { status } }`, { id: placementId }, hrHost),
      ).startPlacement.status,
    ).toBe('ACTIVE');
    const ended = expectData(
      await gql(
        `mutation($id: ID!) { endPlacement(id: $id) { status endDate } }`,
        { id: placementId },
        hrLender,
      ),
    ).endPlacement;
    // Ended early: the end date (and so the ledger) follows what happened.
    expect(ended).toEqual({ status: 'ENDED', endDate: new Date().toISOString().slice(0, 10) });
    const EVAL = `mutation($id: ID!, $e: String!) { evaluatePlacement(id: $id, evaluation: $e) { hostEvaluation candidateEvaluation } }`;
    expectError(await gql(EVAL, { id: placementId, e: 'Bel 0612345678' }, hrHost), 'BAD_USER_INPUT');
    expectData(await gql(EVAL, { id: placementId, e: 'Zelfstandig en betrokken.' }, hrHost));
    expect(
      expectData(await gql(EVAL, { id: placementId, e: 'Veel geleerd.' }, jobSeeker)).evaluatePlacement,
    ).toEqual({
      hostEvaluation: 'Zelfstandig en betrokken.',
      candidateEvaluation: 'Veel geleerd.',
    });
    // Hired by the host: the hire's terms come with it, and the candidate leaves the active pool.
    const FOLLOW_UP = `mutation($id: ID!, $hire: HireTermsInput) { recordPlacementFollowUp(id: $id, followUp: HIRED, hire: $hire) { status } }`;
    expectError(await gql(FOLLOW_UP, { id: placementId }, hrHost), 'BAD_USER_INPUT', {
      reason: 'HIRE_TERMS_REQUIRED',
    });
    const startedOn = new Date().toISOString().slice(0, 10);
    expectError(
      await gql(
        FOLLOW_UP,
        { id: placementId, hire: { contractType: 'FIXED_TERM', startedOn, hoursPerWeek: 60 } },
        hrHost,
      ),
      'BAD_USER_INPUT',
    );
    const followUp = expectData(
      await gql(FOLLOW_UP, { id: placementId, hire: { contractType: 'FIXED_TERM', startedOn } }, hrHost),
    );
    expect(followUp.recordPlacementFollowUp.status).toBe('ENDED');
    const [hire] = await f.query<{ source: string; employer_id: string; status: string }>(
      `SELECT h.source, h.employer_id, c.status FROM hire h JOIN candidate_profile c ON c.id = h.candidate_id
        WHERE h.candidate_id = (SELECT candidate_id FROM placement WHERE id = $1)`,
      [placementId],
    );
    expect(hire).toEqual({ source: 'PLACEMENT', employer_id: hostId, status: 'PLACED' });
    expect(await actions(hrHost)).toEqual(['EVALUATE', 'FOLLOW_UP']);
    expect(await actions(hrLender)).toEqual(['FOLLOW_UP']);
    expect(await actions(jobSeeker)).toEqual(['EVALUATE']);
  });
});
