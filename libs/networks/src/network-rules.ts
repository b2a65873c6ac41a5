import { addMonths, Role, type Viewer } from '@werkbrug/core';
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
