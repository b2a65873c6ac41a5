import { Board } from './board';
import { improve, type ImproveRules } from './improve';
import { insertWithRepair } from './insertion';
import {
  assertValidInstance,
  pairIndex,
  pairKey,
  type FixedMeeting,
  type Meeting,
  type ScheduleInstance,
} from './instance';
import { assignSeats, type PreviousSeats } from './seating';
import { selectPairs } from './selection';
import { FLOOR_BONUS, pairWorth, scheduleObjective } from './value';

export interface SchedulePlan {
  readonly meetings: Meeting[];
  readonly objective: number;
  /** No plan scores higher (the slot-free relaxation), so objective / upperBound is a proven quality floor. */
  readonly upperBound: number;
  /** Fixed (locked or published) meetings that can no longer take place, e.g. because someone cancelled. */
  readonly dropped: FixedMeeting[];
}

export interface PlanOptions {
  /** Meetings the coordinator locked: kept in their slot whatever else changes. */
  readonly locked?: readonly FixedMeeting[];
  /** Rounds of local search after the first plan. */
  readonly improvementPasses?: number;
}

const DEFAULT_IMPROVEMENT_PASSES = 4;

/**
 * Plans a session from scratch: choose the pairs with an exact flow (ignoring slots), give them slots with
 * must-meets and the hardest-to-place first, then improve by local search and seat everyone.
 */
export function planSchedule(instance: ScheduleInstance, options: PlanOptions = {}): SchedulePlan {
  assertValidInstance(instance);
  const board = new Board(instance);
  const dropped = placeFixed(board, options.locked ?? []);
  const upperBound = planAround(board, { mayMove: () => true, dropPenalty: () => 0 }, options);
  return finish(board, upperBound, dropped);
}

/**
 * Adds to what is already on the board: the pairs an exact flow chooses (ignoring slots) go in first, must-meets
 * and the hardest to place first; local search follows unless the flow's bound shows the plan is optimal.
 * Returns that bound.
 */
function planAround(board: Board, rules: ImproveRules, options: PlanOptions, alwaysImprove = false): number {
  const { instance } = board;
  const selection = selectPairs(board);
  const upperBound = scheduleObjective(instance, board.placedPairs()) + selection.gain;
  const ease = selection.pairs.map((p) => board.commonSlots(p).length);
  const order = selection.pairs
    .map((p, i) => ({
      p,
      ease: ease[i],
      must: instance.pairs[p].mustMeet ? 1 : 0,
      worth: pairWorth(instance.pairs[p]),
    }))
    .sort((a, b) => b.must - a.must || a.ease - b.ease || b.worth - a.worth || a.p - b.p);
  for (const { p } of order) if (board.hasRoom(p)) insertWithRepair(board, p, rules.mayMove);
  if (alwaysImprove || scheduleObjective(instance, board.placedPairs()) < upperBound)
    improve(board, rules, options.improvementPasses ?? DEFAULT_IMPROVEMENT_PASSES);
  return upperBound;
}

/** A published meeting with its seat, as the re-planner receives it. */
export interface PublishedMeeting extends Meeting {
  readonly locked: boolean;
}

/**
 * Cost of changing a published agenda: above what any better-valued meeting gains, below the fairness floor
 * and must-meets. So a re-plan only drops a published meeting to give someone their floor or a must-meet.
 */
export const CHANGE_PENALTY = FLOOR_BONUS / 2;

export interface ReplanResult extends SchedulePlan {
  /** Published meetings kept in the same slot and seat. */
  readonly kept: number;
  /** Published meetings that changed slot or seat, or were dropped. */
  readonly changed: number;
  /** Meetings new to the plan. */
  readonly added: number;
}

/**
 * Re-plans after a change (a cancellation, a no-show, a late registration, new blocked slots) with the fewest
 * changes to published agendas: published meetings that can still take place stay where they are; freed
 * capacity is filled; a published meeting is only given up for a must-meet or someone's fairness floor.
 */
export function replanSchedule(
  instance: ScheduleInstance,
  published: readonly PublishedMeeting[],
  options: Pick<PlanOptions, 'improvementPasses'> = {},
): ReplanResult {
  assertValidInstance(instance);
  const board = new Board(instance);
  const index = pairIndex(instance);
  const wasPublished = new Uint8Array(instance.pairs.length);
  const dropped = placeFixed(
    board,
    published.filter((m) => m.locked),
  );
  for (const meeting of published) {
    if (meeting.locked) continue;
    const p = index.get(pairKey(instance, meeting.candidate, meeting.employer));
    if (p === undefined || board.isPlaced(p) || !board.hasRoom(p) || !board.fits(p, meeting.slot)) {
      dropped.push(meeting);
      continue;
    }
    board.place(p, meeting.slot);
    wasPublished[p] = 1;
  }
  for (const meeting of published) {
    const p = index.get(pairKey(instance, meeting.candidate, meeting.employer));
    if (meeting.locked && p !== undefined && board.isPlaced(p)) wasPublished[p] = 1;
  }
  const upperBound = planAround(
    board,
    { mayMove: (q) => !wasPublished[q], dropPenalty: (q) => (wasPublished[q] ? CHANGE_PENALTY : 0) },
    options,
    // The bound assumes published meetings stay; giving one up for a floor or a must-meet can beat it.
    true,
  );
  const previous: PreviousSeats = new Map(
    published.map((m) => [
      pairKey(instance, m.candidate, m.employer),
      { representative: m.representative, table: m.table },
    ]),
  );
  const plan = finish(board, upperBound, dropped, previous);
  const before = new Map(published.map((m) => [pairKey(instance, m.candidate, m.employer), m]));
  let kept = 0;
  let added = 0;
  for (const m of plan.meetings) {
    const old = before.get(pairKey(instance, m.candidate, m.employer));
    if (!old) added++;
    else if (old.slot === m.slot && old.table === m.table && old.representative === m.representative) kept++;
  }
  return { ...plan, kept, changed: published.length - kept, added };
}

/** Places and locks fixed meetings that can still take place; returns the others. */
function placeFixed(board: Board, fixed: readonly FixedMeeting[]): FixedMeeting[] {
  const index = pairIndex(board.instance);
  const dropped: FixedMeeting[] = [];
  for (const meeting of fixed) {
    const p = index.get(pairKey(board.instance, meeting.candidate, meeting.employer));
    const ok =
      p !== undefined &&
      meeting.slot >= 0 &&
      meeting.slot < board.S &&
      !board.isPlaced(p) &&
      board.hasRoom(p) &&
      board.fits(p, meeting.slot);
    if (!ok) {
      dropped.push(meeting);
      continue;
    }
    board.place(p, meeting.slot);
    board.locked[p] = 1;
  }
  return dropped;
}

function finish(
  board: Board,
  upperBound: number,
  dropped: FixedMeeting[],
  previous?: PreviousSeats,
): SchedulePlan {
  const placed = board.placedPairs();
  const meetings = assignSeats(
    board.instance,
    placed.map((pair) => ({ pair, slot: board.slotOf[pair] })),
    previous,
  );
  const objective = scheduleObjective(board.instance, placed);
  return { meetings, objective, upperBound: Math.max(upperBound, objective), dropped };
}
