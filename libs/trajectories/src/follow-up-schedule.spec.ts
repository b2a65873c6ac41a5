import fc from 'fast-check';
import { addMonths } from '@werkbrug/core';
import { followUpDueDates, followUpStatus, reminderDue } from './follow-up-schedule';
import { FollowUpStatus } from './trajectory.enums';

describe('follow-up schedule', () => {
  it('asks three and six months after the start, on the same day of the month where it exists', () => {
    expect(followUpDueDates('2027-01-15')).toEqual([
      { months: 3, dueOn: '2027-04-15' },
      { months: 6, dueOn: '2027-07-15' },
    ]);
    // 31 August + 6 months: February has no 31st, so its last day.
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('never lands more than a month and three days off, whatever the start', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 24 }),
        (d, months) => {
          const start = d.toISOString().slice(0, 10);
          const due = addMonths(start, months);
          const days = (Date.parse(due) - Date.parse(start)) / 86_400_000;
          expect(days).toBeGreaterThanOrEqual(months * 28);
          expect(days).toBeLessThanOrEqual(months * 31);
        },
      ),
    );
  });

  it('moves from upcoming to due on its day and stays due until answered, across time', () => {
    const followUp = { dueOn: '2027-04-15', answeredOn: null as string | null };
    expect(followUpStatus(followUp, '2027-04-14')).toBe(FollowUpStatus.UPCOMING);
    expect(followUpStatus(followUp, '2027-04-15')).toBe(FollowUpStatus.DUE);
    expect(followUpStatus(followUp, '2028-01-01')).toBe(FollowUpStatus.DUE);
    expect(followUpStatus({ ...followUp, answeredOn: '2027-04-20' }, '2028-01-01')).toBe(
      FollowUpStatus.ANSWERED,
    );
  });

  it('reminds on the due day and again every two weeks while nobody answers', () => {
    const due = { dueOn: '2027-04-15', answeredOn: null, remindedAt: null };
    const at = (iso: string) => new Date(`${iso}T08:00:00Z`);
    expect(reminderDue(due, at('2027-04-14'), '2027-04-14')).toBe(false);
    expect(reminderDue(due, at('2027-04-15'), '2027-04-15')).toBe(true);
    const reminded = { ...due, remindedAt: at('2027-04-15') };
    expect(reminderDue(reminded, at('2027-04-28'), '2027-04-28')).toBe(false);
    expect(reminderDue(reminded, at('2027-04-29'), '2027-04-29')).toBe(true);
    expect(reminderDue({ ...reminded, answeredOn: '2027-04-20' }, at('2027-05-29'), '2027-05-29')).toBe(
      false,
    );
  });
});
