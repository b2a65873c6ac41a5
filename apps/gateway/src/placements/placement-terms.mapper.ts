import { type OfferPlacementTerms } from '@werkbrug/networks';
import { DEFAULT_DURATION_WEEKS, type PlacementKind, type PlacementTerms } from '@werkbrug/placements';
import { PlacementTermsInput } from './dto/placement.input';

/** The terms of a new placement: what is left out gets Werkbrug's defaults for its kind. */
export function toTerms(input: PlacementTermsInput, kind: PlacementKind): PlacementTerms {
  const given = givenTerms(input);
  return {
    ...given,
    kind,
    requestedHoursPerWeek:
      given.requestedHoursPerWeek ?? input.contractHoursPerWeek - input.ownWorkHoursPerWeek,
    durationWeeks: given.durationWeeks ?? DEFAULT_DURATION_WEEKS[kind],
    notBefore: given.notBefore ?? null,
  };
}

/** The terms as given, for a placement whose origin fills in what is left out (e.g. a collegial request). */
export function givenTerms(input: PlacementTermsInput): OfferPlacementTerms {
  return {
    purpose: input.purpose,
    requestedHoursPerWeek: input.requestedHoursPerWeek ?? input.hoursPerWeek ?? undefined,
    durationWeeks: input.durationWeeks ?? undefined,
    notBefore: input.notBefore ?? undefined,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    hoursPerWeek: input.hoursPerWeek ?? null,
    workDays: input.workDays,
    contractHoursPerWeek: input.contractHoursPerWeek,
    ownWorkHoursPerWeek: input.ownWorkHoursPerWeek,
    salaryPaidBy: input.salaryPaidBy,
    travelCostsReimbursed: input.travelCostsReimbursed,
    travelCostsPaidBy: input.travelCostsPaidBy,
    insuranceNote: input.insuranceNote ?? null,
    subsidyNote: input.subsidyNote ?? null,
    returnOption: input.returnOption,
    lendingContact: input.lendingContact,
    hostContact: input.hostContact,
  };
}
