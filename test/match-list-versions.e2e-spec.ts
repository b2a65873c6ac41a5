import { randomUUID } from 'node:crypto';
import { dropTestDatabase } from '@werkbrug/testing';
import { erasePersonFromMatching } from '@werkbrug/matching/matching-erasure';
import type { MatchList } from '@werkbrug/matching/match-list';
import { MatchListStore } from '@werkbrug/matching/match-list.store';
import { RegionLists } from '@werkbrug/matching/region-lists';
import { DataSource } from 'typeorm';
import { createMigratedTestDatabase } from './support/helpers-infra';

/**
 * Copies of a region's lists held in memory (each worker's, the gateway's region pairs) catch up with every write
 * by its list version. A write that stamps its rows with a version such a copy has already passed is never seen
 * by it: the copy keeps the old list and a worker would write it back with its next change.
 */
const REGION = 'AM05';

describe('match list versions', () => {
  let database: { name: string; url: string };
  let db: DataSource;
  const store = new MatchListStore();

  beforeAll(async () => {
    database = await createMigratedTestDatabase('list-versions');
    db = new DataSource({ type: 'postgres', url: database.url });
    await db.initialize();
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    if (database) await dropTestDatabase(database.name);
  });

  const write = (lists: MatchList[]) =>
    db.transaction(async (tx) => {
      await store.lockRegion(tx, REGION);
      const listVersion = await store.nextVersion(tx);
      await store.upsert(tx, REGION, lists, {
        modelVersion: 'test',
        scoredOn: '2026-12-01',
        k: 10,
        listVersion,
      });
    });

  const catchUp = (lists: RegionLists) =>
    db.transaction('REPEATABLE READ', async (tx) => {
      let highest = lists.version;
      for await (const page of store.changedSince(tx, REGION, lists.version, lists.idOf)) {
        highest = Math.max(highest, lists.apply(page));
      }
      lists.caughtUp(highest);
    });

  it('an erasure takes a new version, so a copy that has seen later writes still sees the person leave', async () => {
    const erased = randomUUID();
    const kept = randomUUID();
    const [early, later] = [randomUUID(), randomUUID()];
    await write([{ side: 'VACANCY', ownerId: early, otherIds: [erased, kept], scores: [80, 70] }]);
    // Other lists of the region change afterwards, several times: the region's version moves well past the list's.
    for (const score of [60, 61, 62]) {
      await write([{ side: 'VACANCY', ownerId: later, otherIds: [kept], scores: [score] }]);
    }
    const copy = new RegionLists(REGION);
    await catchUp(copy);
    expect(copy.get('VACANCY', early)?.otherIds).toEqual([erased, kept]);

    await db.transaction((tx) => erasePersonFromMatching(tx, erased));
    await catchUp(copy);

    expect(copy.get('VACANCY', early)).toMatchObject({ otherIds: [kept], scores: [70] });
    const stored: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM match_list WHERE $1 = ANY(other_ids) OR owner_id = $1`,
      [erased],
    );
    expect(stored[0].n).toBe(0);
  });
});
