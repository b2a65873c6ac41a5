import { SkillRequirement, VacancyEntity } from '@werkbrug/vacancies';
import { Vacancy } from './models/vacancy.model';

export function toVacancyModel(v: VacancyEntity): Vacancy {
  const { skills, createdByUserId: _createdBy, ...rest } = v;
  const ids = (r: SkillRequirement) => skills.filter((s) => s.requirement === r).map((s) => s.skillId);
  return {
    ...rest,
    requiredSkillIds: ids(SkillRequirement.REQUIRED),
    niceToHaveSkillIds: ids(SkillRequirement.NICE_TO_HAVE),
    trainedOnTheJobSkillIds: ids(SkillRequirement.TRAINED_ON_THE_JOB),
  };
}
