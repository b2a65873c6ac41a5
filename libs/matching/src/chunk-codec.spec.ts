import { randomUUID } from 'node:crypto';
import { decodeLists, encodeLists } from './chunk-codec';
import type { MatchList } from './match-list';

describe('chunk codec', () => {
  it('round-trips lists of both sides, including empty ones', () => {
    const lists: MatchList[] = [
      {
        side: 'CANDIDATE',
        ownerId: randomUUID(),
        otherIds: [randomUUID(), randomUUID()],
        scores: [81.3, 64.9],
      },
      { side: 'VACANCY', ownerId: randomUUID(), otherIds: [], scores: [] },
      { side: 'VACANCY', ownerId: randomUUID(), otherIds: [randomUUID()], scores: [100] },
    ];
    expect(decodeLists(encodeLists(lists))).toEqual(lists);
  });

  it('encodes nothing as a four-byte header', () => {
    expect(decodeLists(encodeLists([]))).toEqual([]);
    expect(encodeLists([]).length).toBe(4);
  });
});
