import { Role, type Viewer } from '@werkbrug/core';
import { trackCountsFor } from './small-counts';

const byTrack = { SICKNESS_REINTEGRATION: 1, WORK_TO_WORK: 12, LABOUR_DISABILITY: 4 };

describe('trackCountsFor', () => {
  it('shows HR leads small counts only as fewer than five', () => {
    const hr: Viewer = { role: Role.HR_LEAD, userId: 'u', employerId: 'e', regionCode: 'AM27' };
    expect(trackCountsFor(hr, byTrack)).toEqual([
      { track: 'SICKNESS_REINTEGRATION', count: null },
      { track: 'WORK_TO_WORK', count: 12 },
      { track: 'LABOUR_DISABILITY', count: null },
    ]);
  });

  it('shows the mobility team every count', () => {
    const rmt: Viewer = { role: Role.MOBILITY_TEAM, userId: 'u', regionCode: 'AM27' };
    expect(trackCountsFor(rmt, byTrack).map((c) => c.count)).toEqual([1, 12, 4]);
  });
});
