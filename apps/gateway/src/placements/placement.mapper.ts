import { localDateText, Role, type LocalisedMessage, type Viewer } from '@werkbrug/core';
import { availablePlacementActions, storedPlanProblem, type PlacementEntity } from '@werkbrug/placements';
import { partyOf } from '@werkbrug/placements/placement-access';
import { isBlocking, type PlacementConflict } from '@werkbrug/scheduling-core';
import type { Placement, PlacementConflictModel } from './models/placement.model';

/**
 * The placement as the viewer may read it. The host's HR leads read the conflicts without the candidate's contract
 * end date or track: those are need-to-know (the lender, the candidate and the mobility team know them). The
 * actions are those of the viewer's own side; today is the date a start would be recorded on (as the service does).
 */
export function toPlacementModel(
  viewer: Viewer,
  p: PlacementEntity,
  today = new Date().toISOString().slice(0, 10),
): Placement {
  const party = partyOf(viewer, p);
  const hostOnly =
    viewer.role === Role.HR_LEAD &&
    viewer.employerId === p.hostEmployerId &&
    viewer.employerId !== p.lendingEmployerId;
  const person = viewer.role === Role.JOB_SEEKER;
  return {
    ...p,
    workDays: [...p.workDays],
    planWarnings: [...p.planWarnings],
    planProblemText: storedPlanProblem(p, hostOnly ? 'HOST' : 'NEED_TO_KNOW'),
    conflicts: p.conflicts
      // The host's capacity is the host's own business: the person sees the conflicts about themselves.
      .filter((c) => !(person && c.kind === 'HOST_CAPACITY_EXCEEDED'))
      .map((c) => toConflictModel(c, hostOnly ? 'HOST' : 'NEED_TO_KNOW')),
    availableActions: party === null ? [] : availablePlacementActions(p, party, today),
  };
}

export function toConflictModel(
  c: PlacementConflict,
  audience: 'HOST' | 'NEED_TO_KNOW',
): PlacementConflictModel {
  const text = audience === 'HOST' ? (explainToHost(c) ?? explain(c)) : explain(c);
  const ids = 'placementIds' in c ? [...c.placementIds] : [c.placementId];
  const range = 'from' in c ? { from: c.from, to: c.to } : { from: null, to: null };
  return {
    kind: c.kind,
    blocking: isBlocking(c),
    placementIds: ids,
    ...range,
    explanation: text.en,
    explanationNl: text.nl,
  };
}

/** The conflicts that would tell the host the candidate's contract end or track, told without them. */
function explainToHost(c: PlacementConflict): LocalisedMessage | null {
  switch (c.kind) {
    case 'ENDS_AFTER_CONTRACT_END':
      return {
        en: "The placement runs past the end of the candidate's current contract; their employer knows the date.",
        nl: 'De plaatsing loopt door na het einde van het huidige contract van de kandidaat; hun werkgever kent de datum.',
      };
    case 'STARTS_TOO_LATE':
      return {
        en: `The placement should start by ${localDateText(c.latestGoodStart, 'en')}.`,
        nl: `De plaatsing zou uiterlijk ${localDateText(c.latestGoodStart, 'nl')} moeten beginnen.`,
      };
    default:
      return null;
  }
}

function explain(c: PlacementConflict): LocalisedMessage {
  switch (c.kind) {
    case 'INVALID_PERIOD':
      return { en: 'The period or the hours are not valid.', nl: 'De periode of de uren kloppen niet.' };
    case 'OVERLAPPING_PLACEMENTS':
      return {
        en: `The candidate would be in two placements at once from ${localDateText(c.from, 'en')} to ${localDateText(c.to, 'en')}.`,
        nl: `De kandidaat zou van ${localDateText(c.from, 'nl')} tot en met ${localDateText(c.to, 'nl')} in twee plaatsingen tegelijk zitten.`,
      };
    case 'EXCEEDS_CONTRACT_HOURS':
      return {
        en: `${c.hoursPerWeek} placement hours plus ${c.ownWorkHoursPerWeek} own hours exceed the ${c.contractHoursPerWeek}-hour contract.`,
        nl: `${c.hoursPerWeek} plaatsingsuren plus ${c.ownWorkHoursPerWeek} eigen uren is meer dan het contract van ${c.contractHoursPerWeek} uur.`,
      };
    case 'HOST_CAPACITY_EXCEEDED':
      return {
        en: `From ${localDateText(c.from, 'en')} to ${localDateText(c.to, 'en')} the host would take on ${c.hoursPerWeek} hours a week; it declared ${c.capacityHoursPerWeek}.`,
        nl: `Van ${localDateText(c.from, 'nl')} tot en met ${localDateText(c.to, 'nl')} zou de ontvanger ${c.hoursPerWeek} uur per week opnemen; opgegeven is ${c.capacityHoursPerWeek}.`,
      };
    case 'ENDS_AFTER_CONTRACT_END':
      return {
        en: `The placement runs past the end of the candidate's contract (${localDateText(c.contractEndDate, 'en')}).`,
        nl: `De plaatsing loopt door na het einde van het contract van de kandidaat (${localDateText(c.contractEndDate, 'nl')}).`,
      };
    case 'STARTS_TOO_LATE':
      return {
        en: `For this track the placement should start by ${localDateText(c.latestGoodStart, 'en')}, well before the contract ends.`,
        nl: `Voor dit traject zou de plaatsing uiterlijk ${localDateText(c.latestGoodStart, 'nl')} moeten beginnen, ruim voor het einde van het contract.`,
      };
  }
}
