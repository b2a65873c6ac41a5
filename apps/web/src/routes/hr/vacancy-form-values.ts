import type { SkillOption } from '@web/components/skill-picker';
import type {
  ContractType,
  CreateVacancyInput,
  Shift,
  UpdateVacancyInput,
  VacancyKind,
  VacancyPartsFragment as Vacancy,
  Weekday,
} from '@web/graphql/generated/graphql';
import { skillOption } from './candidate-form-values';
import { PC4, toInt } from './use-form-values';

export interface VacancyFormValues {
  title: string;
  description: string;
  kind: VacancyKind;
  contractType: ContractType;
  contractDurationMonths: number | string;
  hoursMin: number | string;
  hoursMax: number | string;
  locationPc4: string;
  positions: number | string;
  startDate: string;
  workDays: Weekday[];
  shifts: Shift[];
  requiredSkills: SkillOption[];
  niceToHaveSkills: SkillOption[];
  trainedOnTheJobSkills: SkillOption[];
}

export function emptyVacancy(): VacancyFormValues {
  return {
    title: '',
    description: '',
    kind: 'JOB',
    contractType: 'PERMANENT',
    contractDurationMonths: '',
    hoursMin: 24,
    hoursMax: 32,
    locationPc4: '',
    positions: 1,
    startDate: '',
    workDays: [],
    shifts: [],
    requiredSkills: [],
    niceToHaveSkills: [],
    trainedOnTheJobSkills: [],
  };
}

export function vacancyValues(vacancy: Vacancy, language: 'nl' | 'en'): VacancyFormValues {
  const skills = (list: Vacancy['requiredSkills']) => list.map((s) => skillOption(s, language));
  return {
    title: vacancy.title,
    description: vacancy.description,
    kind: vacancy.kind,
    contractType: vacancy.contractType,
    contractDurationMonths: vacancy.contractDurationMonths ?? '',
    hoursMin: vacancy.hoursMin,
    hoursMax: vacancy.hoursMax,
    locationPc4: vacancy.locationPc4,
    positions: vacancy.positions,
    startDate: vacancy.startDate ?? '',
    workDays: vacancy.workDays,
    shifts: vacancy.shifts,
    requiredSkills: skills(vacancy.requiredSkills),
    niceToHaveSkills: skills(vacancy.niceToHaveSkills),
    trainedOnTheJobSkills: skills(vacancy.trainedOnTheJobSkills),
  };
}

type MessageKey =
  'hr.form.required' | 'hr.form.hoursRange' | 'hr.form.hoursOrder' | 'hr.form.pc4' | 'hr.form.positive';

export function checkVacancy(v: VacancyFormValues): Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  const [min, max] = [toInt(v.hoursMin), toInt(v.hoursMax)];
  if (v.title.trim().length < 2) problems.title = 'hr.form.required';
  if (min === undefined || min < 1 || min > 48) problems.hoursMin = 'hr.form.hoursRange';
  if (max === undefined || max < 1 || max > 48) problems.hoursMax = 'hr.form.hoursRange';
  else if (min !== undefined && min > max) problems.hoursMin = 'hr.form.hoursOrder';
  if (!PC4.test(v.locationPc4.trim())) problems.locationPc4 = 'hr.form.pc4';
  const positions = toInt(v.positions);
  if (positions === undefined || positions < 1) problems.positions = 'hr.form.positive';
  if (v.contractDurationMonths !== '' && (toInt(v.contractDurationMonths) ?? 0) < 1)
    problems.contractDurationMonths = 'hr.form.positive';
  return problems;
}

function vacancyFields(v: VacancyFormValues) {
  const ids = (skills: SkillOption[]) => skills.map((s) => s.id);
  return {
    title: v.title.trim(),
    description: v.description,
    kind: v.kind,
    contractType: v.contractType,
    contractDurationMonths: toInt(v.contractDurationMonths) ?? null,
    hoursMin: toInt(v.hoursMin)!,
    hoursMax: toInt(v.hoursMax)!,
    locationPc4: v.locationPc4.trim(),
    positions: toInt(v.positions)!,
    startDate: v.startDate || null,
    workDays: v.workDays,
    shifts: v.shifts,
    requiredSkillIds: ids(v.requiredSkills),
    niceToHaveSkillIds: ids(v.niceToHaveSkills),
    trainedOnTheJobSkillIds: ids(v.trainedOnTheJobSkills),
  };
}

export const createVacancyInput = (v: VacancyFormValues, confirm: boolean): CreateVacancyInput => ({
  ...vacancyFields(v),
  confirmPossibleNames: confirm,
});

export const updateVacancyInput = (
  v: VacancyFormValues,
  confirm: boolean,
  expectedVersion: number,
): UpdateVacancyInput => ({ ...vacancyFields(v), confirmPossibleNames: confirm, expectedVersion });
