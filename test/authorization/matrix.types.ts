import type { Role } from '@werkbrug/core';

/**
 * HR_A and HR_B are HR leads of two employers in AM27, HR_C of one in AM01; RMT27 and RMT01 are the mobility teams
 * of those regions; JS_A is the job seeker of candidateShared (employer A), JS_B the job seeker of candidateB
 * (employer B, shared with the region). COUNS is an external counsellor of AM27 who guides `trajectoryToClose`
 * (candidateB).
 */
export type ActorKey =
  'HR_A' | 'HR_B' | 'HR_C' | 'RMT27' | 'RMT01' | 'JS_A' | 'JS_B' | 'ADMIN' | 'COUNS' | 'ANON';
export const ACTORS: readonly ActorKey[] = [
  'HR_A',
  'HR_B',
  'HR_C',
  'RMT27',
  'RMT01',
  'JS_A',
  'JS_B',
  'ADMIN',
  'COUNS',
  'ANON',
];

/** CONFLICT: the caller passed the access check and a business rule (the object's state) refused. */
export type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'CONFLICT' | 'BAD_USER_INPUT';

export interface Ids {
  employerA: string;
  employerB: string;
  employerC: string;
  candidateShared: string;
  candidateDraft: string;
  candidateSelected: string;
  /** Employer B's candidate, shared with the region; JS_B's own profile. */
  candidateB: string;
  vacancyOpen: string;
  vacancyDraft: string;
  /** Employer B's open secondment vacancy. */
  vacancyB: string;
  skills: string[];
  pc4: string;
  /** A meet-and-greet session of AM27 to which candidateShared (JS_A) and employer B are invited. */
  sessionId: string;
  /** A second such session, closed by the matrix. */
  sessionToClose: string;
  /** A meeting of candidateShared with employer B in sessionId (the session is not published). */
  meetingId: string;
  /** A proposed secondment of candidateShared (employer A) to employer B, with dates. */
  placementId: string;
  /** candidateShared × vacancyB: both sides interested, consent asked. */
  matchCaseId: string;
  /** candidateSelected × vacancyB: introduced, so a placement can be proposed from it. */
  introducedMatchCaseId: string;
  /** A regional rematch of AM27. */
  rematchRunId: string;
  /** A job seeker's login, for the public login mutation. */
  loginEmail: string;
  /** Introduction consent HR_A recorded for a candidate of employer A without an account. */
  statementId: string;
  /** HR lead accounts for employer B requested by RMT27, pending approval: one to approve, one to reject. */
  pendingAccountId: string;
  pendingAccountToReject: string;
  /** The first HR lead of a new AM27 employer: requested by RMT27, approved by ADMIN, not activated yet. */
  activationPendingAccountId: string;
  /** HR_B's own account. */
  hrBUserId: string;
  /** An open erasure request for candidateSelected, made by RMT27 on the person's behalf. */
  erasureRequestId: string;
  /** JS_B's consent to e-mail (RECEIVE_EMAIL), in force. */
  consentRecordId: string;
  /** A spoor-2 trajectory of candidateShared (client employer A), guided by RMT27. */
  trajectoryId: string;
  /** A work-to-work trajectory of candidateB (client employer B), guided by COUNS; closed by the matrix. */
  trajectoryToClose: string;
  /** An action of `trajectoryId`'s plan for the counsellor. */
  planActionId: string;
  rmt27UserId: string;
  /** COUNS's own account. */
  counsellorUserId: string;
  /** The three-month follow-up of a hire of candidateDraft (employer A), not due yet. */
  followUpId: string;
  /** Employer A's mobility plan: version 1 published, version 2 a draft. */
  mobilityPlanId: string;
  mobilityPlanVersionId: string;
  mobilityPlanDraftVersionId: string;
  /** The published version's first path (guidance). */
  mobilityPlanPathId: string;
  /** Another plan of employer A with only a draft, published (and then versioned) by the matrix. */
  mobilityPlanToPublish: string;
  /** An anonymous question of JS_A about `mobilityPlanId`, not answered yet. */
  mobilityPlanQuestionId: string;
  /** An AM27 network made by RMT27 with employers A and B as active members (C is not in it). */
  networkId: string;
  /** Another such network, which HR_A and HR_B leave in the matrix. */
  networkToLeave: string;
  /** HR_A's open request in `networkId` about candidateShared, put to employer B. */
  collegialRequestId: string;
  /** Another such request, closed by HR_A in the matrix. */
  collegialRequestToClose: string;
  collegialRequestWithOffer: string;
}

export interface GqlResponse {
  data?: Record<string, any>;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** The test app as the matrix uses it (test/support is passed in, not imported across folders). */
export interface MatrixApp {
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse>;
}

/** Test data the matrix creates: the fixtures of test/support, bound to this run. */
export interface MatrixFixtures {
  unique(label: string): string;
  employer(regionCode: string): Promise<{ id: string }>;
  actor(
    role: Role,
    scope?: { employerId?: string; regionCode?: string; candidateId?: string },
  ): Promise<{ email: string; token: string }>;
  skillIds(count: number, offset?: number): Promise<string[]>;
  pc4(): Promise<string>;
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  candidateInput(overrides?: Record<string, unknown>): Promise<Record<string, unknown>>;
  vacancyInput(overrides?: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export type Expectation = Partial<Record<ActorKey, Outcome>> & { default: Outcome };

export interface Case {
  name: string;
  query: string;
  variables: (ids: Ids, f: MatrixFixtures) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expect: Expectation;
  /**
   * The object whose existence the operation could reveal. Wherever a caller is expected NOT_FOUND, the same
   * request with this id replaced by a random UUID must give the very same error (code and message).
   */
  probe?: keyof Ids;
  /** Callers who must not see the probed object although the operation answers them (lists, filters). */
  hiddenFrom?: ActorKey[];
}

export const ALL_OK: Expectation = { default: 'OK', ANON: 'UNAUTHENTICATED' };
export const PUBLIC_OK: Expectation = { default: 'OK' };

/** Role-gated operations: the given actors may, every other signed-in caller is refused whatever the object. */
export function only(...actors: ActorKey[]): Expectation {
  return {
    default: 'FORBIDDEN',
    ANON: 'UNAUTHENTICATED',
    ...Object.fromEntries(actors.map((a) => [a, 'OK'])),
  };
}

/** Object-scoped operations: nobody else sees the object at all. */
export function visibleTo(outcomes: Partial<Record<ActorKey, Outcome>>): Expectation {
  return { default: 'NOT_FOUND', ANON: 'UNAUTHENTICATED', ...outcomes };
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
export const isoDate = (days: number) => inDays(days).toISOString().slice(0, 10);
