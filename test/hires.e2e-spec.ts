import { addMonths, Role, type Viewer } from '@werkbrug/core';
import { addDays, HiresService, regionToday, TrajectoryFactsService } from '@werkbrug/trajectories';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
} from './support/helpers-auth';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Hires and follow-ups: a hire takes the candidate out of the active pool and schedules the questions at three
 * and six months; the worker reminds while nobody answers, and an answer is only taken once it is due. The clock
 * is moved by giving the service its `today` and `now`, as the worker's round does. In order.
 */
const REGION = 'AM15';
const HIRE_FIELDS = `id candidatePublicCode employerName selfEmployed external contractType startedOn durationMonths source
  followUps { id months dueOn status counsellorUserId answeredOn stillEmployed sameEmployer reminderCount }`;
const RECORD = `mutation($input: RecordHireInput!) { recordHire(input: $input) { ${HIRE_FIELDS} } }`;

describe('hires and follow-ups', () => {
  let t: TestApp;
  let f: Fixtures;
  let own: EmployerWithHrLead;
  let host: EmployerWithHrLead;
  let counsellor: Actor;
  let jobSeeker: Actor;
  let admin: Actor;
  let candidateId: string;
  let trajectoryId: string;
  let hire: { id: string; followUps: { id: string; months: number; dueOn: string }[] };
  const today = regionToday();
  const startedOn = addDays(today, 14);
  const hrViewer = (): Viewer => ({
    role: Role.HR_LEAD,
    userId: own.hr.userId,
    employerId: own.employer.id,
    regionCode: REGION,
  });

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    own = await employerWithHrLead(f, REGION);
    host = await employerWithHrLead(f, REGION);
    counsellor = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    admin = await f.actor(Role.ADMINISTRATOR);
    candidateId = await createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4));
    await changeCandidateStatus(t, own.hr.token, candidateId, 'ACTIVE');
    jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId });
    trajectoryId = expectData(
      await t.gql(
        `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) { id } }`,
        {
          input: { candidateId, kind: 'WORK_TO_WORK', counsellorUserId: counsellor.userId, startedOn: today },
        },
        counsellor.token,
      ),
    ).openTrajectory.id;
  });

  afterAll(() => t.close());

  it('asks for exactly one hiring employer, and a contract unless self-employed', async () => {
    const base = { candidateId, startedOn, source: 'MATCH', contractType: 'FIXED_TERM' };
    expectError(await t.gql(RECORD, { input: base }, own.hr.token), 'BAD_USER_INPUT', {
      reason: 'HIRE_EMPLOYER_REQUIRED',
    });
    expectError(
      await t.gql(
        RECORD,
        { input: { ...base, employerId: host.employer.id, selfEmployed: true } },
        own.hr.token,
      ),
      'BAD_USER_INPUT',
      { reason: 'HIRE_EMPLOYER_REQUIRED' },
    );
    expectError(
      await t.gql(
        RECORD,
        { input: { ...base, contractType: null, employerId: host.employer.id } },
        own.hr.token,
      ),
      'BAD_USER_INPUT',
      { reason: 'HIRE_CONTRACT_TYPE_REQUIRED' },
    );
    expectError(
      await t.gql(RECORD, { input: { ...base, employerId: host.employer.id } }, host.hr.token),
      'FORBIDDEN',
      { reason: 'ONLY_OWN_EMPLOYER_OR_TEAM' },
    );
    expectError(
      await t.gql(RECORD, { input: { ...base, employerId: host.employer.id } }, jobSeeker.token),
      'FORBIDDEN',
      { reason: 'ONLY_OWN_EMPLOYER_OR_TEAM' },
    );
  });

  it('records a hire elsewhere: out of the active pool, with follow-ups at three and six months for the counsellor', async () => {
    hire = expectData(
      await t.gql(
        RECORD,
        {
          input: {
            candidateId,
            employerId: host.employer.id,
            contractType: 'FIXED_TERM',
            durationMonths: 12,
            startedOn,
            source: 'MATCH',
          },
        },
        own.hr.token,
      ),
    ).recordHire;
    expect(hire).toMatchObject({
      employerName: host.employer.name,
      external: true,
      selfEmployed: false,
      followUps: [
        {
          months: 3,
          dueOn: addMonths(startedOn, 3),
          status: 'UPCOMING',
          counsellorUserId: counsellor.userId,
          answeredOn: null,
        },
        {
          months: 6,
          dueOn: addMonths(startedOn, 6),
          status: 'UPCOMING',
          counsellorUserId: counsellor.userId,
          answeredOn: null,
        },
      ],
    });
    const profile = expectData(
      await t.gql(
        `query($id: ID!) { candidateProfile(id: $id) { status } }`,
        { id: candidateId },
        own.hr.token,
      ),
    ).candidateProfile;
    expect(profile.status).toBe('PLACED');
  });

  it('shows the hire to the team, the HR leads it came from and the person, and to nobody else', async () => {
    const seen = async (actor: Actor) =>
      expectData(
        await t.gql(
          `query($id: ID) { recordedHires(candidateId: $id) { id } }`,
          { id: candidateId },
          actor.token,
        ),
      ).recordedHires.length;
    await expect(seen(counsellor)).resolves.toBe(1);
    await expect(seen(own.hr)).resolves.toBe(1);
    await expect(seen(jobSeeker)).resolves.toBe(1);
    await expect(seen(host.hr)).resolves.toBe(0);
    await expect(seen(admin)).resolves.toBe(0);
  });

  it('takes no answer before a follow-up is due, and one once it is', async () => {
    const hires = t.app.get(HiresService);
    const [threeMonths] = hire.followUps;
    expectError(
      await t.gql(
        `mutation($id: ID!) { answerFollowUp(id: $id, input: { stillEmployed: true }) { status } }`,
        { id: threeMonths.id },
        own.hr.token,
      ),
      'CONFLICT',
      { reason: 'FOLLOW_UP_NOT_DUE' },
    );
    const answered = await hires.answerFollowUp(
      hrViewer(),
      threeMonths.id,
      { stillEmployed: true, sameEmployer: true, note: 'Werkt er met plezier.' },
      {},
      threeMonths.dueOn,
    );
    await expect(
      hires.answerFollowUp(hrViewer(), threeMonths.id, { stillEmployed: false }, {}, threeMonths.dueOn),
    ).rejects.toMatchObject({ details: { reason: 'FOLLOW_UP_ALREADY_ANSWERED' } });
    expect(answered).toMatchObject({
      status: 'ANSWERED',
      stillEmployed: true,
      sameEmployer: true,
      answeredOn: threeMonths.dueOn,
    });
  });

  it('reminds about a due, unanswered follow-up once, and again after two weeks of silence', async () => {
    const hires = t.app.get(HiresService);
    const sixMonths = hire.followUps[1];
    const reminders = async () =>
      (
        await f.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM notification WHERE subject_id = $1 AND recipient_region_code = $2`,
          [sixMonths.id, REGION],
        )
      )[0].n;
    const dueDay = new Date(`${sixMonths.dueOn}T09:00:00Z`);
    await hires.remindDue(new Date(dueDay.getTime() - 86_400_000));
    await expect(reminders()).resolves.toBe(0);
    await hires.remindDue(dueDay);
    await expect(reminders()).resolves.toBe(1);
    await hires.remindDue(new Date(dueDay.getTime() + 13 * 86_400_000));
    await expect(reminders()).resolves.toBe(1);
    await hires.remindDue(new Date(dueDay.getTime() + 14 * 86_400_000));
    await expect(reminders()).resolves.toBe(2);
    // The answered three-month follow-up is never brought up.
    const [answered] = await f.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE subject_id = $1`,
      [hire.followUps[0].id],
    );
    expect(answered.n).toBe(0);
    const listed = await hires.followUps(hrViewer(), null, addDays(sixMonths.dueOn, 30));
    expect(
      listed.filter((l) => l.hireId === hire.id).map((l) => [l.months, l.status, l.reminderCount]),
    ).toEqual([
      [3, 'ANSWERED', 0],
      [6, 'DUE', 2],
    ]);
  });

  it('links the hire to the trajectory it closes', async () => {
    const closed = expectData(
      await t.gql(
        `mutation($id: ID!) { closeTrajectory(id: $id, input: { outcome: EXTERNAL_JOB, closedOn: "${today}" }) { status hireId } }`,
        { id: trajectoryId },
        counsellor.token,
      ),
    ).closeTrajectory;
    expect(closed).toEqual({ status: 'CLOSED', hireId: hire.id });
  });

  it('counts a hire for the trajectory during which it started, not for an earlier one of the same person', async () => {
    const person = await createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4));
    await changeCandidateStatus(t, own.hr.token, person, 'ACTIVE');
    const open = async (startedOn: string) =>
      expectData(
        await t.gql(
          `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) { id } }`,
          {
            input: {
              candidateId: person,
              kind: 'WORK_TO_WORK',
              counsellorUserId: counsellor.userId,
              startedOn,
            },
          },
          counsellor.token,
        ),
      ).openTrajectory.id as string;
    const first = await open(addDays(today, -60));
    expectData(
      await t.gql(
        `mutation($id: ID!, $input: CloseTrajectoryInput!) { closeTrajectory(id: $id, input: $input) { status } }`,
        {
          id: first,
          input: {
            outcome: 'STOPPED_BY_CANDIDATE',
            closedOn: addDays(today, -30),
            note: 'Koos voor een opleiding.',
          },
        },
        counsellor.token,
      ),
    );
    const second = await open(today);
    expectData(
      await t.gql(
        RECORD,
        {
          input: {
            candidateId: person,
            employerId: host.employer.id,
            contractType: 'PERMANENT',
            startedOn,
            source: 'MATCH',
          },
        },
        own.hr.token,
      ),
    );
    await t.app.get(TrajectoryFactsService).refreshCandidate(person);
    const facts = await f.query<{ trajectory_id: string; placed_on: string | null }>(
      `SELECT trajectory_id, to_char(placed_on, 'YYYY-MM-DD') AS placed_on FROM trajectory_fact WHERE candidate_id = $1`,
      [person],
    );
    expect(Object.fromEntries(facts.map((r) => [r.trajectory_id, r.placed_on]))).toEqual({
      [first]: null,
      [second]: startedOn,
    });
  });

  it('records self-employment without an employer or contract, and a hire outside Werkbrug by name', async () => {
    const other = await createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4));
    await changeCandidateStatus(t, own.hr.token, other, 'ACTIVE');
    const self = expectData(
      await t.gql(
        RECORD,
        { input: { candidateId: other, selfEmployed: true, startedOn: today, source: 'OUTSIDE' } },
        counsellor.token,
      ),
    ).recordHire;
    expect(self).toMatchObject({
      selfEmployed: true,
      external: true,
      employerName: null,
      contractType: null,
    });
    expect(
      self.followUps.every((u: { counsellorUserId: string | null }) => u.counsellorUserId === null),
    ).toBe(true);
    const third = await createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4));
    await changeCandidateStatus(t, own.hr.token, third, 'ACTIVE');
    const outside = expectData(
      await t.gql(
        RECORD,
        {
          input: {
            candidateId: third,
            employerName: 'Thuiszorgorganisatie Zuid',
            contractType: 'PERMANENT',
            startedOn: today,
            source: 'OUTSIDE',
          },
        },
        own.hr.token,
      ),
    ).recordHire;
    expect(outside).toMatchObject({
      employerName: 'Thuiszorgorganisatie Zuid',
      external: true,
      durationMonths: null,
    });
  });
});
