import { Role, Sector } from '@werkbrug/core';
import { Fixtures, PASSWORD } from '@werkbrug-test/support/fixtures';
import { eventually } from '@werkbrug-test/support/helpers-infra';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  expectData,
} from '@werkbrug-test/support/helpers-auth';
import { createStaff } from '@werkbrug-test/support/helpers-staff';
import type { TestApp } from '@werkbrug-test/support/test-app';
import type { TeamAdminWorld } from './team-admin-world';

const REGION = 'AM27';
const SESSION_TITLE = 'Matchingsbijeenkomst Schoonmaak';
const PENDING_NAME = 'Noor Bakker';
const HELD_SESSION_TITLE = 'Matchingsbijeenkomst Techniek';
const COUNSELLOR_NAME = 'Sanne de Vries';
const EXTERNAL_COUNSELLOR_NAME = 'Karin Jansen (Re-integratie Oost)';

/**
 * The mobility team of the region with one session and a candidate of its own employer (asking erasure pauses
 * that profile, so no other journey's person is touched), and two administrators: one requested a mobility team
 * account that the other approves.
 */
export async function seedTeamAdminWorld(t: TestApp): Promise<TeamAdminWorld> {
  const f = new Fixtures(t);
  const team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
  const employer = await f.employer(REGION, Sector.CLEANING);
  const hr = await f.actor(Role.HR_LEAD, { employerId: employer.id });
  const candidateId = await createCandidate(t, hr.token, await candidateInputIn(f, await f.pc4(REGION, 1)));
  await changeCandidateStatus(t, hr.token, candidateId, 'ACTIVE');
  const profile = expectData(
    await t.gql(
      `query($id: ID!) { candidateProfile(id: $id) { publicCode } }`,
      { id: candidateId },
      hr.token,
    ),
  );
  const trajectory = await trajectoryCandidate(t, f, hr.token);
  await f.query(`UPDATE user_account SET display_name = $1 WHERE id = $2`, [COUNSELLOR_NAME, team.userId]);
  await guidedCandidate(t, f, hr.token, team, team);
  const external = await f.actor(Role.COUNSELLOR, { regionCode: REGION });
  await f.query(`UPDATE user_account SET display_name = $1 WHERE id = $2`, [
    EXTERNAL_COUNSELLOR_NAME,
    external.userId,
  ]);
  const externalCode = await guidedCandidate(t, f, hr.token, external, team, 4);
  await setUpSession(t, team.token, employer.id);
  await holdSession(t, f, team.token, hr.token);

  const requester = await f.actor(Role.ADMINISTRATOR);
  const approver = await f.actor(Role.ADMINISTRATOR);
  const email = `team-${f.unique('rmt').replace(/\W/g, '').toLowerCase()}@test.werkbrug.nl`;
  await createStaff(t, requester.token, {
    role: 'MOBILITY_TEAM',
    regionCode: REGION,
    displayName: PENDING_NAME,
    email,
  });
  return {
    password: PASSWORD,
    team: {
      email: team.email,
      sessionTitle: SESSION_TITLE,
      heldSessionTitle: HELD_SESSION_TITLE,
      erasureCandidateCode: profile.candidateProfile.publicCode,
    },
    admin: { email: approver.email, pendingName: PENDING_NAME },
    trajectory: { ...trajectory, clientEmail: hr.email, counsellorName: COUNSELLOR_NAME },
    counsellor: { email: external.email, name: EXTERNAL_COUNSELLOR_NAME, candidateCode: externalCode },
  };
}

/**
 * A work-to-work trajectory that `counsellor` already guides, opened by the team, so every page of one is there to
 * visit; the candidate's public code.
 */
async function guidedCandidate(
  t: TestApp,
  f: Fixtures,
  hrToken: string,
  counsellor: { userId: string },
  team: { token: string },
  postcodeIndex = 3,
): Promise<string> {
  const candidateId = await createCandidate(
    t,
    hrToken,
    await candidateInputIn(f, await f.pc4(REGION, postcodeIndex)),
  );
  await changeCandidateStatus(t, hrToken, candidateId, 'ACTIVE');
  const { candidateProfile } = expectData(
    await t.gql(`query($id: ID!) { candidateProfile(id: $id) { publicCode } }`, { id: candidateId }, hrToken),
  );
  expectData(
    await t.gql(
      `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) { id } }`,
      {
        input: {
          candidateId,
          kind: 'WORK_TO_WORK',
          counsellorUserId: counsellor.userId,
          startedOn: new Date().toISOString().slice(0, 10),
        },
      },
      team.token,
    ),
  );
  return candidateProfile.publicCode as string;
}

/** A long-term sick employee of the cleaning employer, with an account of their own. */
async function trajectoryCandidate(
  t: TestApp,
  f: Fixtures,
  hrToken: string,
): Promise<{ candidateCode: string; jobSeekerEmail: string }> {
  const candidateId = await createCandidate(
    t,
    hrToken,
    await candidateInputIn(f, await f.pc4(REGION, 2), { track: 'SICKNESS_REINTEGRATION' }),
  );
  await changeCandidateStatus(t, hrToken, candidateId, 'ACTIVE');
  const jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId });
  const { candidateProfile } = expectData(
    await t.gql(`query($id: ID!) { candidateProfile(id: $id) { publicCode } }`, { id: candidateId }, hrToken),
  );
  return { candidateCode: candidateProfile.publicCode, jobSeekerEmail: jobSeeker.email };
}

async function setUpSession(t: TestApp, token: string, employerId: string): Promise<void> {
  const day = new Date(Date.now() + 60 * 24 * 3600 * 1000);
  const created = expectData(
    await t.gql(
      `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`,
      {
        input: {
          title: SESSION_TITLE,
          venue: 'Stadhuis, Raadszaal',
          date: day.toISOString().slice(0, 10),
          firstSlotStart: '13:00',
          slotMinutes: 15,
          slotCount: 4,
          tableCount: 3,
          maxMeetingsPerCandidate: 3,
          maxMeetingsPerRepresentative: 4,
          minMeetingsPerCandidate: 1,
          registrationDeadline: new Date(day.getTime() - 7 * 24 * 3600 * 1000).toISOString(),
        },
      },
      token,
    ),
  );
  expectData(
    await t.gql(
      `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) { employers } }`,
      {
        id: created.createMeetAndGreetSession.id,
        input: { employers: [{ employerId, representatives: 1 }] },
      },
      token,
    ),
  );
}

/**
 * A session that took place yesterday: planned and published with one meeting, a candidate of the team's
 * cleaning employer with a second employer, so the team can record its outcome and close it. Sessions are set up
 * in the future only; the database puts this one in the past, as the day passing would.
 */
async function holdSession(t: TestApp, f: Fixtures, teamToken: string, hrToken: string): Promise<void> {
  const host = await f.employer(REGION, Sector.CATERING);
  const candidateId = await createCandidate(t, hrToken, await candidateInputIn(f, await f.pc4(REGION, 1)));
  await changeCandidateStatus(t, hrToken, candidateId, 'ACTIVE');
  const day = new Date(Date.now() + 2 * 24 * 3600 * 1000);
  const id = expectData(
    await t.gql(
      `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`,
      {
        input: {
          title: HELD_SESSION_TITLE,
          venue: 'Bibliotheek, Zaal 2',
          date: day.toISOString().slice(0, 10),
          firstSlotStart: '10:00',
          slotMinutes: 20,
          slotCount: 2,
          tableCount: 2,
          maxMeetingsPerCandidate: 2,
          maxMeetingsPerRepresentative: 2,
          minMeetingsPerCandidate: 1,
          registrationDeadline: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
        },
      },
      teamToken,
    ),
  ).createMeetAndGreetSession.id as string;
  expectData(
    await t.gql(
      `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) { employers } }`,
      { id, input: { candidateIds: [candidateId], employers: [{ employerId: host.id }] } },
      teamToken,
    ),
  );
  for (const participant of [{ candidateId }, { employerId: host.id }])
    expectData(
      await t.gql(
        `mutation($id: ID!, $p: ParticipantInput!) {
           respondToSessionInvitation(sessionId: $id, participant: $p, answer: { attending: true }) }`,
        { id, p: participant },
        teamToken,
      ),
    );
  // The candidate's HR lead wants them to meet this employer: the one meeting of the day.
  expectData(
    await t.gql(
      `mutation($id: ID!, $input: SessionWishInput!) { setSessionWish(sessionId: $id, input: $input) { kind } }`,
      { id, input: { candidateId, employerId: host.id, side: 'CANDIDATE', kind: 'MUST_MEET' } },
      hrToken,
    ),
  );
  const planned = `query($id: ID!) { meetAndGreetSession(sessionId: $id) { planStatus planCurrent } }`;
  expectData(
    await t.gql(`mutation($id: ID!) { planMeetAndGreetSession(sessionId: $id) { id } }`, { id }, teamToken),
  );
  await eventually(
    'the held session planned',
    async () => expectData(await t.gql(planned, { id }, teamToken)).meetAndGreetSession,
    (s) => s.planStatus === 'PLANNED' && s.planCurrent,
    60_000,
  );
  expectData(
    await t.gql(
      `mutation($id: ID!) { publishMeetAndGreetSession(sessionId: $id) { id } }`,
      { id },
      teamToken,
    ),
  );
  await f.query(`UPDATE meet_and_greet_session SET session_date = current_date - 1 WHERE id = $1`, [id]);
}
