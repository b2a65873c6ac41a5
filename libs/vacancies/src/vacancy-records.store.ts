import { type EntityManager, In } from 'typeorm';
import { VacancyEntity } from './vacancy.entity';
import { type VacancyKind, VacancyStatus } from './vacancy.enums';

/**
 * What other libs (placements, sessions) read of vacancies, so the vacancy tables stay behind this lib. Imported
 * by path (`@werkbrug/vacancies/vacancy-records.store`) by libs that need no vacancy services.
 */

/** What a placement proposed from a match takes from its vacancy: the host, the kind, hours and duration. */
export interface VacancyTerms {
  readonly id: string;
  readonly employerId: string;
  readonly kind: VacancyKind;
  readonly hoursMax: number;
  readonly contractDurationMonths: number | null;
  /** ISO date the vacancy starts; null: as soon as possible. */
  readonly startDate: string | null;
}

/** The vacancy's terms; null when there is no such vacancy. */
export async function vacancyTerms(manager: EntityManager, vacancyId: string): Promise<VacancyTerms | null> {
  const vacancy = await manager.findOne(VacancyEntity, {
    where: { id: vacancyId },
    select: {
      id: true,
      employerId: true,
      kind: true,
      hoursMax: true,
      contractDurationMonths: true,
      startDate: true,
    },
  });
  return vacancy
    ? {
        id: vacancy.id,
        employerId: vacancy.employerId,
        kind: vacancy.kind,
        hoursMax: vacancy.hoursMax,
        contractDurationMonths: vacancy.contractDurationMonths,
        startDate: vacancy.startDate,
      }
    : null;
}

/** Where a vacancy belongs and whether it is open: what matching checks before it shows or opens a match. */
export interface VacancyPlace {
  readonly id: string;
  readonly employerId: string;
  readonly regionCode: string;
  readonly status: VacancyStatus;
}

/** The vacancy's place; null when there is no such vacancy. */
export async function vacancyPlace(manager: EntityManager, vacancyId: string): Promise<VacancyPlace | null> {
  return (await vacancyPlaces(manager, [vacancyId]))[0] ?? null;
}

/** The places of the vacancies among `vacancyIds` (unknown ids are left out), in no particular order. */
export async function vacancyPlaces(
  manager: EntityManager,
  vacancyIds: readonly string[],
): Promise<VacancyPlace[]> {
  return manager.query(
    `SELECT id, employer_id AS "employerId", region_code AS "regionCode", status FROM vacancy
     WHERE id = ANY($1::uuid[])`,
    [vacancyIds],
  );
}

/** An open vacancy and the employer it is of. */
export interface OpenVacancy {
  readonly id: string;
  readonly employerId: string;
}

/** The open vacancies of the employers, by id. */
export async function openVacanciesOf(
  manager: EntityManager,
  employerIds: readonly string[],
): Promise<OpenVacancy[]> {
  return openVacanciesWhere(manager, 'employer_id', employerIds);
}

/** The vacancies among `vacancyIds` that are open, by id (others and unknown ids are left out). */
export async function openVacanciesAmong(
  manager: EntityManager,
  vacancyIds: readonly string[],
): Promise<OpenVacancy[]> {
  return openVacanciesWhere(manager, 'id', vacancyIds);
}

/** An open vacancy with the positions it has: what an allocation plan fills. */
export interface OpenPositions extends OpenVacancy {
  readonly positions: number;
}

/** Every open vacancy of the region with its positions, by id. */
export async function openPositionsInRegion(
  manager: EntityManager,
  regionCode: string,
): Promise<OpenPositions[]> {
  return manager.query(
    `SELECT id, employer_id AS "employerId", positions FROM vacancy
     WHERE region_code = $1 AND status = '${VacancyStatus.OPEN}' ORDER BY id`,
    [regionCode],
  );
}

async function openVacanciesWhere(
  manager: EntityManager,
  column: 'id' | 'employer_id',
  ids: readonly string[],
): Promise<OpenVacancy[]> {
  return manager.query(
    `SELECT id, employer_id AS "employerId" FROM vacancy
     WHERE ${column} = ANY($1::uuid[]) AND status = '${VacancyStatus.OPEN}' ORDER BY id`,
    [ids],
  );
}

/** Vacancy titles by id (unknown ids are left out). */
export async function vacancyTitles(
  manager: EntityManager,
  vacancyIds: readonly string[],
): Promise<Map<string, string>> {
  if (vacancyIds.length === 0) return new Map();
  const vacancies = await manager.find(VacancyEntity, {
    where: { id: In([...vacancyIds]) },
    select: { id: true, title: true },
  });
  return new Map(vacancies.map((v) => [v.id, v.title]));
}
