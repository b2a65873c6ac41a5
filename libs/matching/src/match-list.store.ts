import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MatchList, MatchSide } from './match-list';

interface ListRow {
  side: MatchSide;
  owner_id: string;
  other_ids: string[];
  scores: number[];
}

export interface ListStamp {
  readonly modelVersion: string;
  readonly scoredOn: string;
  readonly k: number;
}

const toList = (row: ListRow): MatchList => ({
  side: row.side,
  ownerId: row.owner_id,
  otherIds: row.other_ids,
  scores: row.scores.map(Number),
});

/** Array literals; uuids and numbers need no quoting. */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
const realArray = (scores: readonly number[]) => `{${scores.join(',')}}`;

/**
 * The match_list table. Every write runs in the caller's transaction after `lockRegion`, so the lists of a
 * region change one update at a time and both sides of a change commit together.
 */
@Injectable()
export class MatchListStore {
  async lockRegion(tx: EntityManager, regionCode: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('match-lists:' || $1, 0))`, [regionCode]);
  }

  async read(tx: EntityManager, side: MatchSide, ownerIds: readonly string[]): Promise<MatchList[]> {
    if (ownerIds.length === 0) return [];
    const rows: ListRow[] = await tx.query(
      `SELECT side, owner_id, other_ids::text[] AS other_ids, scores FROM match_list
       WHERE side = $1 AND owner_id = ANY($2::uuid[])`,
      [side, ownerIds],
    );
    return rows.map(toList);
  }

  /** Lists of `side` that hold `otherId`. */
  async containing(tx: EntityManager, side: MatchSide, otherId: string): Promise<MatchList[]> {
    const rows: ListRow[] = await tx.query(
      `SELECT side, owner_id, other_ids::text[] AS other_ids, scores FROM match_list
       WHERE other_ids @> ARRAY[$2::uuid] AND side = $1`,
      [side, otherId],
    );
    return rows.map(toList);
  }

  /** Of the given owners, the lists a pair with the given score would enter (room left, or above the floor). */
  async enterable(
    tx: EntityManager,
    side: MatchSide,
    ownerIds: readonly string[],
    scores: readonly number[],
  ): Promise<MatchList[]> {
    if (ownerIds.length === 0) return [];
    const rows: ListRow[] = await tx.query(
      `SELECT m.side, m.owner_id, m.other_ids::text[] AS other_ids, m.scores
       FROM unnest($2::uuid[], $3::real[]) AS n(owner_id, score)
       JOIN match_list m ON m.side = $1 AND m.owner_id = n.owner_id
       WHERE n.score >= m.floor_score`,
      [side, ownerIds, scores],
    );
    return rows.map(toList);
  }

  /** The stored score of a pair on either side's list, or null when it is on neither. */
  async pairScore(tx: EntityManager, candidateId: string, vacancyId: string): Promise<number | null> {
    const rows: { score: number }[] = await tx.query(
      `SELECT u.score FROM match_list m, unnest(m.other_ids, m.scores) AS u(other, score)
       WHERE (m.side = 'CANDIDATE' AND m.owner_id = $1 AND u.other = $2)
          OR (m.side = 'VACANCY' AND m.owner_id = $2 AND u.other = $1)
       LIMIT 1`,
      [candidateId, vacancyId],
    );
    return rows.length ? Number(rows[0].score) : null;
  }

  async upsert(
    tx: EntityManager,
    regionCode: string,
    lists: readonly MatchList[],
    stamp: ListStamp,
  ): Promise<void> {
    for (let from = 0; from < lists.length; from += 5000) {
      const batch = lists.slice(from, from + 5000);
      await tx.query(
        `INSERT INTO match_list (side, owner_id, region_code, other_ids, scores, floor_score, model_version, scored_on)
         SELECT x.side, x.owner_id, $1, x.other_ids::uuid[], x.scores::real[], x.floor_score, $2, $3
         FROM unnest($4::text[], $5::uuid[], $6::text[], $7::text[], $8::real[])
           AS x(side, owner_id, other_ids, scores, floor_score)
         ON CONFLICT (side, owner_id) DO UPDATE SET
           region_code = EXCLUDED.region_code, other_ids = EXCLUDED.other_ids, scores = EXCLUDED.scores,
           floor_score = EXCLUDED.floor_score, model_version = EXCLUDED.model_version,
           scored_on = EXCLUDED.scored_on, updated_at = now()`,
        [
          regionCode,
          stamp.modelVersion,
          stamp.scoredOn,
          batch.map((l) => l.side),
          batch.map((l) => l.ownerId),
          batch.map((l) => uuidArray(l.otherIds)),
          batch.map((l) => realArray(l.scores)),
          batch.map((l) => (l.scores.length >= stamp.k ? l.scores[stamp.k - 1] : -1)),
        ],
      );
    }
  }

  async remove(tx: EntityManager, side: MatchSide, ownerIds: readonly string[]): Promise<void> {
    if (ownerIds.length === 0) return;
    await tx.query(`DELETE FROM match_list WHERE side = $1 AND owner_id = ANY($2::uuid[])`, [side, ownerIds]);
  }

  /** A full rematch's result replaces the region's lists in one go: stale lists disappear with it. */
  async replaceRegion(
    tx: EntityManager,
    regionCode: string,
    lists: readonly MatchList[],
    stamp: ListStamp,
  ): Promise<void> {
    await tx.query(`DELETE FROM match_list WHERE region_code = $1`, [regionCode]);
    await this.upsert(tx, regionCode, lists, stamp);
  }
}
