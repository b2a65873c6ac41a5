import { type DomainError, ForbiddenError, Role, type Viewer } from '@werkbrug/core';
import type { PlacementEntity } from './placement.entities';
import { PlacementParty } from './placement.enums';
import { PlacementNotFoundError } from './placements.errors';

/**
 * The party a viewer acts for on a placement, or null: only the lending and host employers' HR leads, the
 * candidate and the region's mobility team see a placement. An HR lead of the lending employer may act for the
 * candidate as well when asked to (people without an account), as in the match workflow.
 */
export function partyOf(
  viewer: Viewer,
  placement: Pick<PlacementEntity, 'lendingEmployerId' | 'hostEmployerId' | 'candidateId' | 'regionCode'>,
  onBehalfOfCandidate = false,
): PlacementParty | null {
  switch (viewer.role) {
    case Role.HR_LEAD:
      if (viewer.employerId === placement.lendingEmployerId)
        return onBehalfOfCandidate ? PlacementParty.CANDIDATE : PlacementParty.LENDER;
      return viewer.employerId === placement.hostEmployerId ? PlacementParty.HOST : null;
    case Role.JOB_SEEKER:
      return viewer.candidateId === placement.candidateId ? PlacementParty.CANDIDATE : null;
    case Role.MOBILITY_TEAM:
      return viewer.regionCode === placement.regionCode ? PlacementParty.MOBILITY_TEAM : null;
    case Role.ADMINISTRATOR:
    case Role.COUNSELLOR:
      return null;
  }
}

/**
 * The one answer to a viewer who may not do something: FORBIDDEN (with the reason, when there is one to give)
 * to someone who sees the placement, NOT_FOUND — as for a random id — to anyone else.
 */
export function refuse(seen: boolean, forbidden?: () => DomainError): never {
  throw seen ? (forbidden?.() ?? new ForbiddenError()) : new PlacementNotFoundError();
}
