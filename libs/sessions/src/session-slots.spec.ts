import { slotTimes, zonedTimeToUtc } from './session-slots';

describe('slotTimes', () => {
  it('lays out slots with breaks in Amsterdam time, winter and summer', () => {
    const slots = slotTimes({
      date: '2026-12-03',
      timeZone: 'Europe/Amsterdam',
      firstSlotStart: '09:30',
      slotMinutes: 15,
      slotCount: 4,
      breaks: [{ afterSlot: 1, minutes: 30 }],
    });
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-12-03T08:30:00.000Z',
      '2026-12-03T08:45:00.000Z',
      '2026-12-03T09:30:00.000Z',
      '2026-12-03T09:45:00.000Z',
    ]);
    expect(slots[3].endsAt.toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(zonedTimeToUtc('2027-06-10', 9 * 60, 'Europe/Amsterdam').toISOString()).toBe(
      '2027-06-10T07:00:00.000Z',
    );
  });

  it('is right on the day clocks change', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST.
    expect(zonedTimeToUtc('2026-03-29', 60, 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-03-29', 4 * 60, 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-29T02:00:00.000Z',
    );
  });
});
