import { conversionFunnel } from './conversion';

const K = 5;

describe('conversionFunnel', () => {
  it('shows every step with its share of the meetings when no group is small', () => {
    const view = conversionFunnel(
      { meetings: 40, notRecorded: 5, followUpTalks: 20, placements: 10, hires: 5 },
      K,
    );
    expect(view.steps.map((s) => [s.step, s.count, s.shareOfMeetings])).toEqual([
      ['MEETINGS', 40, 1],
      ['FOLLOW_UP_TALKS', 20, 0.5],
      ['PLACEMENTS', 10, 0.25],
      ['HIRES', 5, 0.125],
    ]);
    expect(view.notRecorded).toBe(5);
  });

  it('hides a count of 1 to 4 pairs, and shows zero', () => {
    const view = conversionFunnel(
      { meetings: 30, notRecorded: 0, followUpTalks: 12, placements: 0, hires: 3 },
      K,
    );
    expect(view.steps.map((s) => s.count)).toEqual([30, 12, 0, null]);
    expect(view.steps[3]).toMatchObject({ suppressed: true, shareOfMeetings: null });
    expect(view.notRecorded).toBe(0);
  });

  it('hides a part whose difference from its whole would single out 1 to 4 pairs', () => {
    // 12 follow-ups and 10 placements would show that 2 pairs talked on without a placement.
    const view = conversionFunnel(
      { meetings: 30, notRecorded: 0, followUpTalks: 12, placements: 10, hires: 0 },
      K,
    );
    expect(view.steps.map((s) => s.count)).toEqual([30, 12, null, 0]);
  });

  it('keeps hiding until nothing changes: a hidden whole leaves its parts to their own checks', () => {
    const view = conversionFunnel(
      { meetings: 8, notRecorded: 6, followUpTalks: 2, placements: 0, hires: 0 },
      K,
    );
    // 8 − 6 = 2 hides the not-recorded count; 2 follow-ups are hidden on their own.
    expect(view.notRecorded).toBeNull();
    expect(view.steps.map((s) => s.count)).toEqual([8, null, 0, 0]);
  });

  it('hides the unrecorded meetings when with the next steps they would give away 1 to 4 pairs of no fit', () => {
    // 30 meetings, 10 unrecorded and 18 next steps leave 2 pairs of no fit.
    const view = conversionFunnel(
      { meetings: 30, notRecorded: 10, followUpTalks: 18, placements: 5, hires: 0 },
      K,
    );
    expect(view.notRecorded).toBeNull();
    expect(view.steps.map((s) => s.count)).toEqual([30, 18, 5, 0]);
  });
});
