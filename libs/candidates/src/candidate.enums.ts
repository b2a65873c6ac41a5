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

/**
 * Target groups of people with a labour disability: they can bring the host employer a subsidy or a no-risk
 * policy. Need-to-know: other employers see them only with the candidate's consent (SHARE_TARGET_GROUP).
 */
export enum TargetGroup {
  /** In the target-group register of the jobs agreement (banenafspraak). */
  JOBS_AGREEMENT = 'JOBS_AGREEMENT',
  /** Eligible for wage-cost subsidy (loonkostensubsidie). */
  WAGE_COST_SUBSIDY = 'WAGE_COST_SUBSIDY',
  /** Covered by the no-risk policy (no-riskpolis): the host is compensated for sick pay. */
  NO_RISK_POLICY = 'NO_RISK_POLICY',
  /** Eligible for a wage dispensation (loondispensatie). */
  WAGE_DISPENSATION = 'WAGE_DISPENSATION',
}

/**
 * Support needs that describe the conditions under which someone works well. Every employer that may see the
 * profile sees these; the others (a job coach, an adjusted workplace, …) are support arrangements that point to
 * a labour disability and are need-to-know like the track.
 */
export const WORKING_CONDITIONS: ReadonlySet<SupportNeed> = new Set([
  SupportNeed.FIXED_SCHEDULE,
  SupportNeed.NO_NIGHT_SHIFTS,
  SupportNeed.GRADUAL_BUILD_UP_OF_HOURS,
  SupportNeed.QUIET_WORKSPACE,
  SupportNeed.CLEAR_INSTRUCTIONS,
]);
