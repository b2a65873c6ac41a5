import { addMonths } from '@werkbrug/core';
import { FollowUpStatus } from './trajectory.enums';

/** Follow-ups ask three and six months after the start whether the person still works. */
export const FOLLOW_UP_MONTHS = [3, 6] as const;
/** An unanswered follow-up is brought up again this many days after its last reminder. */
export const REMINDER_EVERY_DAYS = 14;

export function followUpDueDates(startedOn: string): { months: number; dueOn: string }[] {
  return FOLLOW_UP_MONTHS.map((months) => ({ months, dueOn: addMonths(startedOn, months) }));
}

export function followUpStatus(
  followUp: { dueOn: string; answeredOn: string | null },
  today: string,
): FollowUpStatus {
  if (followUp.answeredOn) return FollowUpStatus.ANSWERED;
  return followUp.dueOn <= today ? FollowUpStatus.DUE : FollowUpStatus.UPCOMING;
}

/** Whether the worker should remind about a follow-up now: due, unanswered, not reminded in the last two weeks. */
export function reminderDue(
  followUp: { dueOn: string; answeredOn: string | null; remindedAt: Date | null },
  now: Date,
  today: string,
): boolean {
  if (followUpStatus(followUp, today) !== FollowUpStatus.DUE) return false;
  return (
    followUp.remindedAt === null ||
    now.getTime() - followUp.remindedAt.getTime() >= REMINDER_EVERY_DAYS * 86_400_000
  );
}
