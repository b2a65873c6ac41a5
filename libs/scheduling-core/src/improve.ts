import type { Board } from './board';
import { insertWithRepair } from './insertion';
import { candidateMeetingBonus, pairWorth } from './value';

/**
 * How many unplaced pairs, best first, each pass tries to add by moving others or by a swap. The flow has
 * already chosen nearly every meeting; the search only mends around the few it could not slot, and trying
 * every one of 100,000 pairs at 1,000 × 200 would take minutes for nothing.
 */
export const SEARCH_BREADTH = 2_000;

export interface ImproveRules {
  /** Whether a placed meeting may move to another slot. */
  readonly mayMove: (q: number) => boolean;
  /** Extra cost of dropping a placed meeting (re-planning charges for changing a published agenda). */
  readonly dropPenalty: (q: number) => number;
}

/** Adds unplaced pairs, best first, where they fit; the best `SEARCH_BREADTH` also by moving others. */
export function fill(board: Board, rules: ImproveRules): number {
  let added = 0;
  let repairs = 0;
  for (const p of unplacedByWorth(board)) {
    if (!board.hasRoom(p) || board.gainOfAdding(p) <= 0) continue;
    const slot = board.commonSlots(p).find((s) => board.fits(p, s));
    if (slot !== undefined) {
      board.place(p, slot);
      added++;
    } else if (repairs++ < SEARCH_BREADTH && insertWithRepair(board, p, rules.mayMove)) added++;
  }
  return added;
}

/**
 * Local search: an unplaced pair takes the place of one meeting that stands in its way (the candidate's or the
 * employer's meeting, or the cheapest meeting in a full slot) whenever that raises the objective. Repeated with
 * `fill` until nothing improves or the passes run out.
 */
export function improve(board: Board, rules: ImproveRules, maxPasses: number): void {
  fill(board, rules);
  for (let pass = 0; pass < maxPasses; pass++) {
    const swapped = swapPass(board, rules);
    const added = fill(board, rules);
    if (swapped + added === 0) break;
  }
}

function swapPass(board: Board, rules: ImproveRules): number {
  let swapped = 0;
  const cheapestLoss = Math.min(
    ...board
      .placedPairs()
      .map((q) => (board.locked[q] ? Infinity : board.lossOfRemoving(q) + rules.dropPenalty(q))),
  );
  for (const p of unplacedByWorth(board).slice(0, SEARCH_BREADTH)) {
    // Bonuses never grow, so p can gain at most its worth plus the bonus of its candidate's last meeting.
    const { candidate } = board.instance.pairs[p];
    const mostGain =
      pairWorth(board.instance.pairs[p]) +
      candidateMeetingBonus(board.instance, Math.max(0, board.candidateCount[candidate] - 1));
    if (mostGain <= cheapestLoss || board.isPlaced(p)) continue;
    for (const q of blockers(board, p)) {
      if (board.locked[q] || !board.isPlaced(q)) continue;
      const loss = board.lossOfRemoving(q) + rules.dropPenalty(q);
      if (loss >= mostGain) break;
      const from = board.slotOf[q];
      board.remove(q);
      if (board.hasRoom(p) && board.gainOfAdding(p) > loss && insertWithRepair(board, p, rules.mayMove)) {
        swapped++;
        break;
      }
      board.place(q, from);
    }
  }
  return swapped;
}

/** Placed meetings whose removal could make room for p, cheapest first. */
function blockers(board: Board, p: number): number[] {
  const { pairs } = board.instance;
  const { candidate, employer } = pairs[p];
  const found = new Set<number>();
  if (board.candidateCount[candidate] >= board.candidateLimit[candidate]) {
    for (let s = 0; s < board.S; s++) {
      const own = board.candidateMeetingAt(candidate, s);
      if (own >= 0) found.add(own);
    }
  } else if (board.employerCount[employer] >= board.employerLimit[employer]) {
    for (const q of board.ofEmployer[employer]) found.add(q);
  } else {
    for (const s of board.commonSlots(p)) {
      const own = board.candidateMeetingAt(candidate, s);
      if (own >= 0) {
        found.add(own);
        continue;
      }
      const among = board.employerFull(employer, s) ? board.ofEmployer[employer] : board.atSlot[s];
      let cheapest = -1;
      for (const q of among)
        if (
          board.slotOf[q] === s &&
          (cheapest < 0 || board.lossOfRemoving(q) < board.lossOfRemoving(cheapest))
        )
          cheapest = q;
      if (cheapest >= 0) found.add(cheapest);
    }
  }
  return [...found].sort((a, b) => board.lossOfRemoving(a) - board.lossOfRemoving(b));
}

function unplacedByWorth(board: Board): number[] {
  const order: number[] = [];
  for (let p = 0; p < board.instance.pairs.length; p++)
    if (!board.isPlaced(p) && board.commonSlots(p).length > 0) order.push(p);
  const gain = order.map((p) => board.gainOfAdding(p));
  const rank = new Map(order.map((p, i) => [p, gain[i]]));
  return order.sort((a, b) => rank.get(b)! - rank.get(a)! || a - b);
}
