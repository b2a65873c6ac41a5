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
 * A coordinator moves a meeting of a planned session by hand: to a seat the planner itself could have chosen,
 * locked there through every re-plan, with both agendas marked changed once published and the move audited.
 * Own database and queue prefix. The tests build on each other, in order.
 */
const REGION = 'AM27';
const MOVE = `mutation($input: MoveSessionMeetingInput!) { moveSessionMeeting(input: $input) { id slot table locked } }`;

interface MeetingRow {
  id: string;
  candidate_id: string;
  employer_id: string;
  slot: number;
  table_no: number;
  representative: number;
  locked: boolean;
}

describe('moving a meeting of a session', () => {
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
  let sessionId: string;
  let moved: { id: string; slot: number; table: number };

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
      `SELECT id, candidate_id, employer_id, slot, table_no, representative, locked FROM session_meeting
       WHERE session_id = $1 ORDER BY slot, table_no`,
      [sessionId],
    );
  const move = (actor: Actor, meetingId: string, slot: number, table: number) =>
    gql(MOVE, { input: { meetingId, slot, table } }, actor);
  const hrOf = (employerId: string) => (employerId === employerB ? hrB : hrC);
  const SEEN = `mutation($sessionId: ID!, $p: ParticipantInput!) { markSessionAgendaSeen(sessionId: $sessionId, participant: $p) { changedSinceSeen } }`;
  const AGENDA = `query($sessionId: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $sessionId, participant: $p) { changedSinceSeen } }`;

  beforeAll(async () => {
    database = await createMigratedTestDatabase('session-move');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-session-move-${randomUUID().slice(0, 8)}`,
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
    for (let i = 0; i < 3; i++) {
      const id = await createCandidate(t, hrOwn.token, await candidateInputIn(f, pc4));
      await changeCandidateStatus(t, hrOwn.token, id, 'ACTIVE');
      candidates.push(id);
    }
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
            candidateIds: candidates,
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
    // Every candidate must meet both employers: a full plan, two meetings per round at most (one representative each).
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
    expectData(
      await gql(
        `mutation($id: ID!) { publishMeetAndGreetSession(sessionId: $id) { id } }`,
        { id: sessionId },
        rmt,
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  /** A seat (0-based) the meeting could move to: table free, candidate free, not blocked, a representative free. */
  function freeSeat(all: MeetingRow[], m: MeetingRow): { slot: number; table: number } | null {
    for (let slot = 0; slot < 4; slot++) {
      if (slot === m.slot || (m.candidate_id === candidates[0] && slot === 3)) continue;
      const others = all.filter((o) => o.id !== m.id && o.slot === slot);
      if (others.some((o) => o.candidate_id === m.candidate_id || o.employer_id === m.employer_id)) continue;
      const table = [0, 1, 2].find((tb) => !others.some((o) => o.table_no === tb));
      if (table !== undefined) return { slot, table };
    }
    return null;
  }

  it('moves a meeting to a free seat, locks it there, marks both agendas changed and audits the move', async () => {
    const all = await meetings();
    expect(all).toHaveLength(6);
    const m = all.find((row) => freeSeat(all, row) !== null);
    if (!m) throw new Error(`no meeting of the plan can move: ${JSON.stringify(all)}`);
    const to = freeSeat(all, m)!;
    expectData(await gql(SEEN, { sessionId, p: { candidateId: m.candidate_id } }, hrOwn));
    expectData(await gql(SEEN, { sessionId, p: { employerId: m.employer_id } }, hrOf(m.employer_id)));
    const versionBefore = (await session()).planVersion;

    const result = expectData(await move(rmt, m.id, to.slot + 1, to.table + 1)).moveSessionMeeting;
    expect(result).toEqual({ id: m.id, slot: to.slot + 1, table: to.table + 1, locked: true });
    moved = { id: m.id, slot: to.slot, table: to.table };
    expect((await meetings()).find((row) => row.id === m.id)).toMatchObject({
      slot: to.slot,
      table_no: to.table,
      locked: true,
    });
    expect((await session()).planVersion).toBe(versionBefore + 1);
    for (const [actor, p] of [
      [hrOwn, { candidateId: m.candidate_id }],
      [hrOf(m.employer_id), { employerId: m.employer_id }],
    ] as const)
      expect(expectData(await gql(AGENDA, { sessionId, p }, actor)).sessionAgenda.changedSinceSeen).toBe(
        true,
      );
    const told = expectData(
      await gql(`{ myNotifications(unreadOnly: true) { kind subjectId } }`, {}, hrOf(m.employer_id)),
    ).myNotifications;
    expect(told).toContainEqual({ kind: 'SESSION_AGENDA_CHANGED', subjectId: sessionId });
    const audit = await f.query<{ actor_role: string; region_code: string; details: unknown }>(
      `SELECT actor_role, region_code, details FROM audit_entry WHERE action = 'SESSION_MEETING_MOVED' AND subject_id = $1`,
      [m.id],
    );
    expect(audit).toEqual([
      {
        actor_role: 'MOBILITY_TEAM',
        region_code: REGION,
        details: {
          sessionId,
          from: { slot: m.slot + 1, table: m.table_no + 1 },
          to: { slot: to.slot + 1, table: to.table + 1 },
        },
      },
    ]);
  });

  it('refuses a seat the planner would refuse, in the coordinator’s language', async () => {
    const all = await meetings();
    const m = all.find((row) => row.id === moved.id)!;
    const conflict = async (slot: number, table: number, en: RegExp) => {
      const error = expectError(await move(rmt, m.id, slot + 1, table + 1), 'CONFLICT');
      expect(error.message).toMatch(en);
    };
    await conflict(m.slot, m.table_no, /already in that round/);
    const taken = all.find((o) => o.id !== m.id)!;
    await conflict(taken.slot, taken.table_no, /table is taken/);
    const freeTable = (slot: number) =>
      [0, 1, 2].find((tb) => !all.some((o) => o.slot === slot && o.table_no === tb))!;
    const ownOther = all.find((o) => o.id !== m.id && o.candidate_id === m.candidate_id)!;
    await conflict(ownOther.slot, freeTable(ownOther.slot), /candidate already has a meeting/);
    const employerBusy = all.find(
      (o) =>
        o.id !== m.id &&
        o.employer_id === m.employer_id &&
        !all.some((x) => x.slot === o.slot && x.candidate_id === m.candidate_id),
    );
    if (employerBusy)
      await conflict(employerBusy.slot, freeTable(employerBusy.slot), /No representative of the employer/);
    // The first candidate blocked the last round (so has no meeting there, and the round has a free table).
    const first = all.find((o) => o.candidate_id === candidates[0])!;
    const blocked = expectError(await move(rmt, first.id, 4, freeTable(3) + 1), 'CONFLICT');
    expect(blocked.message).toMatch(/candidate cannot come/);
    expectError(await move(rmt, m.id, 9, 1), 'BAD_USER_INPUT', { field: 'slot' });
    expectError(await move(rmt, m.id, 1, 7), 'BAD_USER_INPUT', { field: 'table' });
    expectError(await move(rmt, m.id, 0, 1), 'BAD_USER_INPUT');
    // The meeting's own employer sees it on its agenda but may not move it; another region's team does not see it.
    expectError(await move(hrOf(m.employer_id), m.id, 1, 1), 'FORBIDDEN');
    expectError(await move(otherRmt, m.id, 1, 1), 'NOT_FOUND');
    expectError(await move(rmt, randomUUID(), 1, 1), 'NOT_FOUND');
    expect((await meetings()).find((row) => row.id === m.id)).toMatchObject({
      slot: moved.slot,
      table_no: moved.table,
    });
  });

  it('a re-plan after a no-show keeps the moved meeting where the coordinator put it', async () => {
    const all = await meetings();
    const movedRow = all.find((row) => row.id === moved.id)!;
    const absent = candidates.find((c) => c !== movedRow.candidate_id)!;
    const before = await session();
    expectData(
      await gql(
        `mutation($sessionId: ID!, $p: ParticipantInput!) { markSessionNoShow(sessionId: $sessionId, participant: $p) }`,
        { sessionId, p: { candidateId: absent } },
        rmt,
      ),
    );
    await planned(before.plannedAt);
    const after = await meetings();
    expect(after.some((row) => row.candidate_id === absent)).toBe(false);
    expect(after.find((row) => row.id === moved.id)).toMatchObject({
      slot: moved.slot,
      table_no: moved.table,
      locked: true,
    });
  });

  it('refuses to move a meeting once its round has begun, and in a closed session', async () => {
    await f.query(`UPDATE meet_and_greet_session SET session_date = current_date - 1 WHERE id = $1`, [
      sessionId,
    ]);
    // Another round than its own, so the refusal is about time and not about the seat.
    const started = expectError(await move(rmt, moved.id, ((moved.slot + 1) % 4) + 1, 1), 'CONFLICT');
    expect(started.message).toMatch(/begun/);
    expectData(
      await gql(
        `mutation($id: ID!) { closeMeetAndGreetSession(sessionId: $id) { id } }`,
        { id: sessionId },
        rmt,
      ),
    );
    const closed = expectError(await move(rmt, moved.id, 1, 1), 'CONFLICT');
    expect(closed.message).toMatch(/closed/);
  });
});
