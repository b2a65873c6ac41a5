import { Injectable } from '@nestjs/common';
import { candidateContractTerms } from '@werkbrug/candidates/candidate-records.store';
import { NotificationsService } from '@werkbrug/notifications';
import {
  detectConflicts,
  isBlocking,
  type CandidateContract,
  type HostCapacity,
  type PlacementConflict,
  type PlacementPeriod,
} from '@werkbrug/scheduling-core';
import type { EntityManager } from 'typeorm';
import {
  holdingPlacementsOf,
  hostCapacities,
  otherHoldingPlacements,
  placementsSharingWith,
} from './placement-conflict.store';
import { PlacementEntity } from './placement.entities';
import { placementMessage, partiesOf } from './placement-notifications';
import { personOf } from './placement-person';

export interface PlanningContext {
  readonly others: PlacementPeriod[];
  readonly contract: CandidateContract;
  readonly capacities: HostCapacity[];
}

/**
 * Re-checks the conflicts of every placement that shares a candidate or a host with the changed one, stores them
 * on each, and tells the parties of placements that gained a blocking conflict.
 */
@Injectable()
export class PlacementConflictsService {
  constructor(private readonly notifications: NotificationsService) {}

  async refresh(tx: EntityManager, changed: PlacementEntity): Promise<void> {
    const affected = await placementsSharingWith(tx, changed);
    const holding = affected.filter(
      (p) => ['PROPOSED', 'AGREED', 'ACTIVE'].includes(p.status) && p.startDate !== null,
    );
    const candidates = [...new Set(holding.map(personOf))];
    const hosts = [...new Set(holding.map((p) => p.hostEmployerId))];
    // Conflicts with placements of the same candidates at other hosts, and of the same hosts with other candidates.
    const related = await holdingPlacementsOf(
      tx,
      candidates.length ? candidates : [changed.candidateId],
      hosts.length ? hosts : [changed.hostEmployerId],
    );
    const found = detectConflicts(
      related.map(toPeriod),
      await candidateContractTerms(tx, candidates),
      await hostCapacities(tx, hosts),
    );
    // In id order, and only rows whose conflicts changed: concurrent refreshes then never wait on each other in a cycle.
    for (const p of [...affected].sort((a, b) => a.id.localeCompare(b.id))) {
      const mine = holding.some((h) => h.id === p.id) ? found.filter((c) => involves(c, p)) : [];
      const before = new Set(p.conflicts.map((c) => JSON.stringify(c)));
      if (mine.length === before.size && mine.every((c) => before.has(JSON.stringify(c)))) continue;
      await tx.update(PlacementEntity, p.id, { conflicts: mine });
      if (mine.some((c) => isBlocking(c) && !before.has(JSON.stringify(c))))
        await this.notifications.notify(
          tx,
          partiesOf(p),
          placementMessage('CONFLICT', { ...p, conflicts: mine }),
        );
    }
  }

  /** After a host's capacity changed: re-check its placements (any one of them brings in the rest). */
  async refreshHost(tx: EntityManager, hostEmployerId: string): Promise<void> {
    const one = await tx.findOne(PlacementEntity, { where: { hostEmployerId }, order: { id: 'ASC' } });
    if (one) await this.refresh(tx, one);
  }

  /** What a proposal for this placement must respect: the other placements of its candidate and host. */
  async planningContext(tx: EntityManager, placement: PlacementEntity): Promise<PlanningContext> {
    const others = await otherHoldingPlacements(tx, placement);
    const [contract] = await candidateContractTerms(tx, [personOf(placement)]);
    return {
      others: others.map(toPeriod),
      contract,
      capacities: await hostCapacities(tx, [placement.hostEmployerId]),
    };
  }
}

export function toPeriod(p: PlacementEntity): PlacementPeriod {
  return {
    id: p.id,
    candidateId: personOf(p),
    hostEmployerId: p.hostEmployerId,
    start: p.startDate!,
    end: p.endDate!,
    hoursPerWeek: p.hoursPerWeek!,
    ownWorkHoursPerWeek: p.ownWorkHoursPerWeek,
    contractHoursPerWeek: p.contractHoursPerWeek,
  };
}

function involves(c: PlacementConflict, p: PlacementEntity): boolean {
  switch (c.kind) {
    case 'OVERLAPPING_PLACEMENTS':
      return c.placementIds.includes(p.id);
    case 'HOST_CAPACITY_EXCEEDED':
      return c.placementIds.includes(p.id);
    case 'INVALID_PERIOD':
    case 'EXCEEDS_CONTRACT_HOURS':
    case 'ENDS_AFTER_CONTRACT_END':
    case 'STARTS_TOO_LATE':
      return c.placementId === p.id;
  }
}
