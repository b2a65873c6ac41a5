import type { SlotTimes } from './agenda.types';

/** A pause after a slot (0-based), e.g. lunch after the sixth slot. */
export interface SessionBreak {
  readonly afterSlot: number;
  readonly minutes: number;
}

export interface SlotSchedule {
  /** YYYY-MM-DD in the time zone. */
  readonly date: string;
  readonly timeZone: string;
  /** HH:MM local time. */
  readonly firstSlotStart: string;
  readonly slotMinutes: number;
  readonly slotCount: number;
  readonly breaks: readonly SessionBreak[];
}

/** Start and end of every slot as instants, honouring breaks and the time zone (DST included). */
export function slotTimes(schedule: SlotSchedule): SlotTimes[] {
  const [hours, minutes] = schedule.firstSlotStart.split(':').map(Number);
  const start = zonedTimeToUtc(schedule.date, hours * 60 + minutes, schedule.timeZone);
  const pauseAfter = new Map<number, number>();
  for (const b of schedule.breaks)
    pauseAfter.set(b.afterSlot, (pauseAfter.get(b.afterSlot) ?? 0) + b.minutes);
  const slots: SlotTimes[] = [];
  let offset = 0;
  for (let slot = 0; slot < schedule.slotCount; slot++) {
    const startsAt = new Date(start.getTime() + offset * 60_000);
    const endsAt = new Date(startsAt.getTime() + schedule.slotMinutes * 60_000);
    slots.push({ slot, startsAt, endsAt });
    offset += schedule.slotMinutes + (pauseAfter.get(slot) ?? 0);
  }
  return slots;
}

/** The slots of a stored session (its columns hold the schedule under the entity's names). */
export function sessionSlotTimes(session: {
  readonly sessionDate: string;
  readonly timeZone: string;
  readonly firstSlotStart: string;
  readonly slotMinutes: number;
  readonly slotCount: number;
  readonly breaks: readonly SessionBreak[];
}): SlotTimes[] {
  return slotTimes({ ...session, date: session.sessionDate });
}

/** Minutes from the first slot's start to the last slot's end; a session must fit in one day. */
export function sessionLengthMinutes(
  schedule: Omit<SlotSchedule, 'date' | 'timeZone' | 'firstSlotStart'>,
): number {
  return schedule.slotMinutes * schedule.slotCount + schedule.breaks.reduce((sum, b) => sum + b.minutes, 0);
}

/**
 * The instant at which clocks in `timeZone` show `date` and `minuteOfDay`. Two passes of "guess, measure the
 * zone's offset at the guess, correct" settle on the right offset on both sides of a DST change.
 */
export function zonedTimeToUtc(date: string, minuteOfDay: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wallClock = Date.UTC(y, m - 1, d, 0, minuteOfDay);
  let instant = wallClock - offsetMinutes(new Date(wallClock), timeZone) * 60_000;
  instant = wallClock - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - at.getTime()) / 60_000);
}

/** Whether a time zone name is one the runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}
