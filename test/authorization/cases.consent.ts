import { ALL_OK, Case, isoDate, only, visibleTo } from './matrix.types';

const statementInput = () => ({ method: 'IN_PERSON', givenOn: isoDate(0), textVersion: 'v1' });

/** Consent recorded on a candidate's behalf: only for candidates without an account, and theirs to revoke. */
export const CONSENT_CASES: Case[] = [
  {
    name: 'introductionConsentText',
    query: `query($id: ID!) { introductionConsentText(matchCaseId: $id) { textVersion } }`,
    variables: (ids) => ({ id: ids.matchCaseId }),
    // The candidate's side; the employer and the team see the case but not the text meant for the candidate.
    expect: visibleTo({ JS_A: 'OK', HR_A: 'OK', HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'matchCaseId',
  },
  {
    name: 'recordIntroductionConsentStatement (candidate with an account)',
    query: `mutation($id: ID!, $input: RecordConsentStatementInput!) {
      recordIntroductionConsentStatement(matchCaseId: $id, input: $input) { id } }`,
    variables: (ids) => ({ id: ids.matchCaseId, input: statementInput() }),
    // JS_A answers for themself, so nobody records consent for them.
    expect: visibleTo({ JS_A: 'FORBIDDEN', HR_A: 'FORBIDDEN', HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'matchCaseId',
  },
  {
    name: 'placementConsentText',
    query: `query($id: ID!) { placementConsentText(placementId: $id) { textVersion } }`,
    variables: (ids) => ({ id: ids.placementId }),
    expect: visibleTo({ JS_A: 'OK', HR_A: 'OK', HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'placementId',
  },
  {
    name: 'recordPlacementConsentStatement (candidate with an account)',
    query: `mutation($id: ID!, $input: RecordConsentStatementInput!) {
      recordPlacementConsentStatement(placementId: $id, input: $input) { id } }`,
    variables: (ids) => ({ id: ids.placementId, input: statementInput() }),
    expect: visibleTo({ JS_A: 'FORBIDDEN', HR_A: 'FORBIDDEN', HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'placementId',
  },
  {
    name: 'consentStatements',
    query: `query($id: ID!) { consentStatements(candidateId: $id) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: visibleTo({ JS_A: 'OK', HR_A: 'OK' }),
    probe: 'candidateShared',
  },
  {
    name: 'myConsentStatements',
    query: `{ myConsentStatements { id } }`,
    variables: () => ({}),
    expect: only('JS_A', 'JS_B'),
  },
  {
    name: 'revokeConsentStatement (of a candidate without an account)',
    query: `mutation($id: ID!) { revokeConsentStatement(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.statementId }),
    // Only the candidate revokes; their HR lead, who recorded it, sees it but cannot.
    expect: visibleTo({ HR_A: 'FORBIDDEN' }),
    probe: 'statementId',
  },
  {
    name: 'consentRecords',
    query: `query($id: ID!) { consentRecords(candidateId: $id) { id kind textNl inForce } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    // The candidate, their own HR lead and the region's team (which organises introductions).
    expect: visibleTo({ JS_A: 'OK', HR_A: 'OK', RMT27: 'OK' }),
    probe: 'candidateShared',
  },
  {
    name: 'myConsents',
    query: `{ myConsents { id kind } }`,
    variables: () => ({}),
    expect: only('JS_A', 'JS_B'),
  },
  {
    name: 'consentText',
    query: `{ consentText(kind: SHARE_TARGET_GROUP) { textNl textVersion } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'shareTargetGroup (stop sharing)',
    query: `mutation($id: ID!) { shareTargetGroup(candidateId: $id, share: false) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    // Stopping is the candidate's, or passed on by their HR lead; giving it is theirs alone (need-to-know spec).
    expect: visibleTo({ JS_A: 'OK', HR_A: 'OK' }),
    probe: 'candidateShared',
  },
  {
    name: 'setEmailNotifications',
    query: `mutation { setEmailNotifications(on: true) { id } }`,
    variables: () => ({}),
    expect: only('JS_A', 'JS_B'),
  },
  {
    name: 'withdrawConsent (e-mail)',
    query: `mutation($id: ID!) { withdrawConsent(id: $id) { id inForce } }`,
    variables: (ids) => ({ id: ids.consentRecordId }),
    // JS_B's own consent to e-mail: their HR lead sees the register but only the candidate turns e-mail off.
    expect: visibleTo({ JS_B: 'OK', HR_B: 'FORBIDDEN' }),
    probe: 'consentRecordId',
  },
];
