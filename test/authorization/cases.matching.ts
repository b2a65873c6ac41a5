import { Case, Expectation, only, visibleTo } from './matrix.types';

/** A candidate's own side (their HR leads, themself) and their region's mobility team; HR_B sees the profile. */
const OWNER_SIDE_OR_REGION_TEAM: Expectation = visibleTo({
  HR_A: 'OK',
  JS_A: 'OK',
  RMT27: 'OK',
  HR_B: 'FORBIDDEN',
});

/** Who sees the case candidateShared × vacancyB: both sides and the region's mobility team. */
const CASE_PARTIES = { HR_A: 'OK', HR_B: 'OK', JS_A: 'OK', RMT27: 'OK' } as const;

const RESPOND = (side: string) =>
  `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { state } }`;

export const MATCHING_CASES: Case[] = [
  {
    name: 'mySuggestions',
    query: `{ mySuggestions { totalCount } }`,
    variables: () => ({}),
    expect: only('JS_A', 'JS_B'),
  },
  {
    name: 'candidateMatches (own side only, or the mobility team)',
    query: `query($id: ID!) { candidateMatches(candidateId: $id) { totalCount } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: OWNER_SIDE_OR_REGION_TEAM,
    probe: 'candidateShared',
  },
  {
    name: 'candidateMatches (narrowed to a network: its members and the team; a job seeker sees no networks)',
    query: `query($id: ID!, $network: ID!) { candidateMatches(candidateId: $id, networkId: $network) { totalCount } }`,
    variables: (ids) => ({ id: ids.candidateShared, network: ids.networkId }),
    expect: { ...OWNER_SIDE_OR_REGION_TEAM, JS_A: 'NOT_FOUND' },
    probe: 'networkId',
  },
  {
    name: 'match (one suggestion: either side of it, or the mobility team)',
    query: `query($c: ID!, $v: ID!) { match(candidateId: $c, vacancyId: $v) { score } }`,
    variables: (ids) => ({ c: ids.candidateShared, v: ids.vacancyB }),
    expect: visibleTo(CASE_PARTIES),
    probe: 'candidateShared',
  },
  {
    name: 'whyNotMatched (the same people as match: either side of it, or the mobility team)',
    query: `query($c: ID!, $v: ID!) { whyNotMatched(candidateId: $c, vacancyId: $v) { listed } }`,
    variables: (ids) => ({ c: ids.candidateShared, v: ids.vacancyB }),
    expect: visibleTo(CASE_PARTIES),
    probe: 'candidateShared',
  },
  {
    name: 'partTimeCombinations',
    query: `query($id: ID!) { partTimeCombinations(candidateId: $id) { score } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: OWNER_SIDE_OR_REGION_TEAM,
    probe: 'candidateShared',
  },
  {
    name: "vacancyMatches (the employer's HR leads and the mobility team)",
    query: `query($id: ID!) { vacancyMatches(vacancyId: $id) { totalCount } }`,
    variables: (ids) => ({ id: ids.vacancyOpen }),
    // Everyone else who sees the open vacancy is refused; the other region does not see it.
    expect: { ...only('HR_A', 'RMT27'), HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'vacancyOpen',
  },
  {
    name: 'vacancyMatches (narrowed to a network the employer is in)',
    query: `query($id: ID!, $network: ID!) { vacancyMatches(vacancyId: $id, networkId: $network) { totalCount } }`,
    variables: (ids) => ({ id: ids.vacancyOpen, network: ids.networkId }),
    expect: { ...only('HR_A', 'RMT27'), HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'networkId',
  },
  {
    name: "vacancyDropOut (the employer's HR leads and the mobility team, like vacancyMatches)",
    query: `query($id: ID!) { vacancyDropOut(vacancyId: $id) { compared } }`,
    variables: (ids) => ({ id: ids.vacancyOpen }),
    expect: { ...only('HR_A', 'RMT27'), HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'vacancyOpen',
  },
  {
    name: 'vacancyDropOut (narrowed to a network the employer is in)',
    query: `query($id: ID!, $network: ID!) { vacancyDropOut(vacancyId: $id, networkId: $network) { compared } }`,
    variables: (ids) => ({ id: ids.vacancyOpen, network: ids.networkId }),
    expect: { ...only('HR_A', 'RMT27'), HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'networkId',
  },
  {
    name: 'regionMatches',
    query: `{ regionMatches(filter: { minScore: 10 }) { totalCount } }`,
    variables: () => ({}),
    expect: only('RMT27', 'RMT01'),
  },
  {
    name: 'regionMatches (a network of the region)',
    query: `query($id: ID!) { regionMatches(filter: { networkId: $id }) { totalCount } }`,
    variables: (ids) => ({ id: ids.networkId }),
    // Another region's team does not know the network: the same answer as a random id.
    expect: { ...only('RMT27', 'RMT01'), RMT01: 'NOT_FOUND' },
    probe: 'networkId',
  },
  {
    name: 'allocationPlan',
    query: `{ allocationPlan { positions } }`,
    variables: () => ({}),
    expect: only('RMT27', 'RMT01'),
  },
  {
    name: 'startRegionRematch (AM27)',
    query: `mutation { startRegionRematch(regionCode: "AM27") { id } }`,
    variables: () => ({}),
    expect: only('RMT27', 'ADMIN'),
  },
  {
    name: 'startRegionRematch (own region)',
    query: `mutation { startRegionRematch { id } }`,
    variables: () => ({}),
    // Administrators name the region they mean.
    expect: only('RMT27', 'RMT01'),
  },
  {
    name: 'latestRematchRun (AM27)',
    query: `{ latestRematchRun(regionCode: "AM27") { status } }`,
    variables: () => ({}),
    expect: only('RMT27', 'ADMIN'),
  },
  {
    name: 'rematchRun (AM27)',
    query: `query($id: ID!) { rematchRun(id: $id) { status } }`,
    variables: (ids) => ({ id: ids.rematchRunId }),
    // Role-gated for everyone but mobility teams and administrators; another region's run does not exist for a team.
    expect: { ...only('RMT27', 'ADMIN'), RMT01: 'NOT_FOUND' },
    probe: 'rematchRunId',
  },
  {
    name: 'matchCase',
    query: `query($id: ID!) { matchCase(id: $id) { state history { event } } }`,
    variables: (ids) => ({ id: ids.matchCaseId }),
    expect: visibleTo(CASE_PARTIES),
    probe: 'matchCaseId',
  },
  {
    name: 'respondToMatchAsCandidate',
    query: RESPOND('Candidate'),
    variables: (ids) => ({
      input: { candidateId: ids.candidateShared, vacancyId: ids.vacancyB, interested: true },
    }),
    // The job seeker; their HR lead answers on behalf only of candidates without an account.
    expect: visibleTo({ JS_A: 'OK', HR_A: 'FORBIDDEN' }),
    probe: 'candidateShared',
  },
  {
    name: 'respondToMatchAsEmployer',
    query: RESPOND('Employer'),
    variables: (ids) => ({
      input: { candidateId: ids.candidateShared, vacancyId: ids.vacancyB, interested: true },
    }),
    expect: visibleTo({ HR_B: 'OK' }),
    probe: 'vacancyB',
  },
  {
    name: 'answerIntroductionConsent (declined)',
    query: `mutation($id: ID!) { answerIntroductionConsent(matchCaseId: $id, consent: DECLINED) { state } }`,
    variables: (ids) => ({ id: ids.matchCaseId }),
    // The candidate answers (their HR lead only for candidates without an account); the employer and the
    // mobility team see the case but cannot.
    expect: visibleTo({ JS_A: 'OK', HR_A: 'FORBIDDEN', HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'matchCaseId',
  },
  {
    name: 'recordMatchOutcome (before an introduction)',
    query: `mutation($id: ID!) { recordMatchOutcome(matchCaseId: $id, outcome: HIRED) { state } }`,
    variables: (ids) => ({ id: ids.matchCaseId }),
    // The vacancy's employer and the team may record it, but not before an introduction (CONFLICT).
    expect: visibleTo({ HR_B: 'CONFLICT', RMT27: 'CONFLICT', HR_A: 'FORBIDDEN', JS_A: 'FORBIDDEN' }),
    probe: 'matchCaseId',
  },
  {
    name: 'rateMatch',
    query: `mutation($input: MatchRatingInput!) { rateMatch(input: $input) { useful } }`,
    variables: (ids) => ({
      input: { candidateId: ids.candidateShared, vacancyId: ids.vacancyB, useful: true },
    }),
    // Job seekers rate their own suggestions; another candidate's do not exist for them.
    expect: { ...only('JS_A'), JS_B: 'NOT_FOUND' },
    probe: 'candidateShared',
  },
];
