// The domain enums the pure cores also use live in @werkbrug/core; the vacancies lib re-exports them.
export { VacancyKind, VacancyStatus } from '@werkbrug/core/domain-enums';

export enum SkillRequirement {
  REQUIRED = 'REQUIRED',
  NICE_TO_HAVE = 'NICE_TO_HAVE',
  TRAINED_ON_THE_JOB = 'TRAINED_ON_THE_JOB',
}
