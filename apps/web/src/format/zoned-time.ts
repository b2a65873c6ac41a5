import { TIME_ZONE } from './formatters';

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * A wall-clock date and time in the region's zone (`2026-12-03`, `17:00`) as an ISO instant, whatever the
 * device's zone. Undefined for an incomplete value.
 */
export function zonedToIso(date: string, time: string, timeZone = TIME_ZONE): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || !clock) return undefined;
  const naive = Date.UTC(+match[1], +match[2] - 1, +match[3], +clock[1], +clock[2]);
  // The offset at the guess is right except within the hour a clock change moves; a second pass settles it.
  const first = naive - offsetMinutes(naive, timeZone) * 60_000;
  return new Date(naive - offsetMinutes(first, timeZone) * 60_000).toISOString();
}
