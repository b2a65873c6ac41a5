/**
 * Domain vocabularies shared by several libraries (candidates, vacancies, employers, matching later).
 * Stored as text with CHECK constraints, so adding a value is a small migration.
 */
export enum Sector {
  CARE = 'CARE',
  CATERING = 'CATERING',
  CLEANING = 'CLEANING',
  LOGISTICS = 'LOGISTICS',
  RETAIL = 'RETAIL',
  PUBLIC_ADMINISTRATION = 'PUBLIC_ADMINISTRATION',
  EDUCATION = 'EDUCATION',
  MANUFACTURING = 'MANUFACTURING',
  CONSTRUCTION = 'CONSTRUCTION',
  ICT = 'ICT',
  BUSINESS_SERVICES = 'BUSINESS_SERVICES',
  AGRICULTURE = 'AGRICULTURE',
  TRANSPORT = 'TRANSPORT',
  FINANCE = 'FINANCE',
  CULTURE_AND_RECREATION = 'CULTURE_AND_RECREATION',
  FACILITY_SERVICES = 'FACILITY_SERVICES',
}

export enum ContractType {
  PERMANENT = 'PERMANENT',
  FIXED_TERM = 'FIXED_TERM',
  TEMPORARY_AGENCY = 'TEMPORARY_AGENCY',
  SECONDMENT = 'SECONDMENT',
  TRAINEESHIP = 'TRAINEESHIP',
  SHELTERED = 'SHELTERED',
}

export enum TravelMode {
  WALK = 'WALK',
  BICYCLE = 'BICYCLE',
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  CAR = 'CAR',
}

export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}

export enum Shift {
  DAY = 'DAY',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
}

export function enumValues<E extends Record<string, string>>(e: E): string[] {
  return Object.values(e);
}

/** SQL list for CHECK constraints in migrations, e.g. `'A','B'`. */
export function sqlList<E extends Record<string, string>>(e: E): string {
  return Object.values(e)
    .map((v) => `'${v}'`)
    .join(',');
}

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

export enum VacancyKind {
  JOB = 'JOB',
  SECONDMENT = 'SECONDMENT',
  TRIAL_PLACEMENT = 'TRIAL_PLACEMENT',
  /** Meeloopstage. */
  WORK_EXPERIENCE = 'WORK_EXPERIENCE',
  /** Inleen. */
  PROJECT_HIRE = 'PROJECT_HIRE',
}

export enum VacancyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}
