import { randomUUID } from 'node:crypto';
import { ALL_OK, Case, only, PUBLIC_OK, visibleTo } from './matrix.types';

/** Accounts, reference data, employers, candidates, identities, vacancies and region figures. */
export const CORE_CASES: Case[] = [
  {
    name: 'login',
    query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    variables: (ids) => ({ input: { email: ids.loginEmail, password: 'correct-horse-battery-staple' } }),
    expect: PUBLIC_OK,
  },
  {
    name: 'claimJobSeekerAccount (unknown code)',
    query: `mutation($input: ClaimJobSeekerAccountInput!) { claimJobSeekerAccount(input: $input) { accessToken } }`,
    // A fresh code and address each time: failed claims are rate-limited like failed logins.
    variables: (_ids, f) => ({
      input: {
        code: randomUUID().replace(/-/g, '').slice(0, 14).toUpperCase(),
        email: `${f.unique('nobody').replace(/\W/g, '')}@test.werkbrug.nl`,
        password: 'a-long-enough-password',
        displayName: 'Niemand',
      },
    }),
    // Public, and the same answer for everyone: it reveals nothing about which codes exist.
    expect: { default: 'BAD_USER_INPUT' },
  },
  { name: 'me', query: `{ me { id role } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'createStaffAccount (HR lead of B)',
    query: `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { id } } }`,
    variables: (ids, f) => ({
      input: {
        email: `${f.unique('hr').replace(/\W/g, '')}@test.werkbrug.nl`,
        displayName: 'HR',
        role: 'HR_LEAD',
        employerId: ids.employerB,
      },
    }),
    // Another region's HR leads and team do not see employer B at all.
    expect: { ...only('RMT27', 'ADMIN'), HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'employerB',
  },
  {
    name: 'pendingStaffAccounts',
    query: `{ pendingStaffAccounts { approvalBasis } }`,
    variables: () => ({}),
    expect: { ...ALL_OK, JS_A: 'FORBIDDEN', JS_B: 'FORBIDDEN', COUNS: 'FORBIDDEN' },
  },
  {
    name: 'approveStaffAccount (HR lead requested for employer B, which has an HR lead)',
    query: `mutation($id: ID!) { approveStaffAccount(id: $id) { account { id } activation { code } } }`,
    variables: (ids) => ({ id: ids.pendingAccountId }),
    // Only employer B's administrator HR lead may approve; the request is known to its requester, to
    // administrators and to employer B's HR leads, and to nobody else.
    expect: visibleTo({ HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN', ADMIN: 'FORBIDDEN' }),
    probe: 'pendingAccountId',
  },
  {
    name: 'rejectStaffAccount (withdrawn by its requester)',
    query: `mutation($id: ID!) { rejectStaffAccount(id: $id, reason: "Dubbel") { id } }`,
    variables: (ids) => ({ id: ids.pendingAccountToReject }),
    expect: visibleTo({ HR_B: 'FORBIDDEN', RMT27: 'OK', ADMIN: 'CONFLICT' }),
    probe: 'pendingAccountToReject',
  },
  {
    name: 'renewStaffAccountActivation (approved by ADMIN, requested by RMT27)',
    query: `mutation($id: ID!) { renewStaffAccountActivation(id: $id) { code } }`,
    variables: (ids) => ({ id: ids.activationPendingAccountId }),
    // Only its approver gets a new code; the requester knows of the account but never holds a code.
    expect: visibleTo({ RMT27: 'FORBIDDEN', ADMIN: 'OK' }),
    probe: 'activationPendingAccountId',
  },
  {
    name: 'activateStaffAccount (unknown code)',
    query: `mutation($input: ActivateStaffAccountInput!) { activateStaffAccount(input: $input) { accessToken } }`,
    // A fresh code and address each time: failed activations are rate-limited like failed claims.
    variables: (_ids, f) => ({
      input: {
        code: randomUUID().replace(/-/g, '').slice(0, 14).toUpperCase(),
        email: `${f.unique('nobody').replace(/\W/g, '')}@test.werkbrug.nl`,
        password: 'a-long-enough-password',
      },
    }),
    // Public, and the same answer for everyone: it reveals nothing about which codes or accounts exist.
    expect: { default: 'BAD_USER_INPUT' },
  },
  {
    name: 'staffAccountEvents',
    query: `{ staffAccountEvents(limit: 10) { kind account { id } } }`,
    variables: () => ({}),
    expect: only('ADMIN'),
  },
  {
    name: 'setEmployerAdmin (HR_B)',
    query: `mutation($id: ID!) { setEmployerAdmin(userId: $id, employerAdmin: true) { id } }`,
    variables: (ids) => ({ id: ids.hrBUserId }),
    // HR_A is employer A's administrator HR lead: another employer's HR lead does not exist for them.
    expect: { default: 'FORBIDDEN', ANON: 'UNAUTHENTICATED', HR_A: 'NOT_FOUND' },
    probe: 'hrBUserId',
  },
  { name: 'regions', query: `{ regions { code } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'postcodeArea',
    query: `query($pc4: String!) { postcodeArea(pc4: $pc4) { regionCode } }`,
    variables: (ids) => ({ pc4: ids.pc4 }),
    expect: ALL_OK,
  },
  {
    name: 'searchSkills',
    query: `{ searchSkills(query: "klant") { skillId } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'suggestSkillsFromText',
    query: `{ suggestSkillsFromText(text: "Ik kan goed plannen en werk graag met klanten") { skillId } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'searchOccupations',
    query: `{ searchOccupations(query: "zorg") { id } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'skills',
    query: `query($ids: [ID!]!) { skills(ids: $ids) { id } }`,
    variables: (ids) => ({ ids: ids.skills }),
    expect: ALL_OK,
  },
  { name: 'employers', query: `{ employers { totalCount } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'employer (AM27)',
    query: `query($id: ID!) { employer(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.employerA }),
    expect: { ...ALL_OK, HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'employerA',
  },
  {
    name: 'createEmployer (AM27)',
    query: `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }`,
    variables: (ids, f) => ({
      input: {
        name: f.unique('Nieuwe werkgever'),
        sector: 'RETAIL',
        regionCode: 'AM27',
        locations: [{ pc4: ids.pc4 }],
      },
    }),
    expect: only('RMT27', 'ADMIN'),
  },
  {
    name: 'updateEmployer (A)',
    query: `mutation($id: ID!) { updateEmployer(id: $id, input: { sector: CARE }) { id } }`,
    variables: (ids) => ({ id: ids.employerA }),
    expect: { ...only('HR_A', 'RMT27', 'ADMIN'), HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'employerA',
  },
  {
    name: 'candidateProfile (shared with region)',
    query: `query($id: ID!) { candidateProfile(id: $id) { id visibility } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: {
      ...ALL_OK,
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ADMIN: 'NOT_FOUND',
      JS_B: 'NOT_FOUND',
      COUNS: 'NOT_FOUND',
    },
    probe: 'candidateShared',
  },
  {
    name: 'candidateProfile (in an external counsellor’s caseload)',
    query: `query($id: ID!) { candidateProfile(id: $id) { id visibility } }`,
    variables: (ids) => ({ id: ids.candidateB }),
    // The counsellor reads the profile of the person whose trajectory they guide, anonymised, and no other.
    expect: { ...ALL_OK, HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND', ADMIN: 'NOT_FOUND', JS_A: 'NOT_FOUND' },
    probe: 'candidateB',
  },
  {
    name: 'candidateProfile (shared with employer B only)',
    query: `query($id: ID!) { candidateProfile(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.candidateSelected }),
    expect: visibleTo({ HR_A: 'OK', HR_B: 'OK', RMT27: 'OK' }),
    probe: 'candidateSelected',
  },
  {
    name: 'candidateProfile (draft)',
    query: `query($id: ID!) { candidateProfile(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.candidateDraft }),
    expect: visibleTo({ HR_A: 'OK' }),
    probe: 'candidateDraft',
  },
  {
    name: 'candidateProfiles',
    query: `{ candidateProfiles { totalCount } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'myCandidateProfile',
    query: `{ myCandidateProfile { id } }`,
    variables: () => ({}),
    expect: only('JS_A', 'JS_B'),
  },
  {
    name: 'createCandidateProfile',
    query: `mutation($input: CreateCandidateInput!) { createCandidateProfile(input: $input) { id } }`,
    variables: async (_ids, f) => ({ input: await f.candidateInput({ consentGiven: false }) }),
    expect: only('HR_A', 'HR_B', 'HR_C'),
  },
  {
    name: 'updateCandidateProfile (shared)',
    query: `mutation($id: ID!) { updateCandidateProfile(id: $id, input: { hoursMax: 32 }) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    // Those who see the profile (anonymised, or their own as a job seeker) are refused; nobody else sees it.
    expect: {
      ...only('HR_A'),
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ADMIN: 'NOT_FOUND',
      JS_B: 'NOT_FOUND',
      COUNS: 'NOT_FOUND',
    },
    probe: 'candidateShared',
  },
  {
    name: 'changeCandidateStatus (shared)',
    query: `mutation($id: ID!) { changeCandidateStatus(id: $id, status: ACTIVE) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: {
      ...only('HR_A'),
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ADMIN: 'NOT_FOUND',
      JS_B: 'NOT_FOUND',
      COUNS: 'NOT_FOUND',
    },
    probe: 'candidateShared',
  },
  {
    name: 'recordCandidateConsent (shared)',
    query: `mutation($id: ID!) { recordCandidateConsent(id: $id, given: true) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    // JS_A has an account: consent is theirs to give, their HR lead may not give it for them.
    expect: {
      ...only('JS_A'),
      HR_C: 'NOT_FOUND',
      RMT01: 'NOT_FOUND',
      ADMIN: 'NOT_FOUND',
      JS_B: 'NOT_FOUND',
      COUNS: 'NOT_FOUND',
    },
    probe: 'candidateShared',
  },
  {
    name: 'candidateIdentity',
    query: `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "matrix test") { fullName } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    // Those who see the anonymised profile are told why not (no consent); for everyone else it does not exist.
    expect: visibleTo({ HR_A: 'OK', JS_A: 'OK', HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'candidateShared',
  },
  {
    name: 'identityAccessLog',
    query: `query($id: ID!) { identityAccessLog(candidateId: $id) { id } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    // Refused to those who see the (anonymised) profile; NOT_FOUND, like a random id, for everyone else.
    expect: visibleTo({ HR_A: 'OK', JS_A: 'OK', HR_B: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'candidateShared',
  },
  {
    name: 'updateCandidateIdentity (shared)',
    query: `mutation($id: ID!) { updateCandidateIdentity(candidateId: $id, input: { fullName: "Anna de Vries" }) { fullName } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: visibleTo({ HR_A: 'OK', JS_A: 'OK' }),
    probe: 'candidateShared',
  },
  {
    name: 'createJobSeekerInvitation (draft candidate)',
    query: `mutation($id: ID!) { createJobSeekerInvitation(candidateId: $id) { sentTo } }`,
    variables: (ids) => ({ id: ids.candidateDraft }),
    expect: { ...only('HR_A'), HR_B: 'NOT_FOUND', HR_C: 'NOT_FOUND' },
    probe: 'candidateDraft',
  },
  {
    name: 'vacancy (open)',
    query: `query($id: ID!) { vacancy(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.vacancyOpen }),
    expect: { ...ALL_OK, HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'vacancyOpen',
  },
  {
    name: 'vacancy (draft)',
    query: `query($id: ID!) { vacancy(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.vacancyDraft }),
    expect: visibleTo({ HR_A: 'OK', ADMIN: 'OK' }),
    probe: 'vacancyDraft',
  },
  { name: 'vacancies', query: `{ vacancies { totalCount } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'vacancies (of employer A)',
    query: `query($id: ID!) { vacancies(employerId: $id) { totalCount } }`,
    variables: (ids) => ({ id: ids.employerA }),
    // A filter over what the caller sees: another region's employer gives the page a random id gives.
    expect: ALL_OK,
    probe: 'employerA',
    hiddenFrom: ['HR_C', 'RMT01'],
  },
  {
    name: 'createVacancy',
    query: `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`,
    variables: async (_ids, f) => ({ input: await f.vacancyInput() }),
    expect: only('HR_A', 'HR_B', 'HR_C'),
  },
  {
    name: 'updateVacancy (open)',
    query: `mutation($id: ID!) { updateVacancy(id: $id, input: { positions: 2 }) { id } }`,
    variables: (ids) => ({ id: ids.vacancyOpen }),
    expect: { ...only('HR_A'), HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'vacancyOpen',
  },
  {
    name: 'changeVacancyStatus (open)',
    query: `mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`,
    variables: (ids) => ({ id: ids.vacancyOpen }),
    expect: { ...only('HR_A'), HR_C: 'NOT_FOUND', RMT01: 'NOT_FOUND' },
    probe: 'vacancyOpen',
  },
  {
    name: 'regionStatistics (AM27)',
    query: `{ regionStatistics(regionCode: "AM27") { openVacancies } }`,
    variables: () => ({}),
    expect: only('HR_A', 'HR_B', 'RMT27', 'ADMIN'),
  },
  {
    name: 'everyRegionStatistics',
    query: `{ everyRegionStatistics { regionCode openVacancies } }`,
    variables: () => ({}),
    expect: only('ADMIN'),
  },
  { name: 'myNotifications', query: `{ myNotifications { id } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'unreadNotificationCount',
    query: `{ unreadNotificationCount }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'markNotificationsRead',
    query: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
    // Only the caller's own notifications change; anyone else's ids count as zero, like random ids.
    variables: (ids) => ({ ids: [ids.placementId] }),
    expect: ALL_OK,
  },
  {
    name: 'setNotificationMail',
    // Each one's own setting, left on as it was. Job seekers decide with their consent to e-mail instead.
    query: `mutation { setNotificationMail(enabled: true) { id notificationMail } }`,
    variables: () => ({}),
    expect: only('HR_A', 'HR_B', 'HR_C', 'RMT27', 'RMT01'),
  },
];
