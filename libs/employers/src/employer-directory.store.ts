import { type EntityManager, In } from 'typeorm';
import { EmployerEntity } from './employer.entity';

/**
 * What other libs read of employers, so the employer table stays behind this lib. Imported by path
 * (`@werkbrug/employers/employer-directory.store`), like the entity was, by libs that need no employer services.
 */

/** The employer's id and region; null when there is no such employer. */
export async function employerRegion(
  manager: EntityManager,
  employerId: string,
): Promise<{ id: string; regionCode: string } | null> {
  const employer = await manager.findOne(EmployerEntity, {
    where: { id: employerId },
    select: { id: true, regionCode: true },
  });
  return employer ? { id: employer.id, regionCode: employer.regionCode } : null;
}

/** Employer names by id (unknown ids are left out). */
export async function employerNames(
  manager: EntityManager,
  employerIds: readonly string[],
): Promise<Map<string, string>> {
  if (employerIds.length === 0) return new Map();
  const employers = await manager.find(EmployerEntity, {
    where: { id: In([...employerIds]) },
    select: { id: true, name: true },
  });
  return new Map(employers.map((e) => [e.id, e.name]));
}

/** The names of the employers, in alphabetical order (as a consent text lists them). */
export async function employerNamesByName(
  manager: EntityManager,
  employerIds: readonly string[],
): Promise<string[]> {
  const employers = await manager.find(EmployerEntity, {
    where: { id: In([...employerIds]) },
    select: { id: true, name: true },
    order: { name: 'ASC' },
  });
  return employers.map((e) => e.name);
}

/** How many of the employers exist in the region. */
export async function countEmployersInRegion(
  manager: EntityManager,
  employerIds: readonly string[],
  regionCode: string,
): Promise<number> {
  return manager.countBy(EmployerEntity, { id: In([...employerIds]), regionCode });
}

/** Every employer of the region with its name, by id. */
export async function employersInRegion(
  manager: EntityManager,
  regionCode: string,
): Promise<{ id: string; name: string }[]> {
  const employers = await manager.find(EmployerEntity, {
    where: { regionCode },
    select: { id: true, name: true },
    order: { id: 'ASC' },
  });
  return employers.map((e) => ({ id: e.id, name: e.name }));
}
