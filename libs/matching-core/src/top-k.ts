import { roundScore } from './components';

/**
 * The best K entries per row in flat typed arrays (row r occupies [r·k, r·k + count[r])), so ten thousand rows of
 * fifty cost three allocations. While filling, each row is a min-heap with the weakest entry on top; finish()
 * turns it into a list sorted best first with scores rounded for display.
 */
export interface TopKTable {
  readonly k: number;
  readonly rows: number;
  readonly count: Int32Array;
  /** Index into the other side's input array. */
  readonly index: Int32Array;
  readonly score: Float64Array;
  /**
   * The weakest kept score once a row is full, else -Infinity. A compact array the caller can test before
   * offering: most offers fail, and this avoids touching the row's heap (a likely cache miss) for them.
   */
  readonly floor: Float64Array;
}

export interface TopKEntry {
  readonly index: number;
  readonly score: number;
}

export function createTopK(rows: number, k: number): TopKTable {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  return {
    k,
    rows,
    count: new Int32Array(rows),
    index: new Int32Array(rows * k),
    score: new Float64Array(rows * k),
    floor: new Float64Array(rows).fill(-Infinity),
  };
}

/** Higher score wins; on equal scores the lower index, so results never depend on iteration order. */
const better = (scoreA: number, indexA: number, scoreB: number, indexB: number): boolean =>
  scoreA > scoreB || (scoreA === scoreB && indexA < indexB);

export function offer(t: TopKTable, row: number, index: number, score: number): void {
  const base = row * t.k;
  const n = t.count[row];
  if (n < t.k) {
    let i = n;
    t.count[row] = n + 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(t.score[base + parent], t.index[base + parent], score, index)) break;
      t.score[base + i] = t.score[base + parent];
      t.index[base + i] = t.index[base + parent];
      i = parent;
    }
    t.score[base + i] = score;
    t.index[base + i] = index;
    if (n + 1 === t.k) t.floor[row] = t.score[base];
    return;
  }
  if (!better(score, index, t.score[base], t.index[base])) return;
  siftDown(t, base, n, 0, score, index);
  t.floor[row] = t.score[base];
}

function siftDown(t: TopKTable, base: number, n: number, from: number, score: number, index: number): void {
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    let child = left;
    const right = left + 1;
    if (
      right < n &&
      better(t.score[base + left], t.index[base + left], t.score[base + right], t.index[base + right])
    ) {
      child = right;
    }
    if (!better(score, index, t.score[base + child], t.index[base + child])) break;
    t.score[base + i] = t.score[base + child];
    t.index[base + i] = t.index[base + child];
    i = child;
  }
  t.score[base + i] = score;
  t.index[base + i] = index;
}

/** Heap sort each row in place (weakest popped to the end), then round the scores. */
export function finish(t: TopKTable): TopKTable {
  for (let row = 0; row < t.rows; row++) {
    const base = row * t.k;
    for (let n = t.count[row]; n > 1; n--) {
      const weakestScore = t.score[base];
      const weakestIndex = t.index[base];
      siftDown(t, base, n - 1, 0, t.score[base + n - 1], t.index[base + n - 1]);
      t.score[base + n - 1] = weakestScore;
      t.index[base + n - 1] = weakestIndex;
    }
    for (let i = 0; i < t.count[row]; i++) t.score[base + i] = roundScore(t.score[base + i]);
  }
  return t;
}

export function rowEntries(t: TopKTable, row: number): TopKEntry[] {
  const base = row * t.k;
  return Array.from({ length: t.count[row] }, (_, i) => ({
    index: t.index[base + i],
    score: t.score[base + i],
  }));
}
