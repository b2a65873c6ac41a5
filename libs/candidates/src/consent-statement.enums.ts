/** What a consent statement recorded on a candidate's behalf agreed to. */
export enum ConsentStatementKind {
  /** Being introduced to another employer: that employer's HR leads may read the identity. */
  INTRODUCTION = 'INTRODUCTION',
  /** Taking part in a placement (secondment, trial placement, …) on the terms shown. */
  PLACEMENT = 'PLACEMENT',
}

/** How the candidate gave the consent to their HR lead. */
export enum ConsentMethod {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  IN_WRITING = 'IN_WRITING',
}

/** Why a statement is no longer in force. */
export enum ConsentRevocationReason {
  /** The candidate revoked it once they had an account. */
  REVOKED_BY_CANDIDATE = 'REVOKED_BY_CANDIDATE',
  /** The consent it gave was withdrawn or declined in the workflow (by the candidate, or passed on for them). */
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  /** The candidate's consent to share their profile was withdrawn: every introduction ended. */
  PROFILE_CONSENT_WITHDRAWN = 'PROFILE_CONSENT_WITHDRAWN',
  /** The placement's terms changed: the consent was for the old ones. */
  TERMS_CHANGED = 'TERMS_CHANGED',
  PLACEMENT_CANCELLED = 'PLACEMENT_CANCELLED',
  PLACEMENT_DECLINED = 'PLACEMENT_DECLINED',
}
