/** Kinds of placement between employers (see docs/glossary.md). */
export enum PlacementKind {
  SECONDMENT = 'SECONDMENT',
  PROJECT_HIRE = 'PROJECT_HIRE',
  TRIAL_PLACEMENT = 'TRIAL_PLACEMENT',
  WORK_EXPERIENCE = 'WORK_EXPERIENCE',
}

export enum PlacementPurpose {
  GAIN_EXPERIENCE = 'GAIN_EXPERIENCE',
  REINTEGRATION = 'REINTEGRATION',
  TRIAL_BEFORE_HIRING = 'TRIAL_BEFORE_HIRING',
}

export enum PlacementStatus {
  /** Proposed; waiting for both HR leads' agreement and the candidate's consent. */
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

export enum PlacementPayer {
  LENDING_EMPLOYER = 'LENDING_EMPLOYER',
  HOST_EMPLOYER = 'HOST_EMPLOYER',
  MUNICIPALITY = 'MUNICIPALITY',
  NOBODY = 'NOBODY',
}

export enum PlacementFollowUp {
  HIRED = 'HIRED',
  EXTENDED = 'EXTENDED',
  RETURNED = 'RETURNED',
}

/** Which party someone acts for on a placement. */
export enum PlacementParty {
  LENDER = 'LENDER',
  HOST = 'HOST',
  CANDIDATE = 'CANDIDATE',
  MOBILITY_TEAM = 'MOBILITY_TEAM',
}
