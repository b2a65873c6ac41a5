import { Role, type Viewer } from '@werkbrug/core';
import { type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { EmployerEntity } from './employer.entity';

/**
 * The employers the viewer may see, as a query on alias `e`: every signed-in user their own region's,
 * administrators all regions'.
 */
export function employersVisibleTo(
  manager: EntityManager,
  viewer: Viewer,
): SelectQueryBuilder<EmployerEntity> {
  const query = manager.createQueryBuilder(EmployerEntity, 'e');
  switch (viewer.role) {
    case Role.ADMINISTRATOR:
      return query.where('TRUE');
    case Role.HR_LEAD:
    case Role.MOBILITY_TEAM:
    case Role.JOB_SEEKER:
    case Role.COUNSELLOR:
      return query.where('e.region_code = :viewerRegion', { viewerRegion: viewer.regionCode });
  }
}

/** The employer with its locations when the viewer may see it; null when not, or when there is none. */
export function findVisibleEmployer(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<EmployerEntity | null> {
  return employersVisibleTo(manager, viewer)
    .leftJoinAndSelect('e.locations', 'location')
    .andWhere('e.id = :id', { id })
    .getOne();
}

/** The employers among `ids` with their locations; the caller has scoped the ids. */
export function employersWithLocations(
  manager: EntityManager,
  ids: readonly string[],
): Promise<EmployerEntity[]> {
  return manager.find(EmployerEntity, { where: { id: In([...ids]) }, relations: { locations: true } });
}
