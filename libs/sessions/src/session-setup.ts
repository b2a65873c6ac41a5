import { InvalidInputError } from '@werkbrug/core';
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
  const fail = (field: string, en: string, nl: string): never => {
    throw new InvalidInputError({ en, nl }, { field });
  };
  if (!isKnownTimeZone(setup.timeZone)) fail('timeZone', 'Unknown time zone.', 'Onbekende tijdzone.');
  if (setup.minMeetingsPerCandidate > setup.maxMeetingsPerCandidate)
    fail(
      'minMeetingsPerCandidate',
      'The minimum number of meetings per candidate cannot exceed the maximum.',
      'Het minimum aantal gesprekken per kandidaat kan niet hoger zijn dan het maximum.',
    );
  for (const b of setup.breaks)
    if (
      !Number.isInteger(b.afterSlot) ||
      b.afterSlot < 0 ||
      b.afterSlot >= setup.slotCount - 1 ||
      !(b.minutes > 0)
    )
      fail(
        'breaks',
        'A break must come after one of the slots (not the last) and last at least a minute.',
        'Een pauze moet na een van de tijdsloten komen (niet het laatste) en minstens een minuut duren.',
      );
  const [hours, minutes] = setup.firstSlotStart.split(':').map(Number);
  if (hours * 60 + minutes + sessionLengthMinutes(setup) > MINUTES_PER_DAY)
    fail(
      'slotCount',
      'The session must end on the day it starts.',
      'De bijeenkomst moet eindigen op de dag dat hij begint.',
    );
  const startsAt = zonedTimeToUtc(setup.date, hours * 60 + minutes, setup.timeZone);
  if (startsAt <= now)
    fail('date', 'The session must start in the future.', 'De bijeenkomst moet in de toekomst beginnen.');
  if (setup.registrationDeadline > startsAt)
    fail(
      'registrationDeadline',
      'The registration deadline must fall before the session starts.',
      'De aanmelddeadline moet vóór het begin van de bijeenkomst liggen.',
    );
}
