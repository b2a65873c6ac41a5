import { ALL_OK, Case, Expectation, inDays, isoDate, only, visibleTo } from './matrix.types';

export const sessionSetup = () => ({
  title: 'Matchingsbijeenkomst',
  venue: 'Stadhuis',
  date: isoDate(10),
  firstSlotStart: '13:00',
  slotMinutes: 15,
  slotCount: 4,
  tableCount: 4,
  maxMeetingsPerCandidate: 3,
  maxMeetingsPerRepresentative: 4,
  minMeetingsPerCandidate: 1,
  registrationDeadline: inDays(5).toISOString(),
});

/** Who takes part in the session: the invited candidate's own side, the invited employer, and the region's team. */
const PARTICIPANTS_OR_TEAM: Expectation = visibleTo({ RMT27: 'OK', HR_A: 'OK', HR_B: 'OK', JS_A: 'OK' });

/** Run by the region's mobility team; participants see the session but are refused, others do not see it. */
const TEAM_ONLY = (team: 'OK' | 'CONFLICT' = 'OK'): Expectation =>
  visibleTo({ RMT27: team, HR_A: 'FORBIDDEN', HR_B: 'FORBIDDEN', JS_A: 'FORBIDDEN' });

/** The meeting of candidateShared with employer B: both sides and the team may record an outcome. */
const MEETING_PARTIES = { RMT27: 'CONFLICT', HR_A: 'CONFLICT', HR_B: 'CONFLICT', JS_A: 'CONFLICT' } as const;

const sessionMutation = (field: string) => `mutation($id: ID!) { ${field}(sessionId: $id) { id } }`;

export const SESSION_CASES: Case[] = [
  {
    name: 'meetAndGreetSessions',
    query: `{ meetAndGreetSessions { id } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'meetAndGreetSession',
    query: `query($id: ID!) { meetAndGreetSession(sessionId: $id) { id status } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: PARTICIPANTS_OR_TEAM,
    probe: 'sessionId',
  },
  {
    name: 'createMeetAndGreetSession',
    query: `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`,
    variables: () => ({ input: sessionSetup() }),
    expect: only('RMT27', 'RMT01'),
  },
  {
    name: 'updateMeetAndGreetSession',
    query: `mutation($id: ID!, $input: UpdateSessionSetupInput!) { updateMeetAndGreetSession(sessionId: $id, input: $input) { id } }`,
    variables: (ids) => ({ id: ids.sessionId, input: { venue: 'Raadzaal' } }),
    expect: TEAM_ONLY(),
    probe: 'sessionId',
  },
  {
    name: 'sessionInviteeSuggestions',
    query: `query($id: ID!) { sessionInviteeSuggestions(sessionId: $id) { candidates { candidateId } } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: TEAM_ONLY(),
    probe: 'sessionId',
  },
  {
    name: 'inviteToSession',
    query: `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) { employers } }`,
    variables: (ids) => ({ id: ids.sessionId, input: { employers: [{ employerId: ids.employerB }] } }),
    expect: TEAM_ONLY(),
    probe: 'sessionId',
  },
  {
    name: 'sessionCandidates',
    query: `query($id: ID!) { sessionCandidates(sessionId: $id) { candidateId } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: PARTICIPANTS_OR_TEAM,
    probe: 'sessionId',
  },
  {
    name: 'sessionEmployers',
    query: `query($id: ID!) { sessionEmployers(sessionId: $id) { employerId } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: PARTICIPANTS_OR_TEAM,
    probe: 'sessionId',
  },
  {
    name: 'respondToSessionInvitation (employer B)',
    query: `mutation($id: ID!, $p: ParticipantInput!) {
      respondToSessionInvitation(sessionId: $id, participant: $p, answer: { attending: true }) }`,
    variables: (ids) => ({ id: ids.sessionId, p: { employerId: ids.employerB } }),
    expect: visibleTo({ RMT27: 'OK', HR_B: 'OK' }),
    probe: 'employerB',
  },
  {
    name: 'setSessionWish (candidate side)',
    query: `mutation($id: ID!, $input: SessionWishInput!) { setSessionWish(sessionId: $id, input: $input) { kind } }`,
    variables: (ids) => ({
      id: ids.sessionId,
      input: {
        candidateId: ids.candidateShared,
        employerId: ids.employerB,
        side: 'CANDIDATE',
        kind: 'WOULD_LIKE',
      },
    }),
    // The team sees every participant but does not speak for the candidate; employer B is not shown candidates
    // who have not accepted, so for HR_B the participant does not exist.
    expect: visibleTo({ HR_A: 'OK', JS_A: 'OK', RMT27: 'FORBIDDEN' }),
    probe: 'candidateShared',
  },
  {
    name: 'setSessionWish (candidate side, about an employer that was never invited)',
    query: `mutation($id: ID!, $input: SessionWishInput!) { setSessionWish(sessionId: $id, input: $input) { kind } }`,
    variables: (ids) => ({
      id: ids.sessionId,
      input: {
        candidateId: ids.candidateShared,
        employerId: ids.employerA,
        side: 'CANDIDATE',
        kind: 'WOULD_LIKE',
      },
    }),
    expect: visibleTo({}),
    probe: 'employerA',
  },
  {
    name: 'sessionWishes',
    query: `query($id: ID!) { sessionWishes(sessionId: $id) { kind } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: PARTICIPANTS_OR_TEAM,
    probe: 'sessionId',
  },
  {
    name: 'sessionAgenda (candidate)',
    query: `query($id: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $id, participant: $p) { published } }`,
    variables: (ids) => ({ id: ids.sessionId, p: { candidateId: ids.candidateShared } }),
    expect: visibleTo({ RMT27: 'OK', HR_A: 'OK', JS_A: 'OK' }),
    probe: 'candidateShared',
  },
  {
    name: 'sessionAgenda (employer B)',
    query: `query($id: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $id, participant: $p) { published } }`,
    variables: (ids) => ({ id: ids.sessionId, p: { employerId: ids.employerB } }),
    expect: visibleTo({ RMT27: 'OK', HR_B: 'OK' }),
    probe: 'employerB',
  },
  {
    name: 'markSessionAgendaSeen (candidate)',
    query: `mutation($id: ID!, $p: ParticipantInput!) { markSessionAgendaSeen(sessionId: $id, participant: $p) { changedSinceSeen } }`,
    variables: (ids) => ({ id: ids.sessionId, p: { candidateId: ids.candidateShared } }),
    // The team sees every agenda but only the owner's side marks it seen.
    expect: visibleTo({ HR_A: 'OK', JS_A: 'OK', RMT27: 'FORBIDDEN' }),
    probe: 'candidateShared',
  },
  {
    name: 'sessionTablePlan',
    query: `query($id: ID!) { sessionTablePlan(sessionId: $id) { printUrl } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: TEAM_ONLY(),
    probe: 'sessionId',
  },
  {
    name: 'sessionUnmetWishes',
    query: `query($id: ID!) { sessionUnmetWishes(sessionId: $id) { reason } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: PARTICIPANTS_OR_TEAM,
    probe: 'sessionId',
  },
  {
    name: 'lockSessionMeeting',
    query: `mutation($id: ID!) { lockSessionMeeting(meetingId: $id, locked: true) { locked } }`,
    variables: (ids) => ({ id: ids.meetingId }),
    // The meeting's own participants see it (on their agenda) but only the team locks it.
    expect: TEAM_ONLY(),
    probe: 'meetingId',
  },
  {
    name: 'moveSessionMeeting (to a round the session does not have)',
    query: `mutation($input: MoveSessionMeetingInput!) { moveSessionMeeting(input: $input) { locked } }`,
    variables: (ids) => ({ input: { meetingId: ids.meetingId, slot: 48, table: 1 } }),
    // Only the team moves meetings; its request passes the access check and is refused for the round.
    expect: visibleTo({ RMT27: 'BAD_USER_INPUT', HR_A: 'FORBIDDEN', HR_B: 'FORBIDDEN', JS_A: 'FORBIDDEN' }),
    probe: 'meetingId',
  },
  {
    name: 'recordMeetingOutcome (before the meeting)',
    query: `mutation($input: MeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { outcome } }`,
    variables: (ids) => ({ input: { meetingId: ids.meetingId, outcome: 'FOLLOW_UP_TALK' } }),
    // Both participants and the team may, once the plan is published and the meeting has started.
    expect: visibleTo(MEETING_PARTIES),
    probe: 'meetingId',
  },
  {
    name: 'planMeetAndGreetSession',
    query: `mutation($id: ID!) { planMeetAndGreetSession(sessionId: $id) { planStatus } }`,
    variables: (ids) => ({ id: ids.sessionId }),
    expect: TEAM_ONLY(),
    probe: 'sessionId',
  },
  {
    name: 'publishMeetAndGreetSession (no current plan)',
    query: sessionMutation('publishMeetAndGreetSession'),
    variables: (ids) => ({ id: ids.sessionId }),
    expect: TEAM_ONLY('CONFLICT'),
    probe: 'sessionId',
  },
  {
    name: 'unpublishMeetAndGreetSession (not published)',
    query: sessionMutation('unpublishMeetAndGreetSession'),
    variables: (ids) => ({ id: ids.sessionId }),
    expect: TEAM_ONLY('CONFLICT'),
    probe: 'sessionId',
  },
  {
    name: 'cancelSessionParticipation (employer B)',
    query: `mutation($id: ID!, $p: ParticipantInput!) { cancelSessionParticipation(sessionId: $id, participant: $p) }`,
    variables: (ids) => ({ id: ids.sessionId, p: { employerId: ids.employerB } }),
    // HR_B cancels the attendance it gave above; after that there is nothing left for the team to cancel.
    expect: visibleTo({ HR_B: 'OK', RMT27: 'CONFLICT' }),
    probe: 'employerB',
  },
  {
    name: 'markSessionNoShow (employer B)',
    query: `mutation($id: ID!, $p: ParticipantInput!) { markSessionNoShow(sessionId: $id, participant: $p) }`,
    variables: (ids) => ({ id: ids.sessionId, p: { employerId: ids.employerB } }),
    // Only the team records a no-show (of someone who had accepted: employer B cancelled, hence CONFLICT).
    expect: visibleTo({ HR_B: 'FORBIDDEN', RMT27: 'CONFLICT' }),
    probe: 'employerB',
  },
  {
    name: 'markSessionLateArrival (candidate, session not published)',
    query: `mutation($id: ID!, $p: ParticipantInput!) { markSessionLateArrival(sessionId: $id, participant: $p, arrivesForSlot: 2) }`,
    variables: (ids) => ({ id: ids.sessionId, p: { candidateId: ids.candidateShared } }),
    // Only the team registers a late arrival, on the day of a published plan; the candidate's side sees the
    // participation but is refused, employer B does not see it.
    expect: visibleTo({ RMT27: 'CONFLICT', HR_A: 'FORBIDDEN', JS_A: 'FORBIDDEN' }),
    probe: 'candidateShared',
  },
  {
    name: 'closeMeetAndGreetSession',
    query: sessionMutation('closeMeetAndGreetSession'),
    variables: (ids) => ({ id: ids.sessionToClose }),
    expect: TEAM_ONLY(),
    probe: 'sessionToClose',
  },
];
