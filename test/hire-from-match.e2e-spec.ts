import { Role } from '@werkbrug/core';
import { MODEL_VERSION } from '@werkbrug/matching-core';
import { addDays, regionToday } from '@werkbrug/trajectories';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  createVacancy,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
  vacancyInputIn,
} from './support/helpers-auth';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A match that led to a job: its HIRED outcome records the hire at the vacancy's employer in the same step, which
 * takes the candidate out of the active pool and schedules the follow-ups. Without the hire's terms nothing is
 * recorded. In order.
 */
const REGION = 'AM23';
const OUTCOME = `mutation($id: ID!, $outcome: MatchOutcome!, $hire: HireTermsInput) {
  recordMatchOutcome(matchCaseId: $id, outcome: $outcome, hire: $hire) { state outcome } }`;

describe('a hire from a match', () => {
  let t: TestApp;
  let f: Fixtures;
  let own: EmployerWithHrLead;
  let host: EmployerWithHrLead;
  let candidateId: string;
  let caseId: string;
  const today = regionToday();

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    own = await employerWithHrLead(f, REGION);
    host = await employerWithHrLead(f, REGION);
    candidateId = await createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4));
    await changeCandidateStatus(t, own.hr.token, candidateId, 'ACTIVE');
    const vacancyId = await createVacancy(t, host.hr.token, await vacancyInputIn(f, host.pc4));
    expectData(
      await t.gql(
        `mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`,
        { id: vacancyId },
        host.hr.token,
      ),
    );
    // Scores come from the worker, which this app does not run: the pair goes on the list directly.
    await f.query(
      `INSERT INTO match_list (side, owner_id, region_code, other_ids, scores, floor_score, model_version, scored_on)
       VALUES ('CANDIDATE', $1, $2, ARRAY[$3]::uuid[], ARRAY[77]::real[], 0, $4, current_date)`,
      [candidateId, REGION, vacancyId, MODEL_VERSION],
    );
    const jobSeeker: Actor = await f.actor(Role.JOB_SEEKER, { candidateId });
    const respond = (side: string, actor: Actor) =>
      t.gql(
        `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id state } }`,
        { input: { candidateId, vacancyId, interested: true } },
        actor.token,
      );
    expectData(await respond('Candidate', jobSeeker));
    caseId = expectData(await respond('Employer', host.hr)).respondToMatchAsEmployer.id as string;
    expectData(
      await t.gql(
        `mutation($id: ID!) { answerIntroductionConsent(matchCaseId: $id, consent: GIVEN) { state } }`,
        { id: caseId },
        jobSeeker.token,
      ),
    );
  }, 60_000);

  afterAll(() => t.close());

  const hires = async () =>
    expectData(
      await t.gql(
        `query($id: ID) { recordedHires(candidateId: $id) { employerName external contractType startedOn
           durationMonths source matchCaseId followUps { months dueOn status } } }`,
        { id: candidateId },
        own.hr.token,
      ),
    ).recordedHires;
  const status = async () =>
    (
      await f.query<{ status: string }>(`SELECT status FROM candidate_profile WHERE id = $1`, [candidateId])
    )[0].status;

  it('refuses HIRED without the hire’s terms, and terms with another outcome; nothing is recorded', async () => {
    expectError(await t.gql(OUTCOME, { id: caseId, outcome: 'HIRED' }, host.hr.token), 'BAD_USER_INPUT', {
      field: 'hire',
      reason: 'HIRE_TERMS_REQUIRED',
    });
    const terms = { contractType: 'PERMANENT', startedOn: today };
    expectError(
      await t.gql(OUTCOME, { id: caseId, outcome: 'TRIAL_PLACEMENT', hire: terms }, host.hr.token),
      'BAD_USER_INPUT',
      { reason: 'HIRE_ONLY_WITH_HIRED' },
    );
    // A start too far ahead fails after the outcome was allowed: the outcome is rolled back with it.
    expectError(
      await t.gql(
        OUTCOME,
        { id: caseId, outcome: 'HIRED', hire: { ...terms, startedOn: addDays(today, 200) } },
        host.hr.token,
      ),
      'BAD_USER_INPUT',
      { field: 'startedOn' },
    );
    const [matchCase] = await f.query<{ outcome: string | null }>(
      `SELECT outcome FROM match_case WHERE id = $1`,
      [caseId],
    );
    expect(matchCase.outcome).toBeNull();
    expect(await hires()).toEqual([]);
    expect(await status()).toBe('ACTIVE');
  });

  it('records the hire at the vacancy’s employer with the outcome: the candidate leaves the pool, follow-ups follow', async () => {
    const startedOn = addDays(today, 14);
    const closed = expectData(
      await t.gql(
        OUTCOME,
        {
          id: caseId,
          outcome: 'HIRED',
          hire: { contractType: 'FIXED_TERM', startedOn, durationMonths: 12, hoursPerWeek: 24 },
        },
        host.hr.token,
      ),
    ).recordMatchOutcome;
    expect(closed).toEqual({ state: 'CLOSED', outcome: 'HIRED' });
    const [hire] = await hires();
    expect(hire).toMatchObject({
      employerName: host.employer.name,
      external: true,
      contractType: 'FIXED_TERM',
      startedOn,
      durationMonths: 12,
      source: 'MATCH',
      matchCaseId: caseId,
    });
    expect(hire.followUps.map((u: { months: number; status: string }) => [u.months, u.status])).toEqual([
      [3, 'UPCOMING'],
      [6, 'UPCOMING'],
    ]);
    expect(await status()).toBe('PLACED');
    // The same start recorded again by hand is refused, not counted twice.
    expectError(
      await t.gql(
        `mutation($input: RecordHireInput!) { recordHire(input: $input) { id } }`,
        {
          input: {
            candidateId,
            employerId: host.employer.id,
            contractType: 'FIXED_TERM',
            startedOn,
            source: 'MATCH',
          },
        },
        own.hr.token,
      ),
      'CONFLICT',
      { reason: 'HIRE_ALREADY_RECORDED' },
    );
    expect(await hires()).toHaveLength(1);
  });
});
