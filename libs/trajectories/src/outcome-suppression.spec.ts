import fc from 'fast-check';
import { primary, rateShown, suppressColumn } from './outcome-suppression';

describe('small-number suppression', () => {
  it('hides counts of one to four people, never zero or five and more', () => {
    expect([0, 1, 4, 5, 80].map((n) => primary(n, 5))).toEqual([0, null, null, 5, 80]);
  });

  it('hides a second cell when one hidden cell would follow from the total', () => {
    // Tracks: 3 (hidden), 12, 40 → total 55 shown: 3 = 55 − 12 − 40, so 12 goes too.
    expect(suppressColumn([3, 12, 40], 55, 5)).toEqual({ cells: [null, null, 40], total: 55 });
    // Two hidden cells already: nothing more.
    expect(suppressColumn([3, 2, 40], 45, 5)).toEqual({ cells: [null, null, 40], total: 45 });
    // Only zeros to pair with: the total goes instead.
    expect(suppressColumn([3, 0, 0], 3, 5)).toEqual({ cells: [null, 0, 0], total: null });
    expect(suppressColumn([3, 0, 0], 6, 5)).toEqual({ cells: [null, 0, 0], total: null });
  });

  it('shows a rate only when the numerator, denominator and the difference all describe five or more', () => {
    expect(rateShown(7, 10, 5)).toBe(false); // 3 people not placed
    expect(rateShown(5, 10, 5)).toBe(true);
    expect(rateShown(0, 10, 5)).toBe(true);
    expect(rateShown(10, 10, 5)).toBe(true);
    expect(rateShown(null, 10, 5)).toBe(false);
    expect(rateShown(0, 0, 5)).toBe(false);
  });

  it('never leaves a hidden cell that the total and the shown cells give away', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 10 }),
        (values, k) => {
          const total = values.reduce((a, b) => a + b, 0);
          const { cells, total: shownTotal } = suppressColumn(values, total, k);
          const hidden = cells.filter((c) => c === null).length;
          // Every shown non-zero cell describes at least k people, and the total does too when shown.
          cells.forEach((c) => expect(c === null || c === 0 || c >= k).toBe(true));
          expect(shownTotal === null || shownTotal === 0 || shownTotal >= k).toBe(true);
          // With the total shown, hidden cells come at least in pairs.
          if (shownTotal !== null) expect(hidden === 0 || hidden >= 2).toBe(true);
        },
      ),
    );
  });

  it('never hides two cells of one person each while showing the total', () => {
    expect(suppressColumn([1, 1, 40, 30], 72, 5)).toEqual({ cells: [null, null, 40, null], total: 72 });
  });
});
