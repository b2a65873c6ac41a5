import fc from 'fast-check';
import { type GroupCounts, OutcomeFigureKey, outcomeRows } from './outcome-figures';

const group = (name: string | null, counts: Partial<GroupCounts>): GroupCounts => ({
  group: name,
  activeTrajectories: 0,
  intakes: 0,
  placements: 0,
  cohort: 0,
  placedWithin6Months: 0,
  placed: 0,
  daysMedian: null,
  daysP75: null,
  retentionAnswered: 0,
  retentionUnanswered: 0,
  retained: 0,
  ...counts,
});
interface Shown {
  key: OutcomeFigureKey;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}
const figure = (row: { figures: Shown[] }, key: OutcomeFigureKey): Shown =>
  row.figures.find((f) => f.key === key)!;

describe('outcome rows', () => {
  it('hides a rate whose remainder is small, and its partner row, so the total does not give it away', () => {
    // 9 of 10 placed (1 not placed: hidden) and 10 of 20; the total 19 of 30 would give 9/10 back by difference.
    const a = group('A', { intakes: 10, cohort: 10, placedWithin6Months: 9 });
    const b = group('B', { intakes: 20, cohort: 20, placedWithin6Months: 10 });
    const total = group(null, { intakes: 30, cohort: 30, placedWithin6Months: 19 });
    const { total: shownTotal, rows } = outcomeRows(total, [a, b], 5);
    expect(figure(rows[0], OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS).numerator).toBeNull();
    expect(figure(rows[1], OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS).numerator).toBeNull();
    expect(figure(shownTotal, OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS)).toMatchObject({
      numerator: 19,
      denominator: 30,
    });
  });

  it('hides the rate when the intakes whose six months have not passed are few', () => {
    const { total } = outcomeRows(group(null, { intakes: 23, cohort: 20, placedWithin6Months: 10 }), [], 5);
    expect(figure(total, OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS).value).toBeNull();
    expect(figure(total, OutcomeFigureKey.INTAKES).value).toBe(23);
  });

  it('gives days to placement without the number of placements behind them', () => {
    const { total } = outcomeRows(group(null, { placed: 12, daysMedian: 75, daysP75: 102.5 }), [], 5);
    expect(figure(total, OutcomeFigureKey.DAYS_TO_PLACEMENT_MEDIAN)).toMatchObject({
      value: 75,
      denominator: null,
    });
  });

  it('never shows a rate of one group that the total and the other groups give away', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cohort: fc.integer({ min: 0, max: 30 }),
            share: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { minLength: 2, maxLength: 5 },
        ),
        (specs) => {
          const groups = specs.map((s, i) =>
            group(`G${i}`, {
              intakes: s.cohort,
              cohort: s.cohort,
              placedWithin6Months: Math.round(s.cohort * s.share),
            }),
          );
          const sum = (f: (g: GroupCounts) => number) => groups.reduce((a, g) => a + f(g), 0);
          const total = group(null, {
            intakes: sum((g) => g.intakes),
            cohort: sum((g) => g.cohort),
            placedWithin6Months: sum((g) => g.placedWithin6Months),
          });
          const shown = outcomeRows(total, groups, 5);
          const totalRate = figure(shown.total, OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS);
          const hiddenRows = shown.rows.filter(
            (r) => figure(r, OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS).suppressed,
          );
          if (totalRate.denominator !== null && hiddenRows.length > 0) {
            // With the total shown, at least two rows' rates are hidden, and together they are not few people.
            expect(hiddenRows.length).toBeGreaterThanOrEqual(2);
          }
          // Every shown rate has a numerator, a remainder and a denominator of 0 or at least 5.
          for (const row of [shown.total, ...shown.rows]) {
            const r = figure(row, OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS);
            if (r.denominator === null || r.numerator === null) continue;
            for (const n of [r.numerator, r.denominator - r.numerator, r.denominator])
              expect(n === 0 || n >= 5).toBe(true);
          }
        },
      ),
    );
  });
});
