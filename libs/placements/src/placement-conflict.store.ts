import type { HostCapacity } from '@werkbrug/scheduling-core';
import type { EntityManager } from 'typeorm';
import { HostCapacityEntity, PlacementEntity } from './placement.entities';

/** Placements that hold time: proposed ones with dates, agreed and active ones (on `p`). */
const HOLDING = `p.status IN ('PROPOSED', 'AGREED', 'ACTIVE') AND p.start_date IS NOT NULL`;

/** The changed placement and every other one of its candidate or host, whatever their status. */
export function placementsSharingWith(
  tx: EntityManager,
  changed: PlacementEntity,
): Promise<PlacementEntity[]> {
  return tx
    .createQueryBuilder(PlacementEntity, 'p')
    .where(`(p.candidate_id = :c OR p.host_employer_id = :h OR p.id = :id)`, {
      c: changed.candidateId,
      h: changed.hostEmployerId,
      id: changed.id,
    })
    .getMany();
}

/** Placements holding time of any of these candidates or hosts. */
export function holdingPlacementsOf(
  tx: EntityManager,
  candidates: readonly (string | null)[],
  hosts: readonly string[],
): Promise<PlacementEntity[]> {
  return tx
    .createQueryBuilder(PlacementEntity, 'p')
    .where(HOLDING)
    .andWhere('(p.candidate_id IN (:...candidates) OR p.host_employer_id IN (:...hosts))', {
      candidates,
      hosts,
    })
    .getMany();
}

/** The other placements holding time of this placement's candidate or host. */
export function otherHoldingPlacements(
  tx: EntityManager,
  placement: PlacementEntity,
): Promise<PlacementEntity[]> {
  return tx
    .createQueryBuilder(PlacementEntity, 'p')
    .where(HOLDING)
    .andWhere('(p.candidate_id = :c OR p.host_employer_id = :h)', {
      c: placement.candidateId,
      h: placement.hostEmployerId,
    })
    .andWhere('p.id <> :id', { id: placement.id })
    .getMany();
}

/** The capacities the hosts declared. */
export async function hostCapacities(tx: EntityManager, hostIds: readonly string[]): Promise<HostCapacity[]> {
  if (hostIds.length === 0) return [];
  const rows = await tx
    .createQueryBuilder(HostCapacityEntity, 'c')
    .where('c.employer_id IN (:...ids)', { ids: hostIds })
    .getMany();
  return rows.map((r) => ({
    employerId: r.employerId,
    from: r.fromDate,
    to: r.toDate,
    hoursPerWeek: r.hoursPerWeek,
    declaredAt: r.createdAt.getTime(),
  }));
}
