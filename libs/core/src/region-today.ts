/** The regions' time zone: a day in Werkbrug is a day in the Netherlands. */
export const REGION_TIME_ZONE = 'Europe/Amsterdam';

/** Today (or the day of `now`) in the regions' time zone, as an ISO date. */
export function regionToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE }).format(now);
}
