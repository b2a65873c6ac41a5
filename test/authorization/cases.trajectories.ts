import { ALL_OK, Case, isoDate, only, visibleTo } from './matrix.types';

const FIELDS = `{ id status }`;

export const TRAJECTORY_CASES: Case[] = [
  { name: 'trajectories', query: `{ trajectories { totalCount } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'trajectories of one candidate',
    query: `query($id: ID) { trajectories(candidateId: $id) { totalCount nodes { id } } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: ALL_OK,
    probe: 'candidateShared',
    // An empty list, exactly as for an unknown candidate.
    hiddenFrom: ['HR_B', 'HR_C', 'RMT01', 'JS_B', 'ADMIN', 'COUNS'],
  },
  {
    name: 'trajectory',
    query: `query($id: ID!) { trajectory(id: $id) ${FIELDS} }`,
    variables: (ids) => ({ id: ids.trajectoryId }),
    // The client employer, the region's team and the candidate; nobody else learns it exists.
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK', JS_A: 'OK' }),
    probe: 'trajectoryId',
  },
  {
    name: 'trajectory (guided by an external counsellor)',
    query: `query($id: ID!) { trajectory(id: $id) ${FIELDS} }`,
    variables: (ids) => ({ id: ids.trajectoryToClose }),
    // The counsellor sees the trajectories assigned to them, and nothing of any other.
    expect: visibleTo({ HR_B: 'OK', RMT27: 'OK', JS_B: 'OK', COUNS: 'OK' }),
    probe: 'trajectoryToClose',
  },
  {
    name: 'counsellors',
    query: `{ counsellors { id displayName } }`,
    variables: () => ({}),
    expect: only('RMT27', 'RMT01'),
  },
  {
    name: 'openTrajectory (the candidate already has one)',
    query: `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) ${FIELDS} }`,
    variables: (ids) => ({
      input: {
        candidateId: ids.candidateShared,
        kind: 'WORK_TO_WORK',
        counsellorUserId: ids.rmt27UserId,
        startedOn: isoDate(0),
      },
    }),
    // Those who see the candidate but are not its region's team are refused; the team hits the open one.
    expect: visibleTo({ HR_A: 'FORBIDDEN', HR_B: 'FORBIDDEN', JS_A: 'FORBIDDEN', RMT27: 'CONFLICT' }),
    probe: 'candidateShared',
  },
  {
    name: 'assignTrajectoryCounsellor',
    query: `mutation($id: ID!, $c: ID!) { assignTrajectoryCounsellor(id: $id, counsellorUserId: $c) ${FIELDS} }`,
    variables: (ids) => ({ id: ids.trajectoryId, c: ids.rmt27UserId }),
    expect: visibleTo({ HR_A: 'FORBIDDEN', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'trajectoryId',
  },
  {
    name: 'confirmTrajectoryPrecondition',
    query: `mutation($id: ID!, $input: ConfirmPreconditionInput!) { confirmTrajectoryPrecondition(id: $id, input: $input) ${FIELDS} }`,
    variables: (ids) => ({
      id: ids.trajectoryId,
      input: { kind: 'INTERNAL_REPLACEMENT_RULED_OUT', confirmedOn: isoDate(0) },
    }),
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'trajectoryId',
  },
  {
    name: 'saveTrajectoryScreening',
    query: `mutation($id: ID!, $input: SaveScreeningInput!) { saveTrajectoryScreening(id: $id, input: $input) ${FIELDS} }`,
    variables: (ids) => ({
      id: ids.trajectoryId,
      input: { items: [{ domain: 'MOTIVATION', score: 4 }] },
    }),
    expect: visibleTo({ HR_A: 'FORBIDDEN', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'trajectoryId',
  },
  {
    name: 'logTrajectoryContact',
    query: `mutation($id: ID!, $input: TrajectoryContactInput!) { logTrajectoryContact(id: $id, input: $input) ${FIELDS} }`,
    variables: (ids) => ({
      id: ids.trajectoryId,
      input: { occurredOn: isoDate(0), kind: 'PHONE', summary: 'Telefonisch de voortgang besproken.' },
    }),
    expect: visibleTo({ HR_A: 'FORBIDDEN', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'trajectoryId',
  },
  {
    name: 'saveTrajectoryScreening (an external counsellor’s trajectory)',
    query: `mutation($id: ID!, $input: SaveScreeningInput!) { saveTrajectoryScreening(id: $id, input: $input) ${FIELDS} }`,
    variables: (ids) => ({
      id: ids.trajectoryToClose,
      input: { items: [{ domain: 'WORK', score: 3 }] },
    }),
    // Only the counsellor guides; the region's team sees the trajectory but does not take over their work.
    expect: visibleTo({ HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN', JS_B: 'FORBIDDEN', COUNS: 'OK' }),
    probe: 'trajectoryToClose',
  },
  {
    name: 'assignTrajectoryCounsellor (an external counsellor)',
    query: `mutation($id: ID!, $c: ID!) { assignTrajectoryCounsellor(id: $id, counsellorUserId: $c) ${FIELDS} }`,
    variables: (ids) => ({ id: ids.trajectoryToClose, c: ids.counsellorUserId }),
    expect: visibleTo({ HR_B: 'FORBIDDEN', RMT27: 'OK', JS_B: 'FORBIDDEN', COUNS: 'FORBIDDEN' }),
    probe: 'trajectoryToClose',
  },
  {
    name: 'saveTrajectoryPlan',
    query: `mutation($id: ID!, $input: SaveTrajectoryPlanInput!) { saveTrajectoryPlan(id: $id, input: $input) ${FIELDS} }`,
    variables: (ids) => ({ id: ids.trajectoryId, input: { goals: 'Werk in de zorg.', hoursPerWeek: 8 } }),
    expect: visibleTo({ HR_A: 'FORBIDDEN', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'trajectoryId',
  },
  {
    name: 'addTrajectoryPlanAction',
    query: `mutation($id: ID!, $input: PlanActionInput!) { addTrajectoryPlanAction(id: $id, input: $input) ${FIELDS} }`,
    variables: (ids) => ({
      id: ids.trajectoryId,
      input: { description: 'Cv bijwerken.', owner: 'CANDIDATE', dueOn: isoDate(14) },
    }),
    expect: visibleTo({ HR_A: 'FORBIDDEN', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'trajectoryId',
  },
  {
    name: 'completeTrajectoryPlanAction (the counsellor’s own)',
    query: `mutation($id: ID!) { completeTrajectoryPlanAction(actionId: $id) ${FIELDS} }`,
    variables: (ids) => ({ id: ids.planActionId }),
    // Nobody ticks off someone else's work as done.
    expect: visibleTo({ HR_A: 'FORBIDDEN', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'planActionId',
  },
  {
    name: 'writeTrajectoryProgressNote',
    query: `mutation($id: ID!) { writeTrajectoryProgressNote(id: $id, input: { note: "Drie gesprekken gehad." }) ${FIELDS} }`,
    variables: (ids) => ({ id: ids.trajectoryId }),
    // The candidate's own words: only they write them.
    expect: visibleTo({ HR_A: 'FORBIDDEN', RMT27: 'FORBIDDEN', JS_A: 'OK' }),
    probe: 'trajectoryId',
  },
  {
    name: 'closeTrajectory',
    query: `mutation($id: ID!, $input: CloseTrajectoryInput!) { closeTrajectory(id: $id, input: $input) ${FIELDS} }`,
    variables: (ids) => ({
      id: ids.trajectoryToClose,
      input: { outcome: 'EXTERNAL_JOB', closedOn: isoDate(0) },
    }),
    expect: visibleTo({ HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN', JS_B: 'FORBIDDEN', COUNS: 'OK' }),
    probe: 'trajectoryToClose',
  },
  { name: 'followUps', query: `{ followUps { id status } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'recordedHires of one candidate',
    query: `query($id: ID) { recordedHires(candidateId: $id) { id } }`,
    variables: (ids) => ({ id: ids.candidateDraft }),
    expect: ALL_OK,
    probe: 'candidateDraft',
    hiddenFrom: ['HR_B', 'HR_C', 'RMT01', 'JS_A', 'JS_B', 'ADMIN', 'COUNS'],
  },
  {
    name: 'recordHire',
    query: `mutation($input: RecordHireInput!) { recordHire(input: $input) { id } }`,
    variables: (ids) => ({
      input: {
        candidateId: ids.candidateDraft,
        employerName: 'Zorggroep Elders',
        contractType: 'PERMANENT',
        startedOn: isoDate(0),
        source: 'OUTSIDE',
      },
    }),
    // Only the candidate's own HR leads see a draft profile.
    expect: visibleTo({ HR_A: 'OK' }),
    probe: 'candidateDraft',
  },
  {
    name: 'answerFollowUp (not due yet)',
    query: `mutation($id: ID!) { answerFollowUp(id: $id, input: { stillEmployed: true }) { id } }`,
    variables: (ids) => ({ id: ids.followUpId }),
    expect: visibleTo({ HR_A: 'CONFLICT', RMT27: 'CONFLICT' }),
    probe: 'followUpId',
  },
  {
    name: 'outcomeFigures of AM27',
    query: `query($from: LocalDate!, $to: LocalDate!) { outcomeFigures(from: $from, to: $to, regionCode: "AM27") { regionCode } }`,
    variables: () => ({ from: isoDate(-365), to: isoDate(0) }),
    // The region's team and HR leads, and administrators; no job seeker, nobody of another region.
    expect: { ...only('HR_A', 'HR_B', 'RMT27', 'ADMIN') },
  },
  {
    name: 'labourShortages of AM27',
    query: `{ labourShortages(regionCode: "AM27") { regionCode } }`,
    variables: () => ({}),
    expect: { ...only('HR_A', 'HR_B', 'RMT27', 'ADMIN') },
  },
  {
    name: 'earlyStartWorklist (HR leads: their own candidates; mobility teams: their region)',
    query: `{ earlyStartWorklist { until entries { publicCode } } }`,
    variables: () => ({}),
    expect: only('HR_A', 'HR_B', 'HR_C', 'RMT27', 'RMT01'),
  },
  {
    name: 'trajectoryReports',
    query: `query($id: ID!) { trajectoryReports(trajectoryId: $id) { id } }`,
    variables: (ids) => ({ id: ids.trajectoryId }),
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK', JS_A: 'OK' }),
    probe: 'trajectoryId',
  },
  {
    name: 'generateTrajectoryReport (interim)',
    query: `mutation($id: ID!) { generateTrajectoryReport(trajectoryId: $id, kind: INTERIM) { id } }`,
    variables: (ids) => ({ id: ids.trajectoryId }),
    expect: visibleTo({ HR_A: 'FORBIDDEN', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'trajectoryId',
  },
];
