/** Why a person is guided: work-to-work (redundancy, a contract that ends) or spoor-2 re-integration. */
export enum TrajectoryKind {
  WORK_TO_WORK = 'WORK_TO_WORK',
  SICKNESS_REINTEGRATION = 'SICKNESS_REINTEGRATION',
}

export enum TrajectoryStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/**
 * The conditions for a spoor-2 trajectory, each confirmed with a date by the client employer's HR lead or the
 * counsellor: without them a move to another employer cannot succeed (and UWV asks for them).
 */
export enum TrajectoryPrecondition {
  /** Re-placement within the own organisation has been examined and ruled out. */
  INTERNAL_REPLACEMENT_RULED_OUT = 'INTERNAL_REPLACEMENT_RULED_OUT',
  /** The employee knows that the employer will request dismissal. */
  INFORMED_OF_DISMISSAL_REQUEST = 'INFORMED_OF_DISMISSAL_REQUEST',
  /** The employee will resign when they find a job elsewhere. */
  WILL_RESIGN_ON_NEW_JOB = 'WILL_RESIGN_ON_NEW_JOB',
}

/** The life domains of the feasibility screening (intake by real-life assessment), in the report's order. */
export enum AssessmentDomain {
  GENERAL_IMPRESSION = 'GENERAL_IMPRESSION',
  MOTIVATION = 'MOTIVATION',
  HOUSING_AND_SURROUNDINGS = 'HOUSING_AND_SURROUNDINGS',
  DAILY_ROUTINE = 'DAILY_ROUTINE',
  FINANCES = 'FINANCES',
  EDUCATION = 'EDUCATION',
  WORK = 'WORK',
  NETWORK = 'NETWORK',
  SOCIAL_SKILLS = 'SOCIAL_SKILLS',
  PERSONAL_QUALITIES = 'PERSONAL_QUALITIES',
  HEALTH = 'HEALTH',
  WISHES_FOR_WORK = 'WISHES_FOR_WORK',
  COACHING = 'COACHING',
}

/** How the screening ends. */
export enum ScreeningAdvice {
  START_TRAJECTORY = 'START_TRAJECTORY',
  /** Spoor 2 was examined carefully and will not succeed; the reason is recorded. */
  NOT_FEASIBLE = 'NOT_FEASIBLE',
}

export enum ContactKind {
  TALK = 'TALK',
  PHONE = 'PHONE',
  HOME_VISIT = 'HOME_VISIT',
  VIDEO = 'VIDEO',
  EMAIL = 'EMAIL',
  /** The candidate did not come: an absence, recorded with its consequence. */
  NO_SHOW = 'NO_SHOW',
}

/** How a trajectory ended. The first five count as a success of the trajectory. */
export enum TrajectoryOutcome {
  /** A job at another employer for at least six months. */
  EXTERNAL_JOB = 'EXTERNAL_JOB',
  CANDIDATE_RESIGNED = 'CANDIDATE_RESIGNED',
  /** Registered as self-employed with the KvK. */
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  SETTLEMENT_AGREEMENT = 'SETTLEMENT_AGREEMENT',
  /** Documented insufficient cooperation: the file that supports a dismissal request. */
  INSUFFICIENT_COOPERATION = 'INSUFFICIENT_COOPERATION',
  /** Back to work at the own employer after all. */
  RETURNED_TO_OWN_EMPLOYER = 'RETURNED_TO_OWN_EMPLOYER',
  /** The screening advised against spoor 2. */
  NOT_FEASIBLE = 'NOT_FEASIBLE',
  STOPPED_BY_CANDIDATE = 'STOPPED_BY_CANDIDATE',
  /** Any other ending without a result; the note says which. */
  OTHER = 'OTHER',
}

export const SUCCESS_OUTCOMES: ReadonlySet<TrajectoryOutcome> = new Set([
  TrajectoryOutcome.EXTERNAL_JOB,
  TrajectoryOutcome.CANDIDATE_RESIGNED,
  TrajectoryOutcome.SELF_EMPLOYED,
  TrajectoryOutcome.SETTLEMENT_AGREEMENT,
  TrajectoryOutcome.INSUFFICIENT_COOPERATION,
]);

/** What a viewer sees of a trajectory: the health details only as the counsellor or the candidate. */
export enum TrajectoryVisibility {
  /** The counsellor and the candidate: everything, the health domain and the functional-capacity notes too. */
  FULL = 'FULL',
  /** The client employer's HR leads and the region's mobility team: without health details. */
  WITHOUT_HEALTH = 'WITHOUT_HEALTH',
}

/** Where a hire came from: a match, a placement (secondment, trial place) or outside Werkbrug. */
export enum HireSource {
  MATCH = 'MATCH',
  PLACEMENT = 'PLACEMENT',
  OUTSIDE = 'OUTSIDE',
}

/** Where a follow-up stands: not due yet, due and unanswered, or answered. Never assumed. */
export enum FollowUpStatus {
  UPCOMING = 'UPCOMING',
  DUE = 'DUE',
  ANSWERED = 'ANSWERED',
}

/** How the outcome figures are split: not at all, or per track, sector or (client) employer. */
export enum FigureBreakdown {
  NONE = 'NONE',
  TRACK = 'TRACK',
  SECTOR = 'SECTOR',
  EMPLOYER = 'EMPLOYER',
}

/** Which report: after the intake (screening), on request while it runs, or at the end. */
export enum TrajectoryReportKind {
  INTAKE = 'INTAKE',
  INTERIM = 'INTERIM',
  FINAL = 'FINAL',
}

/** The modules of a trajectory plan, as re-integration providers offer them. */
export enum TrajectoryModule {
  /** Coming to terms with the loss of the job, and motivation for work elsewhere. */
  COMING_TO_TERMS = 'COMING_TO_TERMS',
  WORK_ORIENTATION = 'WORK_ORIENTATION',
  TRAINING = 'TRAINING',
  APPLICATION_COACHING = 'APPLICATION_COACHING',
  INDIVIDUAL_MEDIATION = 'INDIVIDUAL_MEDIATION',
  SELF_EMPLOYMENT = 'SELF_EMPLOYMENT',
  /** Following up attendance and absence during the trajectory. */
  ATTENDANCE_FOLLOW_UP = 'ATTENDANCE_FOLLOW_UP',
  FITNESS = 'FITNESS',
}

/** Who an action of the plan is for. */
export enum PlanActionOwner {
  CANDIDATE = 'CANDIDATE',
  COUNSELLOR = 'COUNSELLOR',
  /** The client employer (its HR leads). */
  CLIENT = 'CLIENT',
}
