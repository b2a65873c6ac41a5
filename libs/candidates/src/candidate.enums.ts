export enum CandidateTrack {
  /** Redundancy: work-to-work (van werk naar werk). */
  WORK_TO_WORK = 'WORK_TO_WORK',
  /** Labour disability, e.g. a (subsidised) contract that ends: flow-through to another employer. */
  LABOUR_DISABILITY = 'LABOUR_DISABILITY',
  /** Spoor 2: a long-term sick employee re-integrating with another employer. */
  SICKNESS_REINTEGRATION = 'SICKNESS_REINTEGRATION',
  VOLUNTARY_MOBILITY = 'VOLUNTARY_MOBILITY',
}

export enum CandidateStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  PLACED = 'PLACED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum SharingScope {
  REGION = 'REGION',
  SELECTED_EMPLOYERS = 'SELECTED_EMPLOYERS',
}

export enum ConsentStatus {
  NOT_ASKED = 'NOT_ASKED',
  GIVEN = 'GIVEN',
  WITHDRAWN = 'WITHDRAWN',
}

/** Generic support categories. Deliberately no medical or diagnostic categories. */
export enum SupportNeed {
  JOB_COACH = 'JOB_COACH',
  ADJUSTED_WORKPLACE = 'ADJUSTED_WORKPLACE',
  FIXED_SCHEDULE = 'FIXED_SCHEDULE',
  NO_NIGHT_SHIFTS = 'NO_NIGHT_SHIFTS',
  GRADUAL_BUILD_UP_OF_HOURS = 'GRADUAL_BUILD_UP_OF_HOURS',
  QUIET_WORKSPACE = 'QUIET_WORKSPACE',
  CLEAR_INSTRUCTIONS = 'CLEAR_INSTRUCTIONS',
  TRANSPORT_ASSISTANCE = 'TRANSPORT_ASSISTANCE',
  LANGUAGE_SUPPORT = 'LANGUAGE_SUPPORT',
  EXTRA_SUPERVISION = 'EXTRA_SUPERVISION',
}

export enum SkillLevel {
  BASIC = 1,
  INDEPENDENT = 2,
  PROFICIENT = 3,
  EXPERT = 4,
}

/** Who may see which profiles and what they see of them (see CandidateAccessPolicy). */
export enum ProfileVisibility {
  /** The owning employer's HR leads and the candidate themself. */
  OWNER = 'OWNER',
  /** Anyone else allowed to see the profile: never the identity, never the owner's internal fields. */
  ANONYMISED = 'ANONYMISED',
}
