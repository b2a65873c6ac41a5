import type { ContractType, Shift, Weekday } from '@werkbrug/core';
import type { VacancyKind, VacancyStatus } from './vacancy.enums';

export interface VacancyFields {
  title: string;
  escoOccupationId?: string | null;
  description?: string;
  locationPc4: string;
  hoursMin: number;
  hoursMax: number;
  workDays?: Weekday[];
  shifts?: Shift[];
  contractType: ContractType;
  contractDurationMonths?: number | null;
  kind: VacancyKind;
  startDate?: string | null;
  positions: number;
  requiredSkillIds: string[];
  niceToHaveSkillIds: string[];
  trainedOnTheJobSkillIds: string[];
}

export type CreateVacancyInput = VacancyFields;

export type UpdateVacancyInput = Partial<VacancyFields> & { expectedVersion?: number };

export interface VacancyListFilter {
  status?: VacancyStatus;
  kind?: VacancyKind;
  employerId?: string;
}
