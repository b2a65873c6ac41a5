import { addDays, addMonths, NotFoundError, Role, type Viewer } from '@werkbrug/core';
import type { MembershipStatus } from './network.entities';

/** A member's commitment runs at least the network's minimum: a colleague can count on them for that long. */
export function commitmentLongEnough(start: string, end: string, minimumMonths: number): boolean {
  return end >= addMonths(start, minimumMonths);
}

/**
 * What a viewer may see of a network: the region's mobility team and the HR leads of active members everything,
 * HR leads of an invited employer the network and its members (to decide whether to join), anyone else nothing.
 */
export type NetworkAccess = 'TEAM' | 'MEMBER' | 'INVITED' | 'NONE';

export function networkAccess(
  viewer: Viewer,
  network: { regionCode: string },
  statusOfViewersEmployer: MembershipStatus | null,
): NetworkAccess {
  if (viewer.role === Role.MOBILITY_TEAM) return viewer.regionCode === network.regionCode ? 'TEAM' : 'NONE';
  if (viewer.role !== Role.HR_LEAD) return 'NONE';
  if (statusOfViewersEmployer === 'ACTIVE') return 'MEMBER';
  if (statusOfViewersEmployer === 'INVITED') return 'INVITED';
  return 'NONE';
}

/** Hours from a request to its first answer; null while nobody answered. */
export function firstAnswerHours(askedAt: Date, answeredAt: readonly Date[]): number | null {
  if (answeredAt.length === 0) return null;
  return (Math.min(...answeredAt.map((d) => d.getTime())) - askedAt.getTime()) / 3_600_000;
}

/** The same, to one decimal, as a request shows it. */
export function hoursToFirstAnswer(askedAt: Date, answeredAt: readonly Date[]): number | null {
  const hours = firstAnswerHours(askedAt, answeredAt);
  return hours === null ? null : Math.round(hours * 10) / 10;
}

/** A read the viewer may not make (or of nothing) is null; any other failure stays the failure it is. */
export function onlyNotFound(error: unknown): null {
  if (error instanceof NotFoundError) return null;
  throw error;
}

/** The viewer's own employer, for the roles that have one. */
export function employerOf(viewer: Viewer): string | null {
  return 'employerId' in viewer ? viewer.employerId : null;
}

/** The quarter a day falls in: its first and last day. */
export function quarterOf(day: string): { start: string; end: string } {
  const month = Number(day.slice(5, 7));
  const start = `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  return { start, end: addDays(addMonths(start, 3), -1) };
}

/** Members are asked for their notes from this many days before a quarter ends: the review follows the quarter. */
export const NOTES_REMINDER_DAYS_BEFORE_END = 14;

/** Whether the worker asks for a quarter's notes today: in the quarter's last two weeks. */
export function notesReminderDue(today: string): boolean {
  return today >= addDays(quarterOf(today).end, -(NOTES_REMINDER_DAYS_BEFORE_END - 1));
}

/**
 * Notes are written for the current quarter or the one before it (the review is held after a quarter ends), named
 * by the quarter's first day.
 */
export function notesWritableFor(quarterStart: string, today: string): boolean {
  if (quarterOf(quarterStart).start !== quarterStart) return false;
  const current = quarterOf(today).start;
  return quarterStart === current || quarterStart === addMonths(current, -3);
}
