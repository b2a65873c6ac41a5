import { regionToday } from '@werkbrug/core';
import { quarterOf } from '@werkbrug/networks/network-rules';
import { ALL_OK, type Case, isoDate, only, visibleTo } from './matrix.types';
import { sessionSetup } from './cases.sessions';

const COMMITMENT = `{ commitmentStart: "${isoDate(0)}", commitmentEnd: "${isoDate(200)}", contactName: "HR-adviseur" }`;

/**
 * Employer networks and collegial requests: the network's active members (HR_A, HR_B) and the region's team
 * (RMT27) see it and its requests; HR_C, another employer of the region, and everyone else see nothing of it.
 */
export const NETWORK_CASES: Case[] = [
  {
    name: 'employerNetworks',
    query: `{ employerNetworks { id name } }`,
    variables: () => ({}),
    expect: ALL_OK,
    probe: 'networkId',
    hiddenFrom: ['HR_C', 'RMT01', 'JS_A', 'JS_B', 'ADMIN', 'COUNS'],
  },
  {
    name: 'employerNetwork',
    query: `query($id: ID!) { employerNetwork(id: $id) { id members { employerId contactName } } }`,
    variables: (ids) => ({ id: ids.networkId }),
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'OK' }),
    probe: 'networkId',
  },
  {
    name: 'createEmployerNetwork',
    query: `mutation { createEmployerNetwork(input: { name: "Nieuw netwerk", employerIds: [], commitment: ${COMMITMENT} }) { id } }`,
    variables: () => ({}),
    // HR leads for their own employer, the team for its region; nobody else makes networks.
    expect: only('HR_A', 'HR_B', 'HR_C', 'RMT27', 'RMT01'),
  },
  {
    name: 'inviteToEmployerNetwork',
    query: `mutation($id: ID!) { inviteToEmployerNetwork(networkId: $id, employerIds: []) { id } }`,
    variables: (ids) => ({ id: ids.networkId }),
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'OK' }),
    probe: 'networkId',
  },
  {
    name: 'joinEmployerNetwork',
    query: `mutation($id: ID!) { joinEmployerNetwork(networkId: $id, commitment: ${COMMITMENT}) { id } }`,
    variables: (ids) => ({ id: ids.networkId }),
    // Joining is an employer's own: the team organises, it does not join.
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'FORBIDDEN' }),
    probe: 'networkId',
  },
  {
    name: 'collegialRequests',
    query: `query($id: ID!) { collegialRequests(networkId: $id) { id candidatePublicCode answers { kind } } }`,
    variables: (ids) => ({ id: ids.networkId }),
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'OK' }),
    probe: 'networkId',
  },
  {
    name: 'networkReview',
    query: `query($id: ID!) { networkReview(networkId: $id, from: "${isoDate(-90)}", to: "${isoDate(0)}") {
      requests medianHoursToFirstAnswer members { employerId asked } } }`,
    variables: (ids) => ({ id: ids.networkId }),
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'OK' }),
    probe: 'networkId',
  },
  {
    name: 'createCollegialRequest',
    query: `mutation($id: ID!, $candidate: ID!) { createCollegialRequest(input: { networkId: $id, candidateId: $candidate,
      sought: PROJECT_WORK, startFrom: "${isoDate(20)}", durationMonths: 3, hoursPerWeek: 16 }) { id } }`,
    variables: (ids) => ({ id: ids.networkId, candidate: ids.candidateShared }),
    // For one's own candidate only: HR_B sees the shared profile but may not ask for it.
    expect: visibleTo({ HR_A: 'OK', HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'networkId',
  },
  {
    name: 'answerCollegialRequest',
    query: `mutation($id: ID!) { answerCollegialRequest(requestId: $id, answer: { kind: CONVERSATION, note: "Kom langs" }) { id } }`,
    variables: (ids) => ({ id: ids.collegialRequestId }),
    // Only the members it was put to answer; the asker and the team read.
    expect: visibleTo({ HR_A: 'FORBIDDEN', HR_B: 'OK', RMT27: 'FORBIDDEN' }),
    probe: 'collegialRequestId',
  },
  {
    name: 'closeCollegialRequest',
    query: `mutation($id: ID!) { closeCollegialRequest(requestId: $id) { status } }`,
    variables: (ids) => ({ id: ids.collegialRequestToClose }),
    expect: visibleTo({ HR_A: 'OK', HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'collegialRequestToClose',
  },
  {
    name: 'proposePlacementFromCollegialOffer',
    query: `mutation($id: ID!, $host: ID!) { proposePlacementFromCollegialOffer(requestId: $id, offeringEmployerId: $host,
      kind: SECONDMENT, input: { purpose: GAIN_EXPERIENCE, contractHoursPerWeek: 32, salaryPaidBy: LENDING_EMPLOYER,
      travelCostsReimbursed: true, travelCostsPaidBy: HOST_EMPLOYER, lendingContact: "HR A", hostContact: "HR B" }) {
      answers { placement { id } } } }`,
    variables: (ids) => ({ id: ids.collegialRequestWithOffer, host: ids.employerB }),
    // The asker turns the offer into a placement (the team could too, but by its turn the offer has one); the
    // member that offered agrees to the placement afterwards, it does not propose it.
    expect: visibleTo({ HR_A: 'OK', HR_B: 'FORBIDDEN', RMT27: 'CONFLICT' }),
    probe: 'collegialRequestWithOffer',
  },
  {
    name: 'reciprocityLedger (network)',
    query: `query($id: ID!) { reciprocityLedger(from: "${isoDate(-90)}", to: "${isoDate(90)}", networkId: $id) {
      employers { employerId hoursLent } } }`,
    variables: (ids) => ({ id: ids.networkId }),
    // The ledger between the network's members: for those who see the network's work.
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'OK' }),
    probe: 'networkId',
  },
  {
    name: 'createMeetAndGreetSession (network)',
    query: `mutation($input: SessionSetupInput!, $id: ID!) { createMeetAndGreetSession(input: $input, networkId: $id) {
      id networkId } }`,
    variables: (ids) => ({ input: sessionSetup(), id: ids.networkId }),
    // Sessions are the team's; another region's team does not know the network (the same answer as a random id).
    expect: { ...only('RMT27', 'RMT01'), RMT01: 'BAD_USER_INPUT' },
    probe: 'networkId',
    hiddenFrom: ['RMT01'],
  },
  {
    name: 'writeNetworkReviewNotes',
    query: `mutation($id: ID!, $quarter: LocalDate!) { writeNetworkReviewNotes(networkId: $id, quarterStart: $quarter,
      notes: { successes: "Twee werkervaringsplekken gevonden." }) { quarterStart } }`,
    variables: (ids) => ({ id: ids.networkId, quarter: quarterOf(regionToday()).start }),
    // Each member writes its own notes; the team reads them in the review.
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'FORBIDDEN' }),
    probe: 'networkId',
  },
  {
    name: 'leaveEmployerNetwork',
    query: `mutation($id: ID!) { leaveEmployerNetwork(networkId: $id) }`,
    variables: (ids) => ({ id: ids.networkToLeave }),
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'FORBIDDEN' }),
    probe: 'networkToLeave',
  },
];
