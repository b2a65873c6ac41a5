import fc from 'fast-check';
import { applyPairChange, floorScore, ranksBefore, type MatchList } from './match-list';

const list = (pairs: [string, number][]): MatchList => ({
  side: 'CANDIDATE',
  ownerId: 'owner',
  otherIds: pairs.map(([id]) => id),
  scores: pairs.map(([, score]) => score),
});

/** The exact top-k of a full score table, as the matrix would compute it. */
function topK(all: Map<string, number>, k: number): [string, number][] {
  return [...all]
    .sort(([idA, a], [idB, b]) => (ranksBefore(a, idA, b, idB) ? -1 : ranksBefore(b, idB, a, idA) ? 1 : 0))
    .slice(0, k);
}

describe('applyPairChange', () => {
  it('lets a better pair into a full list and drops the weakest', () => {
    const result = applyPairChange(
      list([
        ['a', 90],
        ['b', 80],
      ]),
      2,
      'c',
      85,
    );
    expect(result).toEqual({
      exact: true,
      list: list([
        ['a', 90],
        ['c', 85],
      ]),
    });
  });

  it('keeps a full list when the pair does not beat the weakest entry', () => {
    const before = list([
      ['a', 90],
      ['b', 80],
    ]);
    expect(applyPairChange(before, 2, 'c', 80)).toEqual({ exact: true, list: before });
  });

  it('breaks equal scores by the lower id', () => {
    expect(
      applyPairChange(
        list([
          ['a', 90],
          ['d', 80],
        ]),
        2,
        'c',
        80,
      ).list.otherIds,
    ).toEqual(['a', 'c']);
  });

  it('removes an ineligible pair from a list with room, exactly', () => {
    expect(
      applyPairChange(
        list([
          ['a', 90],
          ['b', 80],
        ]),
        5,
        'a',
        null,
      ),
    ).toEqual({
      exact: true,
      list: list([['b', 80]]),
    });
  });

  it('reports a full list that lost a pair as not exact', () => {
    const result = applyPairChange(
      list([
        ['a', 90],
        ['b', 80],
      ]),
      2,
      'a',
      null,
    );
    expect(result.exact).toBe(false);
    expect(result.list.otherIds).toEqual(['b']);
  });

  it('moves a pair whose score changed within the list', () => {
    expect(
      applyPairChange(
        list([
          ['a', 90],
          ['b', 80],
          ['c', 70],
        ]),
        3,
        'c',
        95,
      ),
    ).toEqual({
      exact: true,
      list: list([
        ['c', 95],
        ['a', 90],
        ['b', 80],
      ]),
    });
  });

  it('floorScore is the K-th score of a full list and -1 for a list with room', () => {
    expect(
      floorScore(
        list([
          ['a', 90],
          ['b', 80],
        ]),
        2,
      ),
    ).toBe(80);
    expect(floorScore(list([['a', 90]]), 2)).toBe(-1);
  });

  it('whenever it says exact, equals recomputing the top K from scratch', () => {
    const ids = 'abcdefghij'.split('');
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 0, max: 9 }),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        fc.integer({ min: 1, max: 6 }),
        (scores, changed, newScore, k) => {
          const before = new Map<string, number>();
          scores.forEach((s, i) => s !== null && before.set(ids[i], s));
          const after = new Map(before);
          if (newScore === null) after.delete(ids[changed]);
          else after.set(ids[changed], newScore);
          const result = applyPairChange(list(topK(before, k)), k, ids[changed], newScore);
          if (result.exact) expect(result.list).toEqual(list(topK(after, k)));
          else
            expect(topK(after, k).slice(0, result.list.otherIds.length)).toEqual(
              result.list.otherIds.map((id, i) => [id, result.list.scores[i]]),
            );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
