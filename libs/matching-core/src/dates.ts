const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for an ISO date; dates compare as integers in the hot loop. */
export function isoDay(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  const [, year, month, day] = match;
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (new Date(ms).getUTCDate() !== Number(day)) throw new RangeError(`no such date: ${date}`);
  return ms / DAY_MS;
}

/** Average month length, for horizons given in months. */
export const DAYS_PER_MONTH = 30.44;
