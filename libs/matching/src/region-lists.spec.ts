import { RegionLists } from './region-lists';

const list = (side: 'CANDIDATE' | 'VACANCY', ownerId: string, otherIds: string[], listVersion: number) => ({
  side,
  ownerId,
  otherIds,
  scores: otherIds.map((_, i) => 90 - i * 10),
  listVersion,
});

describe('RegionLists', () => {
  it('finds the lists holding an id and the lists a score would enter', () => {
    const lists = new RegionLists('AM01');
    const highest = lists.apply([
      list('CANDIDATE', 'c1', ['v1', 'v2'], 3),
      list('CANDIDATE', 'c2', ['v2'], 4),
      list('VACANCY', 'v1', ['c1'], 4),
    ]);
    expect(highest).toBe(4);
    // Pages do not move the version on; only the end of a catch-up does.
    expect(lists.version).toBe(0);
    lists.caughtUp(highest);
    expect(lists.version).toBe(4);
    expect(lists.containing('CANDIDATE', 'v2').map((l) => l.ownerId)).toEqual(['c1', 'c2']);
    expect(lists.containing('CANDIDATE', 'v9')).toEqual([]);
    // k = 2: c1's list is full (floor 80), c2's has room.
    const enterable = lists.enterable(
      'CANDIDATE',
      new Map([
        ['c1', 79],
        ['c2', 1],
        ['c3', 99],
      ]),
      2,
    );
    expect(enterable.map((l) => l.ownerId)).toEqual(['c2']);
  });

  it('keeps the newest version of a list and moves its version on only from where a write started', () => {
    const lists = new RegionLists('AM01');
    lists.caughtUp(lists.apply([list('CANDIDATE', 'c1', ['v1'], 5)]));
    lists.committed([list('CANDIDATE', 'c1', ['v2'], 0)], 5, 7);
    expect(lists.version).toBe(7);
    expect(lists.get('CANDIDATE', 'c1')?.otherIds).toEqual(['v2']);
    // An older write arriving late changes nothing, and does not move the version back.
    lists.committed([list('CANDIDATE', 'c1', ['v3'], 0)], 5, 6);
    expect(lists.version).toBe(7);
    expect(lists.get('CANDIDATE', 'c1')?.otherIds).toEqual(['v2']);
  });

  it('keeps removed (empty) lists, which nothing is found in', () => {
    const lists = new RegionLists('AM01');
    lists.apply([list('VACANCY', 'v1', ['c1'], 1), list('VACANCY', 'v1', [], 2)]);
    expect(lists.get('VACANCY', 'v1')?.otherIds).toEqual([]);
    expect(lists.containing('VACANCY', 'c1')).toEqual([]);
    expect(lists.size).toBe(1);
  });
});
