import { isValidDate } from '@werkbrug/scheduling-core';
import {
  assertNoPersonalData,
  type PersonalDataCheckOptions,
} from '@werkbrug/privacy-guard/assert-no-personal-data';
import { PlacementKind, PlacementPayer, PlacementPurpose } from './placement.enums';
import { InvalidPlacementTermsError, type PlacementTermsProblem } from './placements.errors';

/** The terms two HR leads agree on; dates and hours are optional: without them the worker proposes them. */
export interface PlacementTerms {
  readonly kind: PlacementKind;
  readonly purpose: PlacementPurpose;
  readonly requestedHoursPerWeek: number;
  readonly durationWeeks: number;
  readonly notBefore: string | null;
  /** Set all three, or none. */
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly hoursPerWeek: number | null;
  readonly workDays: readonly string[];
  readonly contractHoursPerWeek: number;
  readonly ownWorkHoursPerWeek: number;
  readonly salaryPaidBy: PlacementPayer;
  readonly travelCostsReimbursed: boolean;
  readonly travelCostsPaidBy: PlacementPayer;
  readonly insuranceNote: string | null;
  readonly subsidyNote: string | null;
  readonly returnOption: boolean;
  readonly lendingContact: string;
  readonly hostContact: string;
}

/** Weeks in an average month (52 / 12), to turn a length in months into weeks. */
export const WEEKS_PER_MONTH = 4.33;

/** The longest placement Werkbrug plans: two years. */
export const MAX_DURATION_WEEKS = 104;

/** Duration when nobody says: a trial or work experience is short, a secondment half a year. */
export const DEFAULT_DURATION_WEEKS: Record<PlacementKind, number> = {
  [PlacementKind.SECONDMENT]: 26,
  [PlacementKind.PROJECT_HIRE]: 13,
  [PlacementKind.TRIAL_PLACEMENT]: 8,
  [PlacementKind.WORK_EXPERIENCE]: 2,
};

/**
 * `stored` (on a change): the terms before it. Every note is checked for hard findings, but a possible name only
 * in a changed note, so a name-like word the user confirmed earlier does not block a change of dates.
 */
export function assertCoherentTerms(
  terms: PlacementTerms,
  check: PersonalDataCheckOptions = {},
  stored?: PlacementTerms,
): void {
  const fail = (field: string, problem: PlacementTermsProblem): never => {
    throw new InvalidPlacementTermsError(problem, field);
  };
  for (const [field, date] of [
    ['notBefore', terms.notBefore],
    ['startDate', terms.startDate],
    ['endDate', terms.endDate],
  ] as const)
    if (date !== null && !isValidDate(date)) fail(field, 'DATE_INVALID');
  const dated = [terms.startDate, terms.endDate, terms.hoursPerWeek].filter((v) => v !== null).length;
  if (dated !== 0 && dated !== 3) fail('startDate', 'DATES_INCOMPLETE');
  if (terms.startDate && terms.endDate && terms.endDate < terms.startDate)
    fail('endDate', 'END_BEFORE_START');
  if (terms.ownWorkHoursPerWeek >= terms.contractHoursPerWeek)
    fail('ownWorkHoursPerWeek', 'NO_CONTRACT_HOURS_LEFT');
  if (terms.travelCostsReimbursed && terms.travelCostsPaidBy === PlacementPayer.NOBODY)
    fail('travelCostsPaidBy', 'TRAVEL_COSTS_PAYER_MISSING');
  // Free text next to an anonymised candidate: no names, numbers or addresses of the candidate in here.
  const notes = { insuranceNote: terms.insuranceNote, subsidyNote: terms.subsidyNote };
  if (!stored) return assertNoPersonalData(notes, check);
  assertNoPersonalData(notes, { allowPossibleNames: true });
  assertNoPersonalData(
    {
      insuranceNote: notes.insuranceNote === stored.insuranceNote ? null : notes.insuranceNote,
      subsidyNote: notes.subsidyNote === stored.subsidyNote ? null : notes.subsidyNote,
    },
    check,
  );
}

/**
 * A placement made from a match starts no earlier than its vacancy: the host has the place from then on. Only a
 * valid date is compared (an invalid one is refused as such by assertCoherentTerms).
 */
export function assertStartsWithVacancy(startDate: string | null, vacancyStart: string | null): void {
  if (startDate && vacancyStart && isValidDate(startDate) && startDate < vacancyStart) {
    throw new InvalidPlacementTermsError('START_BEFORE_VACANCY', 'startDate');
  }
}
