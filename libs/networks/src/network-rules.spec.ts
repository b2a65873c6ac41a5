import { Role, type Viewer } from '@werkbrug/core';
import { addMonths } from '@werkbrug/core';
import {
  commitmentLongEnough,
  hoursToFirstAnswer,
  networkAccess,
  notesReminderDue,
  notesWritableFor,
  quarterOf,
} from './network-rules';

describe('network rules', () => {
  it('adds calendar months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2027-01-15', 6)).toBe('2027-07-15');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-12-01', 1)).toBe('2028-01-01');
  });

  it('a commitment runs at least the minimum', () => {
    expect(commitmentLongEnough('2027-01-01', '2027-07-01', 6)).toBe(true);
    expect(commitmentLongEnough('2027-01-01', '2027-06-30', 6)).toBe(false);
  });

  it('the team sees its region’s networks; an HR lead only as a member or invitee', () => {
    const team = { role: Role.MOBILITY_TEAM, regionCode: 'AM27' } as Viewer;
    const hr = { role: Role.HR_LEAD, employerId: 'e', regionCode: 'AM27' } as Viewer;
    const seeker = { role: Role.JOB_SEEKER, regionCode: 'AM27' } as Viewer;
    expect(networkAccess(team, { regionCode: 'AM27' }, null)).toBe('TEAM');
    expect(networkAccess(team, { regionCode: 'AM01' }, null)).toBe('NONE');
    expect(networkAccess(hr, { regionCode: 'AM27' }, 'ACTIVE')).toBe('MEMBER');
    expect(networkAccess(hr, { regionCode: 'AM27' }, 'INVITED')).toBe('INVITED');
    expect(networkAccess(hr, { regionCode: 'AM27' }, 'LEFT')).toBe('NONE');
    expect(networkAccess(hr, { regionCode: 'AM27' }, null)).toBe('NONE');
    expect(networkAccess(seeker, { regionCode: 'AM27' }, 'ACTIVE')).toBe('NONE');
  });

  it('counts the hours to the first answer', () => {
    const asked = new Date('2027-01-04T09:00:00Z');
    expect(hoursToFirstAnswer(asked, [])).toBeNull();
    expect(
      hoursToFirstAnswer(asked, [new Date('2027-01-05T15:30:00Z'), new Date('2027-01-04T12:00:00Z')]),
    ).toBe(3);
  });
});

describe('review quarters', () => {
  it('finds the quarter of a day', () => {
    expect(quarterOf('2026-12-06')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(quarterOf('2027-01-01')).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(quarterOf('2027-06-30')).toEqual({ start: '2027-04-01', end: '2027-06-30' });
    expect(quarterOf('2027-08-15')).toEqual({ start: '2027-07-01', end: '2027-09-30' });
  });

  it('asks for notes in the last fourteen days of a quarter only', () => {
    expect(notesReminderDue('2026-12-17')).toBe(false);
    expect(notesReminderDue('2026-12-18')).toBe(true);
    expect(notesReminderDue('2026-12-31')).toBe(true);
    expect(notesReminderDue('2027-01-01')).toBe(false);
    expect(notesReminderDue('2027-06-17')).toBe(true);
  });

  it('takes notes for this quarter and the one before, named by the first day', () => {
    expect(notesWritableFor('2026-10-01', '2026-12-06')).toBe(true);
    expect(notesWritableFor('2026-07-01', '2026-12-06')).toBe(true);
    expect(notesWritableFor('2026-04-01', '2026-12-06')).toBe(false);
    expect(notesWritableFor('2027-01-01', '2026-12-06')).toBe(false);
    expect(notesWritableFor('2026-11-01', '2026-12-06')).toBe(false);
    expect(notesWritableFor('2026-10-01', '2027-01-10')).toBe(true);
  });
});
