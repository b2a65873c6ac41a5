import { placementConsentText, type ConsentText } from '@werkbrug/candidates';
import { employerNames } from '@werkbrug/employers/employer-directory.store';
import type { EntityManager } from 'typeorm';
import type { PlacementEntity } from './placement.entities';
import { placementKindLabel } from './placement-notifications';
import { personOf } from './placement-person';
import { PlacementHasNoDatesError } from './placements.errors';

/** The placement consent text, for the candidate to read or to be read out to them. */
export interface PlacementConsentText {
  readonly placementId: string;
  readonly candidateId: string;
  readonly hostEmployerId: string;
  readonly hostName: string;
  readonly text: ConsentText;
}

/** The text of the placement's current terms; there is none before the placement has dates. */
export async function placementTextFor(
  tx: EntityManager,
  placement: PlacementEntity,
): Promise<PlacementConsentText> {
  if (!placement.startDate || !placement.endDate || !placement.hoursPerWeek)
    throw new PlacementHasNoDatesError();
  const hostName = (await employerNames(tx, [placement.hostEmployerId])).get(placement.hostEmployerId);
  // The placement's foreign key keeps its host: a missing one is a broken database, not a user's mistake.
  if (hostName === undefined) throw new Error(`Placement ${placement.id}: host employer not found`);
  const kind = placementKindLabel(placement);
  return {
    placementId: placement.id,
    candidateId: personOf(placement),
    hostEmployerId: placement.hostEmployerId,
    hostName,
    text: placementConsentText({
      hostName,
      kindNl: kind.nl,
      kindEn: kind.en,
      startDate: placement.startDate,
      endDate: placement.endDate,
      hoursPerWeek: placement.hoursPerWeek,
    }),
  };
}
