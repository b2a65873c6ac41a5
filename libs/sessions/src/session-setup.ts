import { InvalidSessionSetupError, type SessionSetupProblem } from './sessions.errors';
import { isKnownTimeZone, sessionLengthMinutes, zonedTimeToUtc, type SessionBreak } from './session-slots';

/** What a mobility team sets up; the GraphQL input maps onto it. */
export interface SessionSetup {
  readonly title: string;
  readonly venue: string;
  readonly date: string;
  readonly timeZone: string;
  readonly firstSlotStart: string;
  readonly slotMinutes: number;
  readonly slotCount: number;
  readonly breaks: readonly SessionBreak[];
  readonly tableCount: number;
  readonly maxMeetingsPerCandidate: number;
  readonly maxMeetingsPerRepresentative: number;
  readonly minMeetingsPerCandidate: number;
  readonly registrationDeadline: Date;
}

const MINUTES_PER_DAY = 24 * 60;

/** Checks what single fields cannot: the set-up as a whole. Throws one clear, bilingual error. */
export function assertCoherentSetup(setup: SessionSetup, now: Date): void {
  const fail = (field: string, problem: SessionSetupProblem): never => {
    throw new InvalidSessionSetupError(problem, field);
  };
  if (!isKnownTimeZone(setup.timeZone)) fail('timeZone', 'TIME_ZONE_UNKNOWN');
  if (setup.minMeetingsPerCandidate > setup.maxMeetingsPerCandidate)
    fail('minMeetingsPerCandidate', 'MIN_MEETINGS_ABOVE_MAX');
  for (const b of setup.breaks)
    if (
      !Number.isInteger(b.afterSlot) ||
      b.afterSlot < 0 ||
      b.afterSlot >= setup.slotCount - 1 ||
      !(b.minutes > 0)
    )
      fail('breaks', 'BREAK_INVALID');
  const [hours, minutes] = setup.firstSlotStart.split(':').map(Number);
  if (hours * 60 + minutes + sessionLengthMinutes(setup) > MINUTES_PER_DAY)
    fail('slotCount', 'ENDS_NEXT_DAY');
  const startsAt = zonedTimeToUtc(setup.date, hours * 60 + minutes, setup.timeZone);
  if (startsAt <= now) fail('date', 'STARTS_IN_PAST');
  if (setup.registrationDeadline > startsAt) fail('registrationDeadline', 'DEADLINE_AFTER_START');
}
