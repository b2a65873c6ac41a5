import fc from 'fast-check';
import { addDays, daysBetween, isIsoDate, regionToday, spoor2Dates } from './trajectory-dates';

describe('spoor-2 dates', () => {
  it('ends the waiting period after exactly 104 weeks, the first sickness day counted as day one', () => {
    // Sick from Monday 6 January 2025: day 728 is Sunday 3 January 2027; the WIA benefit starts the Monday after.
    expect(spoor2Dates('2025-01-06')).toEqual({
      waitingPeriodEndsOn: '2027-01-03',
      wiaApplicationDueOn: '2026-10-18',
    });
  });

  it('keeps 11 weeks between the application deadline and the end, across leap years and DST', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (d) => {
          const first = d.toISOString().slice(0, 10);
          const dates = spoor2Dates(first);
          expect(daysBetween(first, dates.waitingPeriodEndsOn)).toBe(727);
          expect(daysBetween(dates.wiaApplicationDueOn, dates.waitingPeriodEndsOn)).toBe(77);
        },
      ),
    );
  });

  it('recognises only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
  });

  it('takes today in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam.
    expect(regionToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
