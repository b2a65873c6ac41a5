import { Role, Viewer } from '@werkbrug/core';
import { SelectQueryBuilder } from 'typeorm';
import { VacancyStatus } from './vacancy.enums';
import type { VacancyEntity } from './vacancy.entity';

/**
 * Vacancies are not personal data, but drafts are the employer's own business: others in the region see open
 * (and, for staff, filled) vacancies; job seekers and counsellors see the open ones of their region.
 */
export function canSeeVacancy(
  viewer: Viewer,
  v: Pick<VacancyEntity, 'employerId' | 'regionCode' | 'status'>,
): boolean {
  switch (viewer.role) {
    case Role.ADMINISTRATOR:
      return true;
    case Role.HR_LEAD:
      return (
        v.employerId === viewer.employerId ||
        (v.regionCode === viewer.regionCode && OTHERS_SEE.includes(v.status))
      );
    case Role.MOBILITY_TEAM:
      return v.regionCode === viewer.regionCode && v.status !== VacancyStatus.DRAFT;
    case Role.JOB_SEEKER:
    case Role.COUNSELLOR:
      return v.regionCode === viewer.regionCode && v.status === VacancyStatus.OPEN;
  }
}

const OTHERS_SEE = [VacancyStatus.OPEN, VacancyStatus.FILLED];

export function scopeVacanciesTo(
  query: SelectQueryBuilder<VacancyEntity>,
  viewer: Viewer,
): SelectQueryBuilder<VacancyEntity> {
  switch (viewer.role) {
    case Role.ADMINISTRATOR:
      return query;
    case Role.HR_LEAD:
      return query.andWhere(
        `(v.employer_id = :viewerEmployer OR (v.region_code = :viewerRegion AND v.status IN ('OPEN','FILLED')))`,
        { viewerEmployer: viewer.employerId, viewerRegion: viewer.regionCode },
      );
    case Role.MOBILITY_TEAM:
      return query.andWhere(`v.region_code = :viewerRegion AND v.status <> 'DRAFT'`, {
        viewerRegion: viewer.regionCode,
      });
    case Role.JOB_SEEKER:
    case Role.COUNSELLOR:
      return query.andWhere(`v.region_code = :viewerRegion AND v.status = 'OPEN'`, {
        viewerRegion: viewer.regionCode,
      });
  }
}

export function canManageVacancy(viewer: Viewer, v: Pick<VacancyEntity, 'employerId'>): boolean {
  return viewer.role === Role.HR_LEAD && viewer.employerId === v.employerId;
}

export const VACANCY_STATUS_TRANSITIONS: Record<VacancyStatus, readonly VacancyStatus[]> = {
  [VacancyStatus.DRAFT]: [VacancyStatus.OPEN, VacancyStatus.CLOSED],
  [VacancyStatus.OPEN]: [VacancyStatus.FILLED, VacancyStatus.CLOSED],
  [VacancyStatus.FILLED]: [VacancyStatus.OPEN, VacancyStatus.CLOSED],
  [VacancyStatus.CLOSED]: [VacancyStatus.DRAFT],
};
