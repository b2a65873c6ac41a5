import { REGION_TIME_ZONE } from './region-today';

const HOUR_MS = 3_600_000;
const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: REGION_TIME_ZONE,
  timeZoneName: 'longOffset',
});
/**
 * Offsets per UTC hour. Time-zone rules change offsets only at whole UTC hours in the Netherlands (and in every
 * zone Werkbrug could serve but a handful of :30/:45 ones), so one lookup per hour of time is exact and keeps a
 * page of a hundred instants from formatting a hundred dates.
 */
const offsetByHour = new Map<number, number>();

/** The regions' UTC offset in minutes at an instant: 60 in winter, 120 in summer. */
export function regionOffsetMinutes(at: Date): number {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const name = offsetFormat
      .formatToParts(new Date(hour * HOUR_MS))
      .find((p) => p.type === 'timeZoneName')?.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
    offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    if (offsetByHour.size > 50_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/**
 * An instant as ISO 8601 in the regions' local time with its offset: `2027-01-12T10:30:00.000+01:00`. The same
 * instant as `toISOString()`, which any ISO parser reads back, but a person or an integration reads the clock
 * time of the region without converting.
 */
export function toRegionIsoString(at: Date): string {
  const offset = regionOffsetMinutes(at);
  const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, -1);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads an ISO 8601 date-time. With an offset (or `Z`) it is that instant; without one it is a clock time in
 * the region (`2027-01-12T10:30` is half past ten in Amsterdam), as a person typing a time means it. Returns
 * null for anything else, so the caller can say what was wrong.
 */
export function parseRegionDateTime(text: string): Date | null {
  const trimmed = text.trim();
  if (!ISO_DATE_TIME.test(trimmed)) return null;
  if (ZONED.test(trimmed)) {
    const at = new Date(trimmed);
    return Number.isNaN(at.getTime()) ? null : at;
  }
  const asUtc = new Date(`${trimmed}Z`);
  if (Number.isNaN(asUtc.getTime())) return null;
  // The offset at the wall time read as UTC is right except within an hour of a change; a second look settles it.
  const first = new Date(asUtc.getTime() - regionOffsetMinutes(asUtc) * 60_000);
  return new Date(asUtc.getTime() - regionOffsetMinutes(first) * 60_000);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
