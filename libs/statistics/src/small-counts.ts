import { Role, type Viewer } from '@werkbrug/core';

/** Below this, a count per track is not shown to employers: one or two people could be recognised in it. */
export const SMALLEST_SHOWN_COUNT = 5;

export interface TrackCountView {
  readonly track: string;
  /** Null when the count is 1 to SMALLEST_SHOWN_COUNT − 1 and the viewer is an employer. */
  readonly count: number | null;
}

/**
 * Counts per track as the viewer may see them. The track is need-to-know (spoor 2 means long-term sick): the
 * mobility team and administrators see every count; an HR lead, who also sees the region's anonymised profiles,
 * sees small counts only as "fewer than 5", so that "one person on spoor 2" cannot be put next to the one profile
 * that is urgent.
 */
export function trackCountsFor(viewer: Viewer, byTrack: Readonly<Record<string, number>>): TrackCountView[] {
  const protect = viewer.role === Role.HR_LEAD;
  return Object.entries(byTrack).map(([track, count]) => ({
    track,
    count: protect && count > 0 && count < SMALLEST_SHOWN_COUNT ? null : count,
  }));
}
