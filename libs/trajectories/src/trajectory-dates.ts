/**
 * The dates that drive a spoor-2 trajectory's urgency, from the first day of sickness. Dates are ISO calendar
 * dates (YYYY-MM-DD) and are computed in UTC so that no time zone or daylight-saving change moves a day.
 */

import { addDays } from '@werkbrug/core';

const DAY_MS = 86_400_000;
/** The Dutch waiting period before a WIA benefit: 104 weeks of sickness, the first sickness day included. */
export const WAITING_PERIOD_WEEKS = 104;
/** UWV wants the WIA application no later than 11 weeks before the waiting period ends. */
export const WIA_APPLICATION_WEEKS_BEFORE_END = 11;

/** One place for calendar arithmetic: core's, re-exported for the trajectory modules that import it from here. */
export { addDays };

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The first day of the month `isoDate` falls in. */
export function firstOfMonth(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return false;
  return addDays(value, 0) === value;
}

export interface Spoor2Dates {
  /** The last day of the 104-week waiting period. */
  readonly waitingPeriodEndsOn: string;
  /** The last day to apply for a WIA benefit. */
  readonly wiaApplicationDueOn: string;
}

export function spoor2Dates(firstSicknessDay: string): Spoor2Dates {
  const waitingPeriodEndsOn = addDays(firstSicknessDay, WAITING_PERIOD_WEEKS * 7 - 1);
  return {
    waitingPeriodEndsOn,
    wiaApplicationDueOn: addDays(waitingPeriodEndsOn, -WIA_APPLICATION_WEEKS_BEFORE_END * 7),
  };
}

export { regionToday } from '@werkbrug/core/region-today';
