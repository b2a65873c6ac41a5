/** Every kind of consent Werkbrug asks a candidate for. */
export enum ConsentKind {
  /** Other employers in the region may see the anonymised profile and match it. */
  SHARE_WITH_REGION = 'SHARE_WITH_REGION',
  /** Only the chosen employers may see the anonymised profile and match it. */
  SHARE_WITH_EMPLOYERS = 'SHARE_WITH_EMPLOYERS',
  /** An employer may read the candidate's name and contact details, for one introduction. */
  REVEAL_IDENTITY = 'REVEAL_IDENTITY',
  /** Taking part in one placement on the terms shown. */
  PLACEMENT = 'PLACEMENT',
  /** Messages from Werkbrug also arrive by e-mail. */
  RECEIVE_EMAIL = 'RECEIVE_EMAIL',
  /**
   * Employers who may see the profile also see the track, target-group status and support arrangements (they
   * can bring the host a subsidy or a no-risk policy). Without it they see working conditions only.
   */
  SHARE_TARGET_GROUP = 'SHARE_TARGET_GROUP',
}

/** Why a consent ended. */
export enum ConsentEndReason {
  /** The candidate (or their HR lead passing it on) withdrew it. */
  WITHDRAWN = 'WITHDRAWN',
  /** A newer consent of the same kind replaced it (other employers, changed terms). */
  SUPERSEDED = 'SUPERSEDED',
  /** Consent to share the profile ended, and with it everything that rested on it. */
  PROFILE_CONSENT_WITHDRAWN = 'PROFILE_CONSENT_WITHDRAWN',
  /** The statement it rested on was revoked by the candidate. */
  STATEMENT_REVOKED = 'STATEMENT_REVOKED',
  /** The match or placement it was for ended (closed, declined, cancelled, terms changed). */
  SUBJECT_ENDED = 'SUBJECT_ENDED',
}
