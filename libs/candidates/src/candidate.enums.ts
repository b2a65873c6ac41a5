import { SupportNeed } from '@werkbrug/core/domain-enums';

// The domain enums the pure cores also use live in @werkbrug/core; the candidates lib re-exports them.
export { CandidateStatus, CandidateTrack, SkillLevel, SupportNeed } from '@werkbrug/core/domain-enums';

export enum SharingScope {
  REGION = 'REGION',
  SELECTED_EMPLOYERS = 'SELECTED_EMPLOYERS',
}

export enum ConsentStatus {
  NOT_ASKED = 'NOT_ASKED',
  GIVEN = 'GIVEN',
  WITHDRAWN = 'WITHDRAWN',
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
