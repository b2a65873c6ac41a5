import { createTopK, finish, offer, rowEntries } from './top-k';
import { seededRandom } from './testing-fixtures';

describe('top-K table', () => {
  it('keeps the K best per row, best first, ties by lower index, scores rounded', () => {
    const random = seededRandom(9);
    const rows = 5;
    const k = 4;
    const table = createTopK(rows, k);
    const all: { index: number; score: number }[][] = Array.from({ length: rows }, () => []);
    for (let index = 0; index < 200; index++) {
      for (let row = 0; row < rows; row++) {
        const score = Math.floor(random() * 40) + 0.04;
        all[row].push({ index, score });
        offer(table, row, index, score);
      }
    }
    finish(table);
    for (let row = 0; row < rows; row++) {
      const expected = all[row]
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, k)
        .map(({ index, score }) => ({ index, score: Math.round(score * 10) / 10 }));
      expect(rowEntries(table, row)).toEqual(expected);
    }
  });

  it('keeps fewer than K when fewer are offered, and tracks the floor once full', () => {
    const table = createTopK(2, 3);
    offer(table, 0, 7, 50);
    expect(table.floor[0]).toBe(-Infinity);
    offer(table, 0, 8, 40);
    offer(table, 0, 9, 60);
    expect(table.floor[0]).toBe(40);
    offer(table, 0, 10, 45);
    expect(table.floor[0]).toBe(45);
    finish(table);
    expect(rowEntries(table, 0).map((e) => e.index)).toEqual([9, 7, 10]);
    expect(rowEntries(table, 1)).toEqual([]);
  });
});
