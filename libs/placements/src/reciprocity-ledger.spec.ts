import fc from 'fast-check';
import { dateOf, dayNumber } from '@werkbrug/scheduling-core';
import { buildLedger, ledgerCsv, ledgerFor, type LedgerPlacement, ledgerTotals } from './reciprocity-ledger';

const BASE = dayNumber('2027-01-01');
const placements = fc.array(
  fc
    .record({
      lender: fc.integer({ min: 0, max: 3 }),
      host: fc.integer({ min: 0, max: 3 }),
      start: fc.integer({ min: -60, max: 400 }),
      length: fc.integer({ min: 1, max: 200 }),
      hours: fc.integer({ min: 1, max: 36 }),
    })
    .filter((r) => r.lender !== r.host)
    .map((r): LedgerPlacement => ({
      lendingEmployerId: `e${r.lender}`,
      hostEmployerId: `e${r.host}`,
      start: dateOf(BASE + r.start),
      end: dateOf(BASE + r.start + r.length - 1),
      hoursPerWeek: r.hours,
    })),
  { maxLength: 25 },
);

const overlapHours = (p: LedgerPlacement, from: number, to: number) =>
  (p.hoursPerWeek * Math.max(0, Math.min(dayNumber(p.end), to) - Math.max(dayNumber(p.start), from) + 1)) / 7;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('buildLedger', () => {
  it('adds up to the placements: lent equals borrowed, per employer and per pair, over any range and period', () => {
    fc.assert(
      fc.property(
        placements,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        (list, from, length, quarterly) => {
          const [start, end] = [dateOf(BASE + from), dateOf(BASE + from + length - 1)];
          const ledger = buildLedger(list, start, end, quarterly ? 'QUARTER' : 'MONTH');
          const expected = sum(list.map((p) => overlapHours(p, BASE + from, BASE + from + length - 1)));
          const tolerance = 0.01 * (ledger.employers.length + 1);
          expect(Math.abs(sum(ledger.employers.map((r) => r.hoursLent)) - expected)).toBeLessThanOrEqual(
            tolerance,
          );
          expect(Math.abs(sum(ledger.employers.map((r) => r.hoursBorrowed)) - expected)).toBeLessThanOrEqual(
            tolerance,
          );
          expect(Math.abs(sum(ledger.pairs.map((r) => r.hours)) - expected)).toBeLessThanOrEqual(tolerance);
          for (const e of ['e0', 'e1', 'e2', 'e3']) {
            const own = sum(
              list
                .filter((p) => p.lendingEmployerId === e)
                .map((p) => overlapHours(p, BASE + from, BASE + from + length - 1)),
            );
            const rows = ledger.employers.filter((r) => r.employerId === e);
            expect(Math.abs(sum(rows.map((r) => r.hoursLent)) - own)).toBeLessThanOrEqual(tolerance);
            expect(ledgerFor(ledger, e).employers.every((r) => r.employerId === e)).toBe(true);
          }
          const placementsInRange = list.filter(
            (p) => overlapHours(p, BASE + from, BASE + from + length - 1) > 0,
          ).length;
          expect(sum(ledger.employers.map((r) => r.placementsLent))).toBeGreaterThanOrEqual(
            placementsInRange,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits a placement over the months it runs in and labels quarters', () => {
    const p: LedgerPlacement = {
      lendingEmployerId: 'a',
      hostEmployerId: 'b',
      start: '2027-01-25',
      end: '2027-02-07',
      hoursPerWeek: 14,
    };
    const monthly = buildLedger([p], '2027-01-01', '2027-03-31', 'MONTH');
    expect(monthly.periods).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(monthly.pairs).toEqual([
      { period: '2027-01', lendingEmployerId: 'a', hostEmployerId: 'b', hours: 14, placements: 1 },
      { period: '2027-02', lendingEmployerId: 'a', hostEmployerId: 'b', hours: 14, placements: 1 },
    ]);
    expect(monthly.employers.find((r) => r.period === '2027-01' && r.employerId === 'b')).toMatchObject({
      hoursBorrowed: 14,
      balance: -14,
    });
    expect(buildLedger([p], '2027-01-01', '2027-12-31', 'QUARTER').periods).toEqual([
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
    ]);
    const csv = ledgerCsv(
      monthly,
      new Map([
        ['a', 'Zorg, "Noord"'],
        ['b', 'Retail'],
      ]),
    );
    expect(csv.split('\r\n')[0]).toBe(
      'period,employer_id,employer,hours_lent,hours_borrowed,balance,cumulative_balance,placements_lent,placements_borrowed',
    );
    expect(csv).toContain('2027-01,a,"Zorg, ""Noord""",14,0,14,14,1,0');
    expect(csv).toContain('2027-02,a,"Zorg, ""Noord""",14,0,14,28,1,0');
    // A negative balance is the application's own number: it stays a number for the spreadsheet to sum.
    expect(csv).toContain('2027-01,b,Retail,0,14,-14,-14,0,1');
    const hostile = ledgerCsv(monthly, new Map([['a', '=HYPERLINK("http://evil.example","klik")']]));
    expect(hostile).toContain(`2027-01,a,"'=HYPERLINK(""http://evil.example"",""klik"")",14,0,14,14,1,0`);
  });
});

describe('ledgerTotals', () => {
  it('adds the hours within the range and counts each placement once (worked by hand)', () => {
    const placements: LedgerPlacement[] = [
      // 14 days in range at 7 h a week: 14 h; touches two months but is one placement.
      {
        lendingEmployerId: 'a',
        hostEmployerId: 'b',
        start: '2027-01-25',
        end: '2027-02-07',
        hoursPerWeek: 7,
      },
      // Starts before the range: only its 7 days in range count, 21 h a week → 21 h.
      {
        lendingEmployerId: 'b',
        hostEmployerId: 'a',
        start: '2026-12-01',
        end: '2027-01-07',
        hoursPerWeek: 21,
      },
      // After the range: nothing.
      {
        lendingEmployerId: 'a',
        hostEmployerId: 'c',
        start: '2027-04-01',
        end: '2027-05-01',
        hoursPerWeek: 40,
      },
    ];
    const totals = ledgerTotals(placements, '2027-01-01', '2027-03-31');
    expect(totals.get('a')).toEqual({
      hoursLent: 14,
      hoursBorrowed: 21,
      placementsLent: 1,
      placementsBorrowed: 1,
    });
    expect(totals.get('b')).toEqual({
      hoursLent: 21,
      hoursBorrowed: 14,
      placementsLent: 1,
      placementsBorrowed: 1,
    });
    expect(totals.has('c')).toBe(false);
  });

  it('agrees with the monthly ledger on hours over the same range', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lender: fc.constantFrom('a', 'b', 'c'),
            host: fc.constantFrom('a', 'b', 'c'),
            start: fc.integer({ min: 0, max: 200 }),
            length: fc.integer({ min: 0, max: 120 }),
            hours: fc.integer({ min: 1, max: 40 }),
          }),
          { maxLength: 12 },
        ),
        (rows) => {
          const base = dayNumber('2027-01-01');
          const placements = rows.map((r) => ({
            lendingEmployerId: r.lender,
            hostEmployerId: r.host,
            start: dateOf(base + r.start),
            end: dateOf(base + r.start + r.length),
            hoursPerWeek: r.hours,
          }));
          const totals = ledgerTotals(placements, '2027-02-01', '2027-06-30');
          const monthly = buildLedger(placements, '2027-02-01', '2027-06-30', 'MONTH');
          for (const id of ['a', 'b', 'c']) {
            const lent = monthly.employers
              .filter((e) => e.employerId === id)
              .reduce((s, e) => s + e.hoursLent, 0);
            expect(totals.get(id)?.hoursLent ?? 0).toBeCloseTo(lent, 1);
          }
        },
      ),
    );
  });
});
