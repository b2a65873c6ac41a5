import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import request from 'supertest';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  createVacancy,
  expectData,
  expectError,
  vacancyInputIn,
} from './support/helpers-auth';
import { openVacancy } from './support/helpers-matching';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * A meet-and-greet session end to end, as a mobility team runs it: set up, invite, answers and wishes, the
 * worker's plan, publishing (agendas, calendar feeds, print), a cancellation that re-plans with few changes,
 * a locked meeting, and outcomes that move the match workflow on. Own database and queue prefix (the relay reads
 * every outbox row). The tests build on each other, in order.
 */
const REGION = 'AM27';

const SESSION_FIELDS = `id status planStatus planCurrent planVersion slotCount tableCount
  planFigures { meetings objective upperBound candidatesBelowFloor kept changed added } slots { number startsAt }`;

describe('meet-and-greet sessions', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let rmt: Actor;
  let otherRmt: Actor;
  let hrOwn: Actor;
  let hrB: Actor;
  let hrC: Actor;
  let jobSeeker: Actor;
  let employerB: string;
  let employerC: string;
  const candidates: string[] = [];
  let sessionId: string;

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);
  const session = async () =>
    expectData(
      await gql(
        `query($id: ID!) { meetAndGreetSession(sessionId: $id) { ${SESSION_FIELDS} } }`,
        { sessionId, id: sessionId },
        rmt,
      ),
    ).meetAndGreetSession;
  const tablePlan = async () =>
    expectData(
      await gql(
        `query($sessionId: ID!) { sessionTablePlan(sessionId: $sessionId) { printUrl tables { table cells { meetingId employer representative candidate } } } }`,
        { sessionId },
        rmt,
      ),
    ).sessionTablePlan;
  const meetings = () =>
    f.query<{
      id: string;
      candidate_id: string;
      employer_id: string;
      slot: number;
      table_no: number;
      locked: boolean;
    }>(
      `SELECT id, candidate_id, employer_id, slot, table_no, locked FROM session_meeting WHERE session_id = $1 ORDER BY slot, table_no`,
      [sessionId],
    );
  const agenda = async (actor: Actor, participant: Record<string, string>) =>
    expectData(
      await gql(
        `query($sessionId: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $sessionId, participant: $p) {
           published changedSinceSeen calendarUrl participantLabel entries { meetingId slot table counterpart vacancyTitle } } }`,
        { sessionId, p: participant },
        actor,
      ),
    ).sessionAgenda;
  const planned = (atLeastVersion: number) =>
    eventually(
      'a current plan',
      session,
      (s) => s.planStatus === 'PLANNED' && s.planCurrent && s.planVersion >= atLeastVersion,
      30_000,
    );

  beforeAll(async () => {
    database = await createMigratedTestDatabase('sessions');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-sessions-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
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
    const skills = await f.skillIds(6);
    for (let i = 0; i < 5; i++) {
      const id = await createCandidate(
        t,
        hrOwn.token,
        await candidateInputIn(f, pc4, {
          strengths: skills.slice(i % 3, (i % 3) + 3).map((skillId) => ({ skillId, level: 3 })),
          sectorsOpen: [],
          contractTypes: [],
          supportNeeds: [],
        }),
      );
      await changeCandidateStatus(t, hrOwn.token, id, 'ACTIVE');
      candidates.push(id);
    }
    jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId: candidates[0] });
    for (const [hr, required] of [
      [hrB, [skills[0], skills[1]]],
      [hrC, [skills[2], skills[3]]],
    ] as const) {
      const vacancy = await createVacancy(
        t,
        hr.token,
        await vacancyInputIn(f, pc4, {
          requiredSkillIds: required,
          niceToHaveSkillIds: [],
          trainedOnTheJobSkillIds: [],
          contractType: 'PERMANENT',
          startDate: null,
        }),
      );
      await openVacancy(t, hr.token, vacancy);
    }
    worker = await createTestWorker(overrides);
    await eventually(
      'match lists for every candidate',
      () =>
        f.query<{ n: string; first: number }>(
          `SELECT count(*) FILTER (WHERE cardinality(other_ids) > 0) AS n,
                  max(cardinality(other_ids)) FILTER (WHERE owner_id = $1) AS first
           FROM match_list WHERE side = 'CANDIDATE'`,
          [candidates[0]],
        ),
      (rows) => Number(rows[0].n) === candidates.length && rows[0].first === 2,
      60_000,
    );
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  const inTenDays = () => new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const setup = (overrides: Record<string, unknown> = {}) => ({
    title: 'Matchingsbijeenkomst Zorg & Detailhandel',
    venue: 'Stadhuis, Raadszaal',
    date: inTenDays(),
    firstSlotStart: '13:00',
    slotMinutes: 15,
    slotCount: 4,
    breaks: [{ afterSlot: 2, minutes: 10 }],
    tableCount: 2,
    maxMeetingsPerCandidate: 2,
    maxMeetingsPerRepresentative: 4,
    minMeetingsPerCandidate: 1,
    registrationDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    ...overrides,
  });
  const CREATE = `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id status slots { number startsAt } } }`;

  it('a mobility team sets up a session; incoherent set-ups and other roles are refused', async () => {
    expectError(await gql(CREATE, { input: setup({ minMeetingsPerCandidate: 3 }) }, rmt), 'BAD_USER_INPUT');
    expectError(await gql(CREATE, { input: setup({ date: '2020-01-01' }) }, rmt), 'BAD_USER_INPUT');
    expectError(await gql(CREATE, { input: setup({ timeZone: 'Mars/Olympus' }) }, rmt), 'BAD_USER_INPUT');
    expectError(await gql(CREATE, { input: setup() }, hrB), 'FORBIDDEN');
    const created = expectData(await gql(CREATE, { input: setup() }, rmt)).createMeetAndGreetSession;
    sessionId = created.id;
    expect(created.status).toBe('OPEN');
    // 13:00 Amsterdam; the break after slot 2 pushes slot 3 to 13:40.
    const starts = created.slots.map((s: { startsAt: string }) => new Date(s.startsAt).getTime());
    expect((starts[2] - starts[1]) / 60_000).toBe(25);
    expectError(
      await gql(
        `query($id: ID!) { meetAndGreetSession(sessionId: $id) { id } }`,
        { id: sessionId },
        otherRmt,
      ),
      'NOT_FOUND',
    );
  });

  it('invites candidates and employers; participants answer and state wishes', async () => {
    const INVITE = `mutation($sessionId: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $sessionId, input: $input) { candidates employers } }`;
    const input = {
      candidateIds: candidates,
      employers: [{ employerId: employerB, representatives: 2 }, { employerId: employerC }],
    };
    const SUGGEST = `query($sessionId: ID!) { sessionInviteeSuggestions(sessionId: $sessionId) {
      candidates { candidateId bestScore matchingEmployers } employers { employerId matchingCandidates } } }`;
    const suggested = expectData(await gql(SUGGEST, { sessionId }, rmt)).sessionInviteeSuggestions;
    expect(suggested.candidates.map((c: { candidateId: string }) => c.candidateId).sort()).toEqual(
      [...candidates].sort(),
    );
    expect(suggested.employers.map((e: { employerId: string }) => e.employerId).sort()).toEqual(
      [employerB, employerC].sort(),
    );
    expectError(await gql(SUGGEST, { sessionId }, hrB), 'NOT_FOUND');
    expectError(await gql(INVITE, { sessionId, input }, hrB), 'NOT_FOUND');
    expect(expectData(await gql(INVITE, { sessionId, input }, rmt)).inviteToSession).toEqual({
      candidates: 5,
      employers: 2,
    });
    const RESPOND = `mutation($sessionId: ID!, $p: ParticipantInput!, $a: SessionAnswerInput!) {
      respondToSessionInvitation(sessionId: $sessionId, participant: $p, answer: $a) }`;
    expectData(
      await gql(
        RESPOND,
        { sessionId, p: { candidateId: candidates[0] }, a: { attending: true, blockedSlots: [1] } },
        jobSeeker,
      ),
    );
    // A job seeker answers only for themself.
    expectError(
      await gql(RESPOND, { sessionId, p: { candidateId: candidates[1] }, a: { attending: true } }, jobSeeker),
      'NOT_FOUND',
    );
    expectError(
      await gql(
        RESPOND,
        { sessionId, p: { candidateId: candidates[1] }, a: { attending: true, blockedSlots: [9] } },
        hrOwn,
      ),
      'BAD_USER_INPUT',
    );
    for (const id of candidates.slice(1))
      expectData(await gql(RESPOND, { sessionId, p: { candidateId: id }, a: { attending: true } }, hrOwn));
    expectData(
      await gql(
        RESPOND,
        { sessionId, p: { employerId: employerB }, a: { attending: true, representatives: 2 } },
        hrB,
      ),
    );
    expectData(
      await gql(
        RESPOND,
        { sessionId, p: { employerId: employerC }, a: { attending: true, blockedSlots: [4] } },
        hrC,
      ),
    );
    expectError(
      await gql(RESPOND, { sessionId, p: { employerId: employerC }, a: { attending: true } }, hrB),
      'NOT_FOUND',
    );

    const WISH = `mutation($sessionId: ID!, $input: SessionWishInput!) { setSessionWish(sessionId: $sessionId, input: $input) { side kind } }`;
    expectData(
      await gql(
        WISH,
        {
          sessionId,
          input: { candidateId: candidates[0], employerId: employerC, side: 'CANDIDATE', kind: 'MUST_MEET' },
        },
        jobSeeker,
      ),
    );
    expectData(
      await gql(
        WISH,
        {
          sessionId,
          input: { candidateId: candidates[1], employerId: employerB, side: 'EMPLOYER', kind: 'NO_THANKS' },
        },
        hrB,
      ),
    );
    expectData(
      await gql(
        WISH,
        {
          sessionId,
          input: { candidateId: candidates[1], employerId: employerC, side: 'CANDIDATE', kind: 'WOULD_LIKE' },
        },
        hrOwn,
      ),
    );
    expectError(
      await gql(
        WISH,
        {
          sessionId,
          input: { candidateId: candidates[0], employerId: employerB, side: 'EMPLOYER', kind: 'MUST_MEET' },
        },
        jobSeeker,
      ),
      'FORBIDDEN',
    );
    // Employers see the attending candidates by public code only, to choose whom they would like to meet.
    const seen = expectData(
      await gql(
        `query($sessionId: ID!) { sessionCandidates(sessionId: $sessionId) { candidateId publicCode status } }`,
        { sessionId },
        hrB,
      ),
    );
    expect(seen.sessionCandidates).toHaveLength(5);
  });

  it('the worker plans the session within every rule and says why wishes were not met', async () => {
    expectError(
      await gql(
        `mutation($sessionId: ID!) { publishMeetAndGreetSession(sessionId: $sessionId) { id } }`,
        { sessionId },
        rmt,
      ),
      'CONFLICT',
    );
    expectData(
      await gql(
        `mutation($sessionId: ID!) { planMeetAndGreetSession(sessionId: $sessionId) { planStatus } }`,
        { sessionId },
        rmt,
      ),
    );
    const s = await planned(1);
    const rows = await meetings();
    expect(s.planFigures.meetings).toBe(rows.length);
    expect(s.planFigures.candidatesBelowFloor).toBe(0);
    expect(s.planFigures.objective).toBeLessThanOrEqual(s.planFigures.upperBound);
    // Every candidate gets the floor of one meeting; the must-meet is there; no-thanks is respected.
    for (const id of candidates)
      expect(rows.filter((m) => m.candidate_id === id).length).toBeGreaterThanOrEqual(1);
    expect(rows.find((m) => m.candidate_id === candidates[0] && m.employer_id === employerC)).toBeDefined();
    expect(rows.find((m) => m.candidate_id === candidates[1] && m.employer_id === employerB)).toBeUndefined();
    expect(rows.filter((m) => m.candidate_id === candidates[0]).every((m) => m.slot !== 0)).toBe(true);
    expect(rows.filter((m) => m.employer_id === employerC).every((m) => m.slot !== 3)).toBe(true);
    const plan = await tablePlan();
    expect(plan.tables).toHaveLength(2);
    expect(plan.tables.flatMap((r: { cells: unknown[] }) => r.cells).filter(Boolean)).toHaveLength(
      rows.length,
    );
    const unmet = expectData(
      await gql(
        `query($sessionId: ID!) { sessionUnmetWishes(sessionId: $sessionId) { candidateId reason explanation explanationNl } }`,
        { sessionId },
        rmt,
      ),
    ).sessionUnmetWishes;
    for (const wish of unmet) expect(wish.explanationNl.length).toBeGreaterThan(0);
  });

  it('participants see only their own agenda, and only once it is published; the team sees the whole plan', async () => {
    expect(await agenda(jobSeeker, { candidateId: candidates[0] })).toMatchObject({
      published: false,
      entries: [],
    });
    expectError(
      await gql(
        `query($sessionId: ID!) { sessionTablePlan(sessionId: $sessionId) { printUrl } }`,
        { sessionId },
        hrB,
      ),
      'FORBIDDEN',
    );
    expectError(
      await gql(
        `query($sessionId: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $sessionId, participant: $p) { published } }`,
        { sessionId, p: { candidateId: candidates[0] } },
        hrB,
      ),
      'NOT_FOUND',
    );
    expectData(
      await gql(
        `mutation($sessionId: ID!) { publishMeetAndGreetSession(sessionId: $sessionId) { status } }`,
        { sessionId },
        rmt,
      ),
    );
    const mine = await agenda(jobSeeker, { candidateId: candidates[0] });
    expect(mine.published).toBe(true);
    expect(mine.changedSinceSeen).toBe(true);
    expect(mine.entries.map((e: { counterpart: string }) => e.counterpart)).toContain(
      (await f.query<{ name: string }>(`SELECT name FROM employer WHERE id = $1`, [employerC]))[0].name,
    );
    // The employer sees the candidate's public code, never a name.
    const employerAgenda = await agenda(hrC, { employerId: employerC });
    const [{ public_code: code }] = await f.query<{ public_code: string }>(
      `SELECT public_code FROM candidate_profile WHERE id = $1`,
      [candidates[0]],
    );
    expect(employerAgenda.entries.map((e: { counterpart: string }) => e.counterpart)).toContain(code);
    expect(JSON.stringify(employerAgenda)).not.toContain('Anna');

    const ics = await request(t.app.getHttpServer()).get(mine.calendarUrl);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.text).toContain(`UID:meeting-${mine.entries[0].meetingId}@werkbrug`);
    expect((await request(t.app.getHttpServer()).get('/calendar/not-a-real-token-at-all.ics')).status).toBe(
      404,
    );
    const html = await request(t.app.getHttpServer())
      .get(`/sessions/${sessionId}/table-plan.html`)
      .set('authorization', `Bearer ${rmt.token}`);
    expect(html.status).toBe(200);
    expect(html.text).toContain('Tafel');
    const refused = await request(t.app.getHttpServer())
      .get(`/sessions/${sessionId}/table-plan.html`)
      .set('authorization', `Bearer ${jobSeeker.token}`);
    expect(refused.status).toBe(403);
    const printed = await request(t.app.getHttpServer())
      .get(`/sessions/${sessionId}/agenda.html?candidateId=${candidates[0]}`)
      .set('authorization', `Bearer ${jobSeeker.token}`);
    expect(printed.status).toBe(200);
    expect(await agenda(jobSeeker, { candidateId: candidates[0] })).toMatchObject({ changedSinceSeen: true });
    expectData(
      await gql(
        `mutation($sessionId: ID!, $p: ParticipantInput!) { markSessionAgendaSeen(sessionId: $sessionId, participant: $p) { changedSinceSeen } }`,
        { sessionId, p: { candidateId: candidates[0] } },
        jobSeeker,
      ),
    );
  });

  it('a cancellation re-plans with the fewest changes, keeps locked meetings and marks changed agendas', async () => {
    const before = await meetings();
    const versionBefore = (await session()).planVersion;
    const locked = before.find((m) => m.candidate_id === candidates[0])!;
    expectData(
      await gql(
        `mutation($id: ID!) { lockSessionMeeting(meetingId: $id, locked: true) { locked } }`,
        { id: locked.id },
        rmt,
      ),
    );
    const cancelled = candidates[4];
    // The employer that was to meet the cancelled candidate has seen its agenda; the re-plan must flag it again.
    const affected = before.find((m) => m.candidate_id === cancelled)!.employer_id;
    const affectedHr = affected === employerB ? hrB : hrC;
    const SEEN = `mutation($sessionId: ID!, $p: ParticipantInput!) { markSessionAgendaSeen(sessionId: $sessionId, participant: $p) { changedSinceSeen } }`;
    expectData(await gql(SEEN, { sessionId, p: { employerId: affected } }, affectedHr));
    expect(await agenda(affectedHr, { employerId: affected })).toMatchObject({ changedSinceSeen: false });
    expectData(
      await gql(
        `mutation($sessionId: ID!, $p: ParticipantInput!) { cancelSessionParticipation(sessionId: $sessionId, participant: $p) }`,
        { sessionId, p: { candidateId: cancelled } },
        hrOwn,
      ),
    );
    const s = await planned(versionBefore + 1);
    const after = await meetings();
    expect(after.find((m) => m.candidate_id === cancelled)).toBeUndefined();
    expect(after.find((m) => m.id === locked.id)).toMatchObject({
      slot: locked.slot,
      table_no: locked.table_no,
    });
    // Meetings of others stayed where they were (same id, slot and table) unless they gave way to someone's floor.
    const kept = before.filter(
      (m) =>
        m.candidate_id !== cancelled &&
        after.some((a) => a.id === m.id && a.slot === m.slot && a.table_no === m.table_no),
    );
    expect(kept.length).toBeGreaterThanOrEqual(before.filter((m) => m.candidate_id !== cancelled).length - 1);
    const lost = before.filter((m) => m.candidate_id === cancelled).length;
    expect(s.planFigures.changed).toBeGreaterThanOrEqual(lost);
    expect(s.planFigures.changed).toBeLessThanOrEqual(lost + 1);
    expect(s.planFigures.kept).toBeGreaterThanOrEqual(before.length - lost - 1);
    expect(await agenda(affectedHr, { employerId: affected })).toMatchObject({ changedSinceSeen: true });
    const told = expectData(
      await gql(`{ myNotifications(unreadOnly: true) { kind subjectId } }`, {}, affectedHr),
    ).myNotifications;
    expect(told).toContainEqual({ kind: 'SESSION_AGENDA_CHANGED', subjectId: sessionId });
    const ics = await request(t.app.getHttpServer()).get(
      (await agenda(jobSeeker, { candidateId: candidates[0] })).calendarUrl,
    );
    expect(ics.text).toContain(`SEQUENCE:${s.planVersion}`);
  });

  it('after the deadline only the mobility team registers someone, and the re-plan fits them in', async () => {
    await f.query(
      `UPDATE meet_and_greet_session SET registration_deadline = now() - interval '1 hour' WHERE id = $1`,
      [sessionId],
    );
    const RESPOND = `mutation($sessionId: ID!, $p: ParticipantInput!, $a: SessionAnswerInput!) {
      respondToSessionInvitation(sessionId: $sessionId, participant: $p, answer: $a) }`;
    const late = { sessionId, p: { candidateId: candidates[4] }, a: { attending: true } };
    expectError(await gql(RESPOND, late, hrOwn), 'CONFLICT');
    const versionBefore = (await session()).planVersion;
    expectData(await gql(RESPOND, late, rmt));
    await planned(versionBefore + 1);
    expect((await meetings()).filter((m) => m.candidate_id === candidates[4]).length).toBeGreaterThanOrEqual(
      1,
    );
    const listed = expectData(
      await gql(
        `query($sessionId: ID!) { sessionCandidates(sessionId: $sessionId) { candidateId late status } }`,
        { sessionId },
        rmt,
      ),
    );
    expect(listed.sessionCandidates).toContainEqual({
      candidateId: candidates[4],
      late: true,
      status: 'ACCEPTED',
    });
  });

  it('after the meeting, outcomes move the match workflow on; nobody else may record them', async () => {
    const meeting = (await meetings()).find(
      (m) => m.candidate_id === candidates[0] && m.employer_id === employerC,
    )!;
    const RECORD = `mutation($input: MeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { outcome matchState } }`;
    expectError(
      await gql(RECORD, { input: { meetingId: meeting.id, outcome: 'FOLLOW_UP_TALK' } }, rmt),
      'CONFLICT',
    );
    // The session took place yesterday.
    await f.query(`UPDATE meet_and_greet_session SET session_date = current_date - 1 WHERE id = $1`, [
      sessionId,
    ]);
    expectError(
      await gql(RECORD, { input: { meetingId: meeting.id, outcome: 'FOLLOW_UP_TALK' } }, hrB),
      'NOT_FOUND',
    );
    const result = expectData(
      await gql(
        RECORD,
        {
          input: { meetingId: meeting.id, outcome: 'FOLLOW_UP_TALK', note: 'Tweede gesprek volgende week.' },
        },
        rmt,
      ),
    ).recordMeetingOutcome;
    // The team records what the employer said and that the meeting took place; the candidate's answer is theirs.
    expect(result).toEqual({ outcome: 'FOLLOW_UP_TALK', matchState: 'INTEREST_SHOWN' });
    const matchCase = () =>
      f.query<{ state: string; employer_id: string; candidate_interest: string | null }>(
        `SELECT state, employer_id, candidate_interest FROM match_case WHERE candidate_id = $1`,
        [candidates[0]],
      );
    expect(await matchCase()).toEqual([
      { state: 'INTEREST_SHOWN', employer_id: employerC, candidate_interest: null },
    ]);
    const history = await f.query<{ event: string; actor_role: string }>(
      `SELECT e.event, e.actor_role FROM match_case_event e JOIN match_case m ON m.id = e.match_case_id
       WHERE m.candidate_id = $1 ORDER BY e.id`,
      [candidates[0]],
    );
    expect(history).toEqual([{ event: 'EMPLOYER_INTERESTED', actor_role: 'MOBILITY_TEAM' }]);

    // The candidate gives their own answer: now both sides are interested and their consent is asked.
    const own = expectData(
      await gql(RECORD, { input: { meetingId: meeting.id, outcome: 'FOLLOW_UP_TALK' } }, jobSeeker),
    ).recordMeetingOutcome;
    expect(own).toEqual({ outcome: 'FOLLOW_UP_TALK', matchState: 'CONSENT_REQUESTED' });
    expect(await matchCase()).toEqual([
      { state: 'CONSENT_REQUESTED', employer_id: employerC, candidate_interest: 'INTERESTED' },
    ]);
  });
});
