import { InvalidTrajectoryDateError } from './trajectories.errors';
import { addDays, isIsoDate } from './trajectory-dates';

const START_AHEAD_DAYS = 90;
const DEADLINE_AHEAD_DAYS = 366;
const HISTORY_DAYS = 3 * 366;

/** A date the user entered: a real calendar date, not before `notBefore`, not after `notAfter`. */
export function assertDate(
  field: string,
  value: string,
  {
    today,
    notBefore,
    future,
  }: { today: string; notBefore?: string | null; future?: 'ALLOWED_90_DAYS' | 'DEADLINE_WITHIN_A_YEAR' },
): void {
  if (!isIsoDate(value)) throw new InvalidTrajectoryDateError(field, 'NOT_A_DATE');
  if (future === 'ALLOWED_90_DAYS') {
    if (value > addDays(today, START_AHEAD_DAYS))
      throw new InvalidTrajectoryDateError(field, 'START_TOO_FAR_AHEAD');
  } else if (future === 'DEADLINE_WITHIN_A_YEAR') {
    if (value > addDays(today, DEADLINE_AHEAD_DAYS))
      throw new InvalidTrajectoryDateError(field, 'DEADLINE_TOO_FAR_AHEAD');
  } else if (value > today) throw new InvalidTrajectoryDateError(field, 'IN_THE_FUTURE');
  if (value < addDays(today, -HISTORY_DAYS)) throw new InvalidTrajectoryDateError(field, 'TOO_LONG_AGO');
  if (notBefore && value < notBefore) throw new InvalidTrajectoryDateError(field, 'BEFORE_START');
}
