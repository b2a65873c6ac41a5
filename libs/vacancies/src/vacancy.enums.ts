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

export enum SkillRequirement {
  REQUIRED = 'REQUIRED',
  NICE_TO_HAVE = 'NICE_TO_HAVE',
  TRAINED_ON_THE_JOB = 'TRAINED_ON_THE_JOB',
}
