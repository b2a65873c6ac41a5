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
 * after primary suppression, `total` the column total after primary suppression; both are returned changed. With
 * the total shown, hidden cells must be at least two and describe at least `k` people together (two cells of one
 * person each would otherwise give "two people" away); cells are added smallest first, else the total goes.
 */
export function secondary(
  cells: Cell[],
  original: number[],
  total: Cell,
  k: number,
): { cells: Cell[]; total: Cell } {
  const out = [...cells];
  if (total === HIDDEN) return { cells: out, total };
  // The reader knows the hidden cells only by their sum (total minus the shown cells): it must not single out one
  // cell, and must describe nobody or at least k people. A hidden zero is unknown to the reader too.
  const hiddenSum = () => out.reduce<number>((sum, c, i) => (c === HIDDEN ? sum + original[i] : sum), 0);
  const hiddenCount = () => out.filter((c) => c === HIDDEN).length;
  while (hiddenSum() > 0 && (hiddenCount() === 1 || hiddenSum() < k)) {
    let partner = -1;
    out.forEach((cell, i) => {
      if (cell !== HIDDEN && original[i] > 0 && (partner < 0 || original[i] < original[partner])) partner = i;
    });
    if (partner < 0) return { cells: out, total: HIDDEN };
    out[partner] = HIDDEN;
  }
  return { cells: out, total };
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
    k,
  );
}

/** A rate's cells are shown only when its numerator, denominator and their difference all are. */
export function rateShown(numerator: Cell, denominator: Cell, k: number): boolean {
  if (numerator === HIDDEN || denominator === HIDDEN || denominator === 0) return false;
  return primary(denominator - numerator, k) !== HIDDEN;
}

/**
 * A whole breakdown: every column suppressed across the rows and the total, and within each row the cells of a
 * linked group (a rate's numerator, denominator and remainder) hidden together, repeated until nothing changes —
 * hiding a rate can leave a column with a single hidden cell again.
 */
export function suppressTable<C extends string>(
  total: Readonly<Record<C, number>>,
  rows: readonly Readonly<Record<C, number>>[],
  columns: readonly C[],
  linked: readonly (readonly C[])[],
  k: number,
): { total: Record<C, Cell>; rows: Record<C, Cell>[] } {
  const all = [total, ...rows];
  const shown = all.map(
    (row) => Object.fromEntries(columns.map((c) => [c, primary(row[c], k)])) as Record<C, Cell>,
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const row of shown)
      for (const group of linked)
        if (group.some((c) => row[c] === HIDDEN))
          for (const c of group)
            if (row[c] !== HIDDEN) {
              row[c] = HIDDEN;
              changed = true;
            }
    if (rows.length === 0) continue;
    for (const c of columns) {
      const result = secondary(
        shown.slice(1).map((row) => row[c]),
        rows.map((row) => row[c]),
        shown[0][c],
        k,
      );
      result.cells.forEach((cell, i) => {
        if (cell !== shown[i + 1][c]) {
          shown[i + 1][c] = cell;
          changed = true;
        }
      });
      if (result.total !== shown[0][c]) {
        shown[0][c] = result.total;
        changed = true;
      }
    }
  }
  return { total: shown[0], rows: shown.slice(1) };
}
