import { Role } from '@werkbrug/core';
import type { Actor, Fixtures } from '@werkbrug-test/support/fixtures';
import { expectData } from '@werkbrug-test/support/helpers-auth';
import { eventually } from '@werkbrug-test/support/helpers-infra';
import type { TestApp } from '@werkbrug-test/support/test-app';

const DAY = 86_400_000;
const CREATE = `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`;
const INVITE = `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) { candidates employers } }`;
const RESPOND = `mutation($id: ID!, $p: ParticipantInput!, $a: SessionAnswerInput!) {
  respondToSessionInvitation(sessionId: $id, participant: $p, answer: $a) }`;
const SESSION = `query($id: ID!) { meetAndGreetSession(sessionId: $id) { planStatus planCurrent } }`;

export interface AgendaSessions {
  /** Open; the person is invited and has not answered; the host comes (to wish for). */
  invitedTitle: string;
  /** Planned and published with the person and the host accepted: the person has a meeting with the host. */
  publishedTitle: string;
}

interface Parties {
  candidateId: string;
  ownerHr: Actor;
  hostHr: Actor;
  hostId: string;
  regionCode: string;
}

/** Two sessions for the agenda journey, run by the region's mobility team; the answers as the parties give them. */
export async function seedAgendaSessions(t: TestApp, f: Fixtures, parties: Parties): Promise<AgendaSessions> {
  const team = await f.actor(Role.MOBILITY_TEAM, { regionCode: parties.regionCode });
  const invitedTitle = 'Banenmarkt Zorg en Welzijn';
  const publishedTitle = 'Matchingsbijeenkomst Detailhandel';
  const invited = await createSession(t, team, invitedTitle, 20);
  await invite(t, team, invited, parties);
  await respond(t, parties.hostHr, invited, { employerId: parties.hostId });

  const published = await createSession(t, team, publishedTitle, 40);
  await invite(t, team, published, parties);
  await respond(t, parties.hostHr, published, { employerId: parties.hostId });
  await respond(t, parties.ownerHr, published, { candidateId: parties.candidateId });
  expectData(
    await t.gql(
      `mutation($id: ID!) { planMeetAndGreetSession(sessionId: $id) { planStatus } }`,
      { id: published },
      team.token,
    ),
  );
  await eventually(
    'the worker plans the session',
    async () => expectData(await t.gql(SESSION, { id: published }, team.token)).meetAndGreetSession,
    (s: { planStatus: string; planCurrent: boolean }) => s.planStatus === 'PLANNED' && s.planCurrent,
    60_000,
  );
  expectData(
    await t.gql(
      `mutation($id: ID!) { publishMeetAndGreetSession(sessionId: $id) { status } }`,
      { id: published },
      team.token,
    ),
  );
  return { invitedTitle, publishedTitle };
}

async function createSession(t: TestApp, team: Actor, title: string, inDays: number): Promise<string> {
  const day = new Date(Date.now() + inDays * DAY);
  const created = expectData(
    await t.gql(
      CREATE,
      {
        input: {
          title,
          venue: 'Bibliotheek, zaal 2',
          date: day.toISOString().slice(0, 10),
          firstSlotStart: '13:00',
          slotMinutes: 15,
          slotCount: 4,
          tableCount: 2,
          maxMeetingsPerCandidate: 2,
          maxMeetingsPerRepresentative: 4,
          minMeetingsPerCandidate: 1,
          registrationDeadline: new Date(day.getTime() - 5 * DAY).toISOString(),
        },
      },
      team.token,
    ),
  );
  return created.createMeetAndGreetSession.id;
}

async function invite(t: TestApp, team: Actor, sessionId: string, parties: Parties): Promise<void> {
  expectData(
    await t.gql(
      INVITE,
      {
        id: sessionId,
        input: {
          candidateIds: [parties.candidateId],
          employers: [{ employerId: parties.hostId, representatives: 1 }],
        },
      },
      team.token,
    ),
  );
}

async function respond(
  t: TestApp,
  actor: Actor,
  sessionId: string,
  participant: { candidateId: string } | { employerId: string },
): Promise<void> {
  expectData(
    await t.gql(
      RESPOND,
      { id: sessionId, p: participant, a: { attending: true, blockedSlots: [] } },
      actor.token,
    ),
  );
}
