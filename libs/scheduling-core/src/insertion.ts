import type { Board } from './board';

/**
 * Places pair p in some slot, if need be by moving up to two other meetings to other slots (the candidate's own
 * meeting in that slot, one of the employer's, or one table's). Meetings that may not move (locked or, when
 * re-planning, published) stay. Returns whether p was placed; on failure the board is as it was.
 */
export function insertWithRepair(board: Board, p: number, mayMove: (q: number) => boolean): boolean {
  const slots = board.commonSlots(p);
  for (const s of slots)
    if (board.fits(p, s)) {
      board.place(p, s);
      return true;
    }
  for (const s of slots) if (clearAndPlace(board, p, s, mayMove)) return true;
  return false;
}

function clearAndPlace(board: Board, p: number, s: number, mayMove: (q: number) => boolean): boolean {
  const { candidate, employer } = board.instance.pairs[p];
  const moved: Array<readonly [pair: number, from: number]> = [];
  const undo = (): false => {
    for (let i = moved.length - 1; i >= 0; i--) {
      const [q, from] = moved[i];
      board.remove(q);
      board.place(q, from);
    }
    return false;
  };
  const own = board.candidateMeetingAt(candidate, s);
  if (own >= 0 && !relocate(board, own, mayMove, moved)) return undo();
  if (board.employerFull(employer, s) && !relocateOne(board, s, mayMove, moved, board.ofEmployer[employer]))
    return undo();
  if (
    board.tablesFull(s) &&
    !(board.freeTableOutside(s) && relocateOne(board, s, mayMove, moved, board.atSlot[s]))
  )
    return undo();
  if (!board.fits(p, s)) return undo();
  board.place(p, s);
  return true;
}

function relocateOne(
  board: Board,
  s: number,
  mayMove: (q: number) => boolean,
  moved: Array<readonly [number, number]>,
  among: ReadonlySet<number>,
): boolean {
  for (const q of [...among]) if (board.slotOf[q] === s && relocate(board, q, mayMove, moved)) return true;
  return false;
}

/** Moves placed pair q to another slot where it fits without further moves. */
function relocate(
  board: Board,
  q: number,
  mayMove: (q: number) => boolean,
  moved: Array<readonly [number, number]>,
): boolean {
  if (board.locked[q] || !mayMove(q)) return false;
  const from = board.slotOf[q];
  board.remove(q);
  for (let s = 0; s < board.S; s++) {
    if (s !== from && board.fits(q, s)) {
      board.place(q, s);
      moved.push([q, from]);
      return true;
    }
  }
  board.place(q, from);
  return false;
}
