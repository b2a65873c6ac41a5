/**
 * Small-number suppression for the outcome figures: no shown figure may describe fewer than `k` people, directly
 * or by difference. Primary: a count of 1 to k−1 is hidden (zero describes nobody and stays). Within a row, a
 * rate is hidden when its numerator, its denominator or their difference is hidden. Across the rows of a
 * breakdown, a column whose total is shown may not have exactly one hidden cell — it would follow from the total
 * minus the rest — so a second cell (the smallest other non-zero one) is hidden too, or, when there is none, the
 * total.
 */

export const HIDDEN = null;
export type Cell = number | null;

export function primary(count: number, k: number): Cell {
  return count > 0 && count < k ? HIDDEN : count;
}

/**
 * Hides cells of one column so that no hidden cell can be recovered from the total. `cells` are the rows' values
 * after primary suppression, `total` the column total after primary suppression; both are returned changed.
 */
export function secondary(cells: Cell[], original: number[], total: Cell): { cells: Cell[]; total: Cell } {
  const out = [...cells];
  if (total === HIDDEN) return { cells: out, total };
  const hidden = out.filter((c) => c === HIDDEN).length;
  if (hidden !== 1) return { cells: out, total };
  let partner = -1;
  out.forEach((cell, i) => {
    if (cell !== HIDDEN && original[i] > 0 && (partner < 0 || original[i] < original[partner])) partner = i;
  });
  if (partner >= 0) {
    out[partner] = HIDDEN;
    return { cells: out, total };
  }
  return { cells: out, total: HIDDEN };
}

/** A column of a breakdown with its total, suppressed both ways. */
export function suppressColumn(
  values: number[],
  totalValue: number,
  k: number,
): { cells: Cell[]; total: Cell } {
  return secondary(
    values.map((v) => primary(v, k)),
    values,
    primary(totalValue, k),
  );
}

/** A rate's cells are shown only when its numerator, denominator and their difference all are. */
export function rateShown(numerator: Cell, denominator: Cell, k: number): boolean {
  if (numerator === HIDDEN || denominator === HIDDEN || denominator === 0) return false;
  return primary(denominator - numerator, k) !== HIDDEN;
}
