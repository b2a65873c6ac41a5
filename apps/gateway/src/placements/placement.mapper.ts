import type { LocalisedMessage } from '@werkbrug/core';
import type { PlacementEntity } from '@werkbrug/placements';
import { isBlocking, type PlacementConflict } from '@werkbrug/scheduling-core';
import type { Placement, PlacementConflictModel } from './models/placement.model';

export function toPlacementModel(p: PlacementEntity): Placement {
  return {
    ...p,
    workDays: [...p.workDays],
    planWarnings: [...p.planWarnings],
    conflicts: p.conflicts.map(toConflictModel),
  };
}

export function toConflictModel(c: PlacementConflict): PlacementConflictModel {
  const text = explain(c);
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

function explain(c: PlacementConflict): LocalisedMessage {
  switch (c.kind) {
    case 'INVALID_PERIOD':
      return { en: 'The period or the hours are not valid.', nl: 'De periode of de uren kloppen niet.' };
    case 'OVERLAPPING_PLACEMENTS':
      return {
        en: `The candidate would be in two placements at once from ${c.from} to ${c.to}.`,
        nl: `De kandidaat zou van ${c.from} tot en met ${c.to} in twee plaatsingen tegelijk zitten.`,
      };
    case 'EXCEEDS_CONTRACT_HOURS':
      return {
        en: `${c.hoursPerWeek} placement hours plus ${c.ownWorkHoursPerWeek} own hours exceed the ${c.contractHoursPerWeek}-hour contract.`,
        nl: `${c.hoursPerWeek} plaatsingsuren plus ${c.ownWorkHoursPerWeek} eigen uren is meer dan het contract van ${c.contractHoursPerWeek} uur.`,
      };
    case 'HOST_CAPACITY_EXCEEDED':
      return {
        en: `From ${c.from} to ${c.to} the host would take on ${c.hoursPerWeek} hours a week; it declared ${c.capacityHoursPerWeek}.`,
        nl: `Van ${c.from} tot en met ${c.to} zou de ontvanger ${c.hoursPerWeek} uur per week opnemen; opgegeven is ${c.capacityHoursPerWeek}.`,
      };
    case 'ENDS_AFTER_CONTRACT_END':
      return {
        en: `The placement runs past the end of the candidate's contract (${c.contractEndDate}).`,
        nl: `De plaatsing loopt door na het einde van het contract van de kandidaat (${c.contractEndDate}).`,
      };
    case 'STARTS_TOO_LATE':
      return {
        en: `For this track the placement should start by ${c.latestGoodStart}, well before the contract ends.`,
        nl: `Voor dit traject zou de plaatsing uiterlijk ${c.latestGoodStart} moeten beginnen, ruim voor het einde van het contract.`,
      };
  }
}
