import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  expectData,
  expectError,
} from './support/helpers-auth';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * On the day, the mobility team registers that a participant arrives only for a later round: their meetings before
 * it are released (a lock too), the rest of the day is re-planned with the fewest changes while other locked
 * meetings stay, changed agendas are marked and told, and the registration is audited.
 * Own database and queue prefix. The tests build on each other, in order.
 */
const REGION = 'AM27';
const LATE = `mutation($sessionId: ID!, $p: ParticipantInput!, $slot: Int!) {
  markSessionLateArrival(sessionId: $sessionId, participant: $p, arrivesForSlot: $slot) }`;

interface MeetingRow {
  id: string;
  candidate_id: string;
  employer_id: string;
  slot: number;
  table_no: number;
  locked: boolean;
}

describe('a late arrival on the day of a session', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let rmt: Actor;
  let otherRmt: Actor;
  let hrOwn: Actor;
  let hrB: Actor;
  let hrC: Actor;
  let employerB: string;
  let employerC: string;
  const candidates: string[] = [];
  let notAnswering: string;
  let sessionId: string;

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);
  const session = async () =>
    expectData(
      await gql(
        `query($id: ID!) { meetAndGreetSession(sessionId: $id) { status planStatus planCurrent planVersion plannedAt } }`,
        { id: sessionId },
        rmt,
      ),
    ).meetAndGreetSession;
  const planned = (after: string | null) =>
    eventually(
      'a current plan',
      session,
      (s) => s.planStatus === 'PLANNED' && s.planCurrent && s.plannedAt !== after,
      30_000,
    );
  const meetings = () =>
    f.query<MeetingRow>(
      `SELECT id, candidate_id, employer_id, slot, table_no, locked FROM session_meeting
       WHERE session_id = $1 ORDER BY slot, table_no`,
      [sessionId],
    );
  const late = (actor: Actor, p: Record<string, string>, slot: number, id = sessionId) =>
    gql(LATE, { sessionId: id, p, slot }, actor);
  const hrOf = (employerId: string) => (employerId === employerB ? hrB : hrC);
  const refused = async (
    response: Awaited<ReturnType<typeof late>>,
    code: string,
    en: RegExp,
    nl: RegExp,
    extensions: Record<string, unknown> = {},
  ) => {
    const error = expectError(response, code, extensions);
    expect(error.message).toMatch(en);
    expect(error.extensions?.messageNl).toMatch(nl);
  };

  beforeAll(async () => {
    database = await createMigratedTestDatabase('session-late-arrival');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-session-late-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    worker = await createTestWorker(overrides);
    f = new Fixtures(t);
    const own = await f.employer(REGION, Sector.CARE);
    employerB = (await f.employer(REGION, Sector.CARE)).id;
    employerC = (await f.employer(REGION, Sector.RETAIL)).id;
    hrOwn = await f.actor(Role.HR_LEAD, { employerId: own.id });
    hrB = await f.actor(Role.HR_LEAD, { employerId: employerB });
    hrC = await f.actor(Role.HR_LEAD, { employerId: employerC });
    rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    otherRmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM22' });
    const pc4 = await f.pc4(REGION);
    for (let i = 0; i < 4; i++) {
      const id = await createCandidate(t, hrOwn.token, await candidateInputIn(f, pc4));
      await changeCandidateStatus(t, hrOwn.token, id, 'ACTIVE');
      candidates.push(id);
    }
    // The fourth is invited but never answers.
    notAnswering = candidates.pop()!;
    sessionId = expectData(
      await gql(
        `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`,
        {
          input: {
            title: 'Matchingsbijeenkomst Zorg',
            venue: 'Stadhuis',
            date: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
            firstSlotStart: '13:00',
            slotMinutes: 15,
            slotCount: 4,
            tableCount: 3,
            maxMeetingsPerCandidate: 2,
            maxMeetingsPerRepresentative: 4,
            minMeetingsPerCandidate: 1,
            registrationDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          },
        },
        rmt,
      ),
    ).createMeetAndGreetSession.id;
    expectData(
      await gql(
        `mutation($sessionId: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $sessionId, input: $input) { employers } }`,
        {
          sessionId,
          input: {
            candidateIds: [...candidates, notAnswering],
            employers: [{ employerId: employerB }, { employerId: employerC }],
          },
        },
        rmt,
      ),
    );
    const RESPOND = `mutation($sessionId: ID!, $p: ParticipantInput!, $a: SessionAnswerInput!) {
      respondToSessionInvitation(sessionId: $sessionId, participant: $p, answer: $a) }`;
    // The first candidate cannot make the last round.
    for (const [i, id] of candidates.entries())
      expectData(
        await gql(
          RESPOND,
          { sessionId, p: { candidateId: id }, a: { attending: true, blockedSlots: i === 0 ? [4] : [] } },
          hrOwn,
        ),
      );
    for (const employerId of [employerB, employerC])
      expectData(
        await gql(RESPOND, { sessionId, p: { employerId }, a: { attending: true } }, hrOf(employerId)),
      );
    // Every candidate must meet both employers: six meetings, two per round at most (one representative each).
    for (const candidateId of candidates)
      for (const employerId of [employerB, employerC])
        expectData(
          await gql(
            `mutation($sessionId: ID!, $input: SessionWishInput!) { setSessionWish(sessionId: $sessionId, input: $input) { kind } }`,
            { sessionId, input: { candidateId, employerId, side: 'CANDIDATE', kind: 'MUST_MEET' } },
            hrOwn,
          ),
        );
    expectData(
      await gql(
        `mutation($id: ID!) { planMeetAndGreetSession(sessionId: $id) { id } }`,
        { id: sessionId },
        rmt,
      ),
    );
    await planned(null);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('is refused before the plan is published, then the plan is published', async () => {
    await refused(
      await late(rmt, { employerId: employerB }, 2),
      'CONFLICT',
      /once the plan is published/,
      /zodra de planning is gepubliceerd/,
    );
    expectData(
      await gql(
        `mutation($id: ID!) { publishMeetAndGreetSession(sessionId: $id) { id } }`,
        { id: sessionId },
        rmt,
      ),
    );
  });

  it('releases the late employer’s earlier meetings (a lock too), re-plans around other locks, tells and audits', async () => {
    const all = await meetings();
    expect(all).toHaveLength(6);
    // The day's first meeting: its employer arrives one round later.
    const first = all[0];
    const lateEmployer = first.employer_id;
    const arrivesForSlot = first.slot + 2;
    const kept = all.find((m) => m.employer_id !== lateEmployer)!;
    for (const m of [first, kept])
      expectData(
        await gql(
          `mutation($id: ID!) { lockSessionMeeting(meetingId: $id, locked: true) { locked } }`,
          { id: m.id },
          rmt,
        ),
      );
    const SEEN = `mutation($sessionId: ID!, $p: ParticipantInput!) { markSessionAgendaSeen(sessionId: $sessionId, participant: $p) { changedSinceSeen } }`;
    expectData(await gql(SEEN, { sessionId, p: { employerId: lateEmployer } }, hrOf(lateEmployer)));
    const before = await session();

    const released = expectData(await late(rmt, { employerId: lateEmployer }, arrivesForSlot));
    expect(released.markSessionLateArrival).toBe(1);
    const after = await planned(before.plannedAt);
    expect(after.planVersion).toBeGreaterThan(before.planVersion);

    const now = await meetings();
    expect(now.filter((m) => m.employer_id === lateEmployer && m.slot < arrivesForSlot - 1)).toEqual([]);
    const firstNow = now.find((m) => m.id === first.id);
    if (firstNow) expect(firstNow).toMatchObject({ locked: false });
    expect(now.find((m) => m.id === kept.id)).toMatchObject({
      slot: kept.slot,
      table_no: kept.table_no,
      locked: true,
    });
    const employers = expectData(
      await gql(
        `query($id: ID!) { sessionEmployers(sessionId: $id) { employerId status blockedSlots } }`,
        { id: sessionId },
        rmt,
      ),
    ).sessionEmployers as { employerId: string; status: string; blockedSlots: number[] }[];
    expect(employers.find((e) => e.employerId === lateEmployer)).toEqual({
      employerId: lateEmployer,
      status: 'ACCEPTED',
      blockedSlots: Array.from({ length: arrivesForSlot - 1 }, (_, i) => i + 1),
    });
    const agenda = expectData(
      await gql(
        `query($sessionId: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $sessionId, participant: $p) { changedSinceSeen } }`,
        { sessionId, p: { employerId: lateEmployer } },
        hrOf(lateEmployer),
      ),
    ).sessionAgenda;
    expect(agenda.changedSinceSeen).toBe(true);
    const told = expectData(
      await gql(`{ myNotifications(unreadOnly: true) { kind subjectId } }`, {}, hrOf(lateEmployer)),
    ).myNotifications;
    expect(told).toContainEqual({ kind: 'SESSION_AGENDA_CHANGED', subjectId: sessionId });
    const audit = await f.query<{ actor_role: string; region_code: string; details: unknown }>(
      `SELECT actor_role, region_code, details FROM audit_entry WHERE action = 'SESSION_LATE_ARRIVAL' AND subject_id = $1`,
      [sessionId],
    );
    expect(audit).toEqual([
      {
        actor_role: 'MOBILITY_TEAM',
        region_code: REGION,
        details: { employerId: lateEmployer, arrivesForSlot, releasedMeetings: [first.id] },
      },
    ]);
  });

  it('refuses what cannot be, in the coordinator’s language, and only the region’s team may', async () => {
    const field = { field: 'arrivesForSlot' };
    await refused(
      await late(rmt, { candidateId: candidates[1] }, 1),
      'BAD_USER_INPUT',
      /from 2 to 4/,
      /van 2 tot en met 4/,
      field,
    );
    await refused(
      await late(rmt, { candidateId: candidates[1] }, 5),
      'BAD_USER_INPUT',
      /from 2 to 4/,
      /van 2 tot en met 4/,
      field,
    );
    await refused(
      await late(rmt, { candidateId: notAnswering }, 2),
      'CONFLICT',
      /Only a participant who is coming/,
      /Alleen een deelnemer die komt/,
    );
    // The first candidate cannot make the last round, so arriving for it leaves no round at all.
    await refused(
      await late(rmt, { candidateId: candidates[0] }, 4),
      'CONFLICT',
      /register a no-show instead/,
      /registreer in plaats daarvan niet verschenen/,
      field,
    );
    // The candidate's own HR lead sees the participation but does not register it; others do not see it.
    expectError(await late(hrOwn, { candidateId: candidates[1] }, 2), 'FORBIDDEN');
    expectError(await late(hrB, { candidateId: candidates[1] }, 2), 'NOT_FOUND');
    expectError(await late(hrB, { employerId: employerB }, 2), 'FORBIDDEN');
    expectError(await late(otherRmt, { candidateId: candidates[1] }, 2), 'NOT_FOUND');
    expectError(await late(rmt, { candidateId: randomUUID() }, 2), 'NOT_FOUND');
    expectError(await late(rmt, { candidateId: candidates[1] }, 2, randomUUID()), 'NOT_FOUND');
    const audited = await f.query(`SELECT 1 FROM audit_entry WHERE action = 'SESSION_LATE_ARRIVAL'`);
    expect(audited).toHaveLength(1);
  });

  it('refuses a round that has begun, and a closed session', async () => {
    // The day is today and its second round began five minutes ago (rounds of 15 minutes).
    await f.query(
      `UPDATE meet_and_greet_session
       SET session_date = (now() AT TIME ZONE time_zone - interval '20 minutes')::date,
           first_slot_start = to_char(now() AT TIME ZONE time_zone - interval '20 minutes', 'HH24:MI')
       WHERE id = $1`,
      [sessionId],
    );
    await refused(
      await late(rmt, { candidateId: candidates[1] }, 2),
      'CONFLICT',
      /already begun/,
      /al begonnen/,
      { field: 'arrivesForSlot' },
    );
    expectData(
      await gql(
        `mutation($id: ID!) { closeMeetAndGreetSession(sessionId: $id) { id } }`,
        { id: sessionId },
        rmt,
      ),
    );
    await refused(await late(rmt, { candidateId: candidates[1] }, 3), 'CONFLICT', /closed/, /afgesloten/);
  });
});
