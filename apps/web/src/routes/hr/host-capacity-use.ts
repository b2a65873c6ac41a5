import type { PlacementStatus } from '@web/graphql/generated/graphql';

export interface HostedPlacement {
  status: PlacementStatus;
  startDate?: string | null;
  endDate?: string | null;
  hoursPerWeek?: number | null;
}

/** The placements that hold host capacity, as the server's conflict check counts them (placement-conflicts). */
const HOLDING: ReadonlySet<PlacementStatus> = new Set(['PROPOSED', 'AGREED', 'ACTIVE']);

/**
 * The most placement hours a week the host takes on at any day of the period: the load only rises on a day a
 * placement (or the period) starts, so those days are the ones to look at.
 */
export function busiestWeek(placements: readonly HostedPlacement[], from: string, to: string | null): number {
  const holding = placements.filter(
    (p): p is HostedPlacement & { startDate: string; endDate: string; hoursPerWeek: number } =>
      HOLDING.has(p.status) &&
      !!p.startDate &&
      !!p.endDate &&
      p.hoursPerWeek != null &&
      p.endDate >= from &&
      (to === null || p.startDate <= to),
  );
  const days = [from, ...holding.map((p) => p.startDate).filter((d) => d > from && (to === null || d <= to))];
  return Math.max(
    0,
    ...days.map((day) =>
      holding
        .filter((p) => p.startDate <= day && p.endDate >= day)
        .reduce((sum, p) => sum + p.hoursPerWeek, 0),
    ),
  );
}
