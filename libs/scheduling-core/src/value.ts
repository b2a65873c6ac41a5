import type { PairSpec, ScheduleInstance } from './instance';

/**
 * What a plan is worth. One objective for the planner, the re-planner and the exact reference in the benchmark,
 * with three tiers so that no amount of a lower tier outweighs one unit of a higher one:
 * 1. must-meets (either side asked for the meeting);
 * 2. the fairness floor: each candidate's first `minMeetingsPerCandidate` meetings, the first one most, so that
 *    everyone gets one meeting before anyone gets a second;
 * 3. the worth of each meeting (match score and wishes), plus a small, shrinking bonus for a candidate's next
 *    meetings, so that the employers' time goes to more people rather than to the same few popular ones.
 */
export const MUST_MEET_BONUS = 1_000_000;
/** Per meeting still missing below the floor: a candidate's first meeting earns most (see `candidateMeetingBonus`). */
export const FLOOR_BONUS = 1_000;
/** Keeps the floor tiers below one must-meet. */
export const MAX_MIN_MEETINGS = 100;
/** Bonus for a candidate's meetings after the floor: the first one after it earns most. */
export const SPREAD_BONUSES: readonly number[] = [24, 12, 6, 3];

export const WOULD_LIKE_BONUS = 40;
/** Both said yes in the match workflow: the strongest wish short of must-meet. */
export const MUTUAL_INTEREST_BONUS = 80;

export interface MeetingWorthInput {
  /** The best match score (0–100) between the candidate and any of the employer's vacancies in the session. */
  readonly matchScore: number;
  readonly candidateWouldLike: boolean;
  readonly employerWouldLike: boolean;
  readonly mutualInterest: boolean;
}

/** Integer worth of one meeting, before the must-meet and fairness tiers. */
export function meetingValue(input: MeetingWorthInput): number {
  const score = Math.max(0, Math.min(100, input.matchScore));
  return (
    Math.round(score) +
    (input.candidateWouldLike ? WOULD_LIKE_BONUS : 0) +
    (input.employerWouldLike ? WOULD_LIKE_BONUS : 0) +
    (input.mutualInterest ? MUTUAL_INTEREST_BONUS : 0)
  );
}

/** Worth of a pair on its own: its value plus the must-meet tier. */
export function pairWorth(pair: PairSpec): number {
  return pair.value + (pair.mustMeet ? MUST_MEET_BONUS : 0);
}

/** Bonus earned by a candidate's meeting number `k` (0-based). Never increases with k. */
export function candidateMeetingBonus(instance: ScheduleInstance, k: number): number {
  const floor = instance.minMeetingsPerCandidate;
  if (k < floor) return FLOOR_BONUS * (floor - k);
  return SPREAD_BONUSES[k - floor] ?? 0;
}

/** The objective of a set of meetings, given as pair indices. */
export function scheduleObjective(instance: ScheduleInstance, pairIndices: Iterable<number>): number {
  const perCandidate = new Int32Array(instance.candidates.length);
  let total = 0;
  for (const p of pairIndices) {
    const pair = instance.pairs[p];
    total += pairWorth(pair) + candidateMeetingBonus(instance, perCandidate[pair.candidate]++);
  }
  return total;
}
