import { Role, type Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { PlacementEntity } from './placement.entities';
import type { PlacementStatus } from './placement.enums';
import type { LedgerPlacement } from './reciprocity-ledger';

/**
 * The placements a viewer is a party to, as SQL on `p` (what `partyOf` decides for one row): an HR lead's
 * employer lends or hosts, a job seeker's own, the region's for its mobility team; none for administrators and counsellors.
 */
function visibleTo(viewer: Viewer): { where: string; params: Record<string, string> } | null {
  switch (viewer.role) {
    case Role.HR_LEAD:
      return {
        where: '(p.lending_employer_id = :e OR p.host_employer_id = :e)',
        params: { e: viewer.employerId },
      };
    case Role.JOB_SEEKER:
      return { where: 'p.candidate_id = :c', params: { c: viewer.candidateId } };
    case Role.MOBILITY_TEAM:
      return { where: 'p.region_code = :r', params: { r: viewer.regionCode } };
    case Role.ADMINISTRATOR:
    case Role.COUNSELLOR:
      return null;
  }
}

/** The placement if the viewer is a party to it, else null (NOT_FOUND to them). */
export async function placementVisibleTo(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<PlacementEntity | null> {
  const scope = visibleTo(viewer);
  if (!scope) return null;
  return manager
    .createQueryBuilder(PlacementEntity, 'p')
    .where('p.id = :id', { id })
    .andWhere(scope.where, scope.params)
    .getOne();
}

/** Placements the viewer is a party to (the whole region for its mobility team), newest first. */
export async function placementsVisibleTo(
  manager: EntityManager,
  viewer: Viewer,
  status: PlacementStatus | null,
): Promise<PlacementEntity[]> {
  const scope = visibleTo(viewer);
  if (!scope) return [];
  const query = manager.createQueryBuilder(PlacementEntity, 'p').orderBy('p.created_at', 'DESC').limit(500);
  if (status) query.andWhere('p.status = :status', { status });
  return query.andWhere(scope.where, scope.params).getMany();
}

/**
 * The placements in the ledger of the viewer's region that overlap the period: HR leads and mobility teams have
 * one; null for anyone else.
 */
export async function ledgerPlacements(
  manager: EntityManager,
  viewer: Viewer,
  from: string,
  to: string,
  among: readonly string[] | null = null,
): Promise<LedgerPlacement[] | null> {
  if (viewer.role !== Role.HR_LEAD && viewer.role !== Role.MOBILITY_TEAM) return null;
  return regionLedgerPlacements(manager, viewer.regionCode, from, to, among);
}

/**
 * The region's placements in the ledger (agreed, active or ended) that overlap the period; with `among`, only
 * those whose lender and host are both in it (a network's members).
 */
export async function regionLedgerPlacements(
  manager: EntityManager,
  regionCode: string,
  from: string,
  to: string,
  among: readonly string[] | null,
): Promise<LedgerPlacement[]> {
  return manager.query(
    `SELECT lending_employer_id AS "lendingEmployerId", host_employer_id AS "hostEmployerId",
            start_date::text AS start, end_date::text AS "end", hours_per_week AS "hoursPerWeek"
     FROM placement
     WHERE region_code = $1 AND status IN ('AGREED', 'ACTIVE', 'ENDED') AND start_date <= $3 AND end_date >= $2
       AND ($4::uuid[] IS NULL OR (lending_employer_id = ANY($4) AND host_employer_id = ANY($4)))`,
    [regionCode, from, to, among],
  );
}

/** Status and start of placements by id, for the offers they came from (ids of deleted placements are left out). */
export async function placementStates(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, { status: PlacementStatus; startDate: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; status: PlacementStatus; start_date: string | null }[] = await manager.query(
    `SELECT id, status, start_date::text AS start_date FROM placement WHERE id = ANY($1)`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { status: r.status, startDate: r.start_date }]));
}
