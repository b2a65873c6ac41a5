import { ALL_OK, Case, Expectation, Ids, isoDate, only, visibleTo } from './matrix.types';

export const placementTerms = () => ({
  purpose: 'GAIN_EXPERIENCE',
  startDate: isoDate(30),
  endDate: isoDate(90),
  hoursPerWeek: 16,
  contractHoursPerWeek: 32,
  salaryPaidBy: 'LENDING_EMPLOYER',
  travelCostsReimbursed: false,
  travelCostsPaidBy: 'NOBODY',
  lendingContact: 'HR A',
  hostContact: 'HR B',
});

export const proposal = (ids: Pick<Ids, 'candidateShared' | 'employerB'>) => ({
  ...placementTerms(),
  candidateId: ids.candidateShared,
  hostEmployerId: ids.employerB,
  kind: 'SECONDMENT',
});

/** The lending and host employers' HR leads, the candidate and the region's mobility team. */
const PARTIES: Expectation = visibleTo({ HR_A: 'OK', HR_B: 'OK', JS_A: 'OK', RMT27: 'OK' });
/** Every party passes the access check; the placement's state (agreed, not started) refuses the step. */
const PARTIES_REFUSED_BY_STATE: Expectation = visibleTo({
  HR_A: 'CONFLICT',
  HR_B: 'CONFLICT',
  JS_A: 'CONFLICT',
  RMT27: 'CONFLICT',
});

const act = (field: string, extra = '') => `mutation($id: ID!) { ${field}(id: $id${extra}) { status } }`;

export const PLACEMENT_CASES: Case[] = [
  { name: 'placements', query: `{ placements { id } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'placement',
    query: `query($id: ID!) { placement(id: $id) { id status } }`,
    variables: (ids) => ({ id: ids.placementId }),
    expect: PARTIES,
    probe: 'placementId',
  },
  {
    name: 'placementHistory',
    query: `query($id: ID!) { placementHistory(id: $id) { event } }`,
    variables: (ids) => ({ id: ids.placementId }),
    expect: PARTIES,
    probe: 'placementId',
  },
  {
    name: 'proposePlacement',
    query: `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
    // Another candidate (shared with employer B only), so these proposals do not touch the placement above.
    variables: (ids) => ({ input: { ...proposal(ids), candidateId: ids.candidateSelected } }),
    // The host may propose too; others do not see the candidate.
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'OK' }),
    probe: 'candidateSelected',
  },
  {
    name: 'proposePlacementFromMatch',
    query: `mutation($id: ID!, $input: PlacementTermsInput!) { proposePlacementFromMatch(matchCaseId: $id, input: $input) { id } }`,
    variables: (ids) => ({ id: ids.introducedMatchCaseId, input: placementTerms() }),
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'OK' }),
    probe: 'introducedMatchCaseId',
  },
  {
    name: 'agreeToPlacement',
    query: act('agreeToPlacement'),
    variables: (ids) => ({ id: ids.placementId }),
    // The mobility team moves placements on but never agrees for a party.
    expect: { ...PARTIES, RMT27: 'CONFLICT' },
    probe: 'placementId',
  },
  {
    name: 'startPlacement (before its start date)',
    query: act('startPlacement'),
    variables: (ids) => ({ id: ids.placementId }),
    expect: PARTIES_REFUSED_BY_STATE,
    probe: 'placementId',
  },
  {
    name: 'endPlacement (not started)',
    query: act('endPlacement'),
    variables: (ids) => ({ id: ids.placementId }),
    expect: PARTIES_REFUSED_BY_STATE,
    probe: 'placementId',
  },
  {
    name: 'evaluatePlacement (not started)',
    query: act('evaluatePlacement', ', evaluation: "Goed verlopen"'),
    variables: (ids) => ({ id: ids.placementId }),
    expect: PARTIES_REFUSED_BY_STATE,
    probe: 'placementId',
  },
  {
    name: 'recordPlacementFollowUp (not ended)',
    query: act('recordPlacementFollowUp', ', followUp: HIRED'),
    variables: (ids) => ({ id: ids.placementId }),
    expect: PARTIES_REFUSED_BY_STATE,
    probe: 'placementId',
  },
  {
    name: 'changePlacementTerms',
    query: `mutation($id: ID!, $input: ChangePlacementTermsInput!) { changePlacementTerms(id: $id, input: $input) { status } }`,
    variables: (ids) => ({ id: ids.placementId, input: { ...placementTerms(), kind: 'SECONDMENT' } }),
    // The candidate consents or declines but does not change the terms.
    expect: { ...PARTIES, JS_A: 'CONFLICT' },
    probe: 'placementId',
  },
  {
    name: 'declinePlacement',
    query: act('declinePlacement', ', reason: "Past niet"'),
    variables: (ids) => ({ id: ids.placementId }),
    // HR_A declines first; after that the placement is over for everyone.
    expect: { ...PARTIES_REFUSED_BY_STATE, HR_A: 'OK' },
    probe: 'placementId',
  },
  {
    name: 'cancelPlacement (declined)',
    query: act('cancelPlacement', ', reason: "Gaat niet door"'),
    variables: (ids) => ({ id: ids.placementId }),
    expect: PARTIES_REFUSED_BY_STATE,
    probe: 'placementId',
  },
  {
    name: 'declareHostCapacity',
    query: `mutation { declareHostCapacity(input: { from: "2027-01-01", hoursPerWeek: 80 }) { id } }`,
    variables: () => ({}),
    expect: only('HR_A', 'HR_B', 'HR_C'),
  },
  { name: 'hostCapacity', query: `{ hostCapacity { id } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'reciprocityLedger',
    query: `{ reciprocityLedger(from: "2027-01-01", to: "2027-12-31") { periods } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
];
