import type { PlacementEntity } from './placement.entities';
import { PlacementPersonErasedError } from './placements.errors';

/**
 * The person of a placement. An erasure ends the person's open placements and clears them from all of them, so
 * only a closed placement has none; anything that still acts on one without a person is refused.
 */
export function personOf(placement: Pick<PlacementEntity, 'candidateId'>): string {
  if (placement.candidateId === null) throw new PlacementPersonErasedError();
  return placement.candidateId;
}
