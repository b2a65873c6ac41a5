import { ConflictError } from '@werkbrug/core';
import type { PlacementEntity } from './placement.entities';

/**
 * The person of a placement. An erasure ends the person's open placements and clears them from all of them, so
 * only a closed placement has none; anything that still acts on one without a person is refused.
 */
export function personOf(placement: Pick<PlacementEntity, 'candidateId'>): string {
  if (placement.candidateId === null)
    throw new ConflictError({
      en: "This placement's candidate had their data erased; the placement is kept only for the ledger.",
      nl: 'De gegevens van de kandidaat van deze plaatsing zijn verwijderd; de plaatsing blijft alleen voor het grootboek bewaard.',
    });
  return placement.candidateId;
}
