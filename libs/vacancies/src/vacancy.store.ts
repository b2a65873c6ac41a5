import { groupBy, type Viewer } from '@werkbrug/core';
import { type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { canSeeVacancy, scopeVacanciesTo } from './vacancy-access';
import { VacancyEntity, VacancySkillEntity } from './vacancy.entity';

/** The vacancy with its skills when the viewer may see it; null when not, or when there is none. */
export async function findVisibleVacancy(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<VacancyEntity | null> {
  const [vacancy] = await vacanciesWithSkills(manager, [id]);
  return vacancy && canSeeVacancy(viewer, vacancy) ? vacancy : null;
}

/** The vacancies among `ids` the viewer may see, in the order given (others and unknown ids are left out). */
export async function findVisibleVacancies(
  manager: EntityManager,
  viewer: Viewer,
  ids: readonly string[],
): Promise<VacancyEntity[]> {
  const found = await vacanciesWithSkills(manager, ids);
  const byId = new Map(found.filter((v) => canSeeVacancy(viewer, v)).map((v) => [v.id, v]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The vacancies the viewer may see, as a query on alias `v` for the caller's filters and paging. */
export function visibleVacanciesQuery(
  manager: EntityManager,
  viewer: Viewer,
): SelectQueryBuilder<VacancyEntity> {
  return scopeVacanciesTo(manager.createQueryBuilder(VacancyEntity, 'v'), viewer);
}

/**
 * The vacancies among `ids` with their skills, in no particular order; the caller has scoped the ids. Skills in a
 * query of their own: joined, every skill row repeated the whole vacancy with its description, and a page of
 * suggestions parsed about 80 kB of repeated text.
 */
export async function vacanciesWithSkills(
  manager: EntityManager,
  ids: readonly string[],
): Promise<VacancyEntity[]> {
  if (ids.length === 0) return [];
  const vacancies = await manager.find(VacancyEntity, { where: { id: In([...ids]) } });
  if (vacancies.length === 0) return [];
  const skills = await manager.find(VacancySkillEntity, {
    where: { vacancyId: In(vacancies.map((v) => v.id)) },
  });
  const byVacancy = groupBy(skills, (s) => s.vacancyId);
  for (const vacancy of vacancies) vacancy.skills = byVacancy.get(vacancy.id) ?? [];
  return vacancies;
}

/**
 * Writes columns of the vacancy and counts a new version. With `expectedVersion`, only while the stored version
 * is that one (optimistic locking); returns the rows changed, 0 when the version moved on.
 */
export async function updateVacancy(
  tx: EntityManager,
  id: string,
  columns: Partial<VacancyEntity>,
  expectedVersion?: number,
): Promise<number> {
  const result = await tx
    .createQueryBuilder()
    .update(VacancyEntity)
    .set({ ...columns, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where(
      expectedVersion === undefined ? 'id = :id' : 'id = :id AND version = :version',
      expectedVersion === undefined ? { id } : { id, version: expectedVersion },
    )
    .execute();
  return result.affected ?? 0;
}
