import { Role } from '@werkbrug/core';
import { addDays, regionToday } from '@werkbrug/trajectories';
import request from 'supertest';
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
import { activatedStaff, approvedStaff, createStaff } from './support/helpers-staff';
import { createTestApp, TestApp } from './support/test-app';

/**
 * An external re-integration adviser (role COUNSELLOR): the mobility team asks for the account and a second team
 * member approves it; the adviser chooses a password, is assigned a spoor-2 trajectory and runs it — screening with
 * the health domain, a report, a hire — while seeing nothing else of the region. After closing, the trajectory and
 * the hire's follow-ups stay theirs; the person's profile does not. The tests build on each other, in order.
 */
const REGION = 'AM21';
const HEALTH_NOTE = 'Rugklachten; fysiotherapie loopt nog.';
const TRAJECTORY = `id status healthVisible assessment { domain note } viewerMay { guide assignCounsellor }
  counsellor { id displayName }`;

describe('an external counsellor', () => {
  let t: TestApp;
  let f: Fixtures;
  let client: EmployerWithHrLead;
  let requester: Actor;
  let approver: Actor;
  let counsellor: Actor;
  let counsellorId: string;
  let candidateId: string;
  let otherCandidateId: string;
  let trajectoryId: string;
  let otherTrajectoryId: string;
  const today = regionToday();

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);
  const open = async (candidate: string, counsellorUserId: string) =>
    expectData(
      await gql(
        `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) { id } }`,
        {
          input: {
            candidateId: candidate,
            kind: 'SICKNESS_REINTEGRATION',
            counsellorUserId,
            startedOn: today,
            firstSicknessDay: addDays(today, -300),
          },
        },
        requester,
      ),
    ).openTrajectory.id as string;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    client = await employerWithHrLead(f, REGION);
    requester = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    approver = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const sick = () => candidateInputIn(f, client.pc4, { track: 'SICKNESS_REINTEGRATION' });
    candidateId = await createCandidate(t, client.hr.token, await sick());
    otherCandidateId = await createCandidate(t, client.hr.token, await sick());
    for (const id of [candidateId, otherCandidateId])
      await changeCandidateStatus(t, client.hr.token, id, 'ACTIVE');
  }, 60_000);

  afterAll(() => t.close());

  it('gets an account requested by the mobility team and approved by a second team member', async () => {
    const email = `adviseur-${f.unique('c').replace(/\W/g, '').toLowerCase()}@reintegratie.test`;
    // HR leads and job seekers cannot ask for one; the team of another region cannot either.
    const input = {
      role: 'COUNSELLOR',
      displayName: 'Karin Jansen (Re-integratie Oost)',
      email,
      regionCode: REGION,
    };
    expectError(await gql(CREATE, { input }, client.hr), 'FORBIDDEN');
    const elsewhere = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM01' });
    expectError(await gql(CREATE, { input }, elsewhere), 'FORBIDDEN');
    expectError(
      await gql(CREATE, { input: { ...input, regionCode: undefined } }, requester),
      'BAD_USER_INPUT',
      {
        reason: 'MOBILITY_TEAM_NEEDS_REGION',
      },
    );

    const requested = await createStaff(t, requester.token, input);
    expect(requested.account.status).toBe('PENDING_APPROVAL');
    expect(requested.activation).toBeNull();
    // Not the requester: a second person approves, and the code goes to them.
    expectError(await gql(APPROVE, { id: requested.account.id }, requester), 'FORBIDDEN');
    const approved = await approvedStaff(t, requested.account.id, approver.token);
    const session = await activatedStaff(t, approved);
    expect(session.user).toMatchObject({ role: 'COUNSELLOR', status: 'ACTIVE' });
    counsellorId = session.user.id;
    counsellor = { userId: counsellorId, email, token: session.accessToken };
    expect(expectData(await gql(`{ me { role regionCode } }`, {}, counsellor)).me).toEqual({
      role: 'COUNSELLOR',
      regionCode: REGION,
    });
  });

  it('is offered as a counsellor after the team, and can be assigned a trajectory', async () => {
    const { counsellors } = expectData(await gql(`{ counsellors { id role } }`, {}, requester));
    const roles = new Map(counsellors.map((c: { id: string; role: string }) => [c.id, c.role]));
    expect(roles.get(counsellorId)).toBe('COUNSELLOR');
    expect(roles.get(requester.userId)).toBe('MOBILITY_TEAM');
    // The team comes first in the list.
    expect(counsellors.at(-1).role).toBe('COUNSELLOR');
    trajectoryId = await open(candidateId, counsellorId);
    otherTrajectoryId = await open(otherCandidateId, requester.userId);
  });

  it('sees only the trajectories assigned to them, and the profile of the person they guide', async () => {
    const list = expectData(
      await gql(`{ trajectories { totalCount nodes { id } } }`, {}, counsellor),
    ).trajectories;
    expect(list).toEqual({ totalCount: 1, nodes: [{ id: trajectoryId }] });
    expectError(
      await gql(`query($id: ID!) { trajectory(id: $id) { id } }`, { id: otherTrajectoryId }, counsellor),
      'NOT_FOUND',
    );

    const profile = `query($id: ID!) { candidateProfile(id: $id) { id visibility track } }`;
    expect(expectData(await gql(profile, { id: candidateId }, counsellor)).candidateProfile).toEqual({
      id: candidateId,
      visibility: 'ANONYMISED',
      track: 'SICKNESS_REINTEGRATION',
    });
    expectError(await gql(profile, { id: otherCandidateId }, counsellor), 'NOT_FOUND');
    const listed = expectData(await gql(`{ candidateProfiles(first: 50) { nodes { id } } }`, {}, counsellor))
      .candidateProfiles.nodes;
    expect(listed).toEqual([{ id: candidateId }]);
    // Nothing else of the region: no matches, sessions, placements, figures or notifications of others.
    expect(expectData(await gql(`{ meetAndGreetSessions { id } }`, {}, counsellor))).toEqual({
      meetAndGreetSessions: [],
    });
    expectError(
      await gql(
        `query($from: LocalDate!, $to: LocalDate!) { outcomeFigures(from: $from, to: $to) { regionCode } }`,
        { from: addDays(today, -30), to: today },
        counsellor,
      ),
      'FORBIDDEN',
    );
  });

  it('runs the trajectory: screening with the health domain, which the client employer does not see', async () => {
    const screened = expectData(
      await gql(
        `mutation($id: ID!, $input: SaveScreeningInput!) { saveTrajectoryScreening(id: $id, input: $input) { ${TRAJECTORY} } }`,
        {
          id: trajectoryId,
          input: { items: [{ domain: 'HEALTH', score: 2, note: HEALTH_NOTE }], advice: 'START_TRAJECTORY' },
        },
        counsellor,
      ),
    ).saveTrajectoryScreening;
    expect(screened).toMatchObject({
      healthVisible: true,
      assessment: [{ domain: 'HEALTH', note: HEALTH_NOTE }],
      viewerMay: { guide: true, assignCounsellor: false },
      counsellor: { id: counsellorId, displayName: 'Karin Jansen (Re-integratie Oost)' },
    });
    const byClient = expectData(
      await gql(`query($id: ID!) { trajectory(id: $id) { ${TRAJECTORY} } }`, { id: trajectoryId }, client.hr),
    ).trajectory;
    expect(byClient).toMatchObject({ healthVisible: false, assessment: [] });
    // The rest of the team sees the trajectory but does not guide it.
    const byTeam = expectData(
      await gql(`query($id: ID!) { trajectory(id: $id) { ${TRAJECTORY} } }`, { id: trajectoryId }, approver),
    ).trajectory;
    expect(byTeam).toMatchObject({
      healthVisible: false,
      viewerMay: { guide: false, assignCounsellor: true },
    });
  });

  it('generates the intake report with the health details, and opens it from its link', async () => {
    const report = expectData(
      await gql(
        `mutation($id: ID!) { generateTrajectoryReport(trajectoryId: $id, kind: INTAKE) { url } }`,
        { id: trajectoryId },
        counsellor,
      ),
    ).generateTrajectoryReport;
    const html = await request(t.app.getHttpServer())
      .get(report.url)
      .set('Authorization', `Bearer ${counsellor.token}`);
    expect(html.status).toBe(200);
    expect(html.text).toContain(HEALTH_NOTE);
  });

  it('records the hire of the person they guide, and follows it up after closing', async () => {
    const hire = expectData(
      await gql(
        `mutation($input: RecordHireInput!) { recordHire(input: $input) { id followUps { id months } } }`,
        {
          input: {
            candidateId,
            employerName: 'Zorggroep Elders',
            contractType: 'FIXED_TERM',
            durationMonths: 12,
            startedOn: today,
            source: 'OUTSIDE',
          },
        },
        counsellor,
      ),
    ).recordHire;
    expect(hire.followUps.map((u: { months: number }) => u.months)).toEqual([3, 6]);
    expectError(
      await gql(
        `mutation($input: RecordHireInput!) { recordHire(input: $input) { id } }`,
        {
          input: {
            candidateId: otherCandidateId,
            employerName: 'Elders',
            contractType: 'PERMANENT',
            startedOn: today,
            source: 'OUTSIDE',
          },
        },
        counsellor,
      ),
      'NOT_FOUND',
    );

    expectData(
      await gql(
        `mutation($id: ID!, $input: CloseTrajectoryInput!) { closeTrajectory(id: $id, input: $input) { status } }`,
        { id: trajectoryId, input: { outcome: 'EXTERNAL_JOB', closedOn: today } },
        counsellor,
      ),
    );
    // The trajectory and the hire's follow-ups stay with the counsellor; the profile of someone no longer in
    // guidance does not.
    expect(
      expectData(
        await gql(`query($id: ID!) { trajectory(id: $id) { status } }`, { id: trajectoryId }, counsellor),
      ).trajectory.status,
    ).toBe('CLOSED');
    const followUps = expectData(await gql(`{ followUps { id } }`, {}, counsellor)).followUps;
    expect(followUps.map((u: { id: string }) => u.id).sort()).toEqual(
      hire.followUps.map((u: { id: string }) => u.id).sort(),
    );
    expectError(
      await gql(`query($id: ID!) { candidateProfile(id: $id) { id } }`, { id: candidateId }, counsellor),
      'NOT_FOUND',
    );
    // Not due yet: the refusal comes from the follow-up's state, not from access.
    expectError(
      await gql(
        `mutation($id: ID!) { answerFollowUp(id: $id, input: { stillEmployed: true }) { id } }`,
        { id: hire.followUps[0].id },
        counsellor,
      ),
      'CONFLICT',
    );
  });

  it('takes a trajectory’s open follow-ups along when it is handed over, and gives them up when it is handed back', async () => {
    const hire = expectData(
      await gql(
        `mutation($input: RecordHireInput!) { recordHire(input: $input) { followUps { id } } }`,
        {
          input: {
            candidateId: otherCandidateId,
            employerName: 'Gemeente Elders',
            contractType: 'PERMANENT',
            startedOn: today,
            source: 'OUTSIDE',
          },
        },
        requester,
      ),
    ).recordHire;
    const ids = (hire.followUps as { id: string }[]).map((u) => u.id).sort();
    const mine = async () =>
      (expectData(await gql(`{ followUps { id } }`, {}, counsellor)).followUps as { id: string }[])
        .map((u) => u.id)
        .filter((id) => ids.includes(id))
        .sort();
    expect(await mine()).toEqual([]);
    const assign = (to: string) =>
      gql(
        `mutation($id: ID!, $c: ID!) { assignTrajectoryCounsellor(id: $id, counsellorUserId: $c) { id } }`,
        { id: otherTrajectoryId, c: to },
        approver,
      );
    expectData(await assign(counsellorId));
    expect(await mine()).toEqual(ids);
    expectData(await assign(requester.userId));
    expect(await mine()).toEqual([]);
    expectError(
      await gql(
        `mutation($id: ID!) { answerFollowUp(id: $id, input: { stillEmployed: true }) { id } }`,
        { id: ids[0] },
        counsellor,
      ),
      'NOT_FOUND',
    );
  });

  it('loses everything with the account: a disabled counsellor is signed out', async () => {
    await f.query(`UPDATE user_account SET status = 'DISABLED', disabled_at = now() WHERE id = $1`, [
      counsellorId,
    ]);
    expectError(await gql(`{ trajectories { totalCount } }`, {}, counsellor), 'UNAUTHENTICATED');
  });
});

const CREATE = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { id } } }`;
const APPROVE = `mutation($id: ID!) { approveStaffAccount(id: $id) { account { id } } }`;
