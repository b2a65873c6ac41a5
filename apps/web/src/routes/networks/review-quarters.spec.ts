import { describe, expect, it } from '@jest/globals';
import { notesOpen, recentQuarters, reviewPeriod } from './review-quarters';

describe('review quarters', () => {
  it('lists the current quarter and the three before it, across a year', () => {
    expect(recentQuarters('2027-02-14').map((q) => [q.start, q.end, q.year, q.number])).toEqual([
      ['2027-01-01', '2027-03-31', 2027, 1],
      ['2026-10-01', '2026-12-31', 2026, 4],
      ['2026-07-01', '2026-09-30', 2026, 3],
      ['2026-04-01', '2026-06-30', 2026, 2],
    ]);
  });

  it('reviews a running quarter up to today and an earlier one to its end', () => {
    const [current, previous] = recentQuarters('2026-12-06');
    expect(reviewPeriod(current, '2026-12-06')).toEqual({ from: '2026-10-01', to: '2026-12-06' });
    expect(reviewPeriod(previous, '2026-12-06')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('takes notes for the current quarter and the one before only', () => {
    const quarters = recentQuarters('2026-12-06');
    expect(quarters.map((q) => notesOpen(q, '2026-12-06'))).toEqual([true, true, false, false]);
  });
});
