import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { affectedRows, type SystemScope } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { binaryCopyRows, readArrayField } from './binary-copy-reader';
import { LIST_COPY_COLUMNS } from './list-copy';
import { floorScore, type MatchList, type MatchSide } from './match-list';
import type { VersionedList } from './region-lists';
import { requireSystemScope } from './system-scope';

export interface ListStamp {
  readonly modelVersion: string;
  readonly scoredOn: string;
  readonly k: number;
  /** From `nextVersion`: every write of a region's lists stamps its rows with a higher one. */
  readonly listVersion: number;
}

const CHANGED_PAGE = 5000;

/** Array literals; uuids and numbers need no quoting. */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
const realArray = (scores: readonly number[]) => `{${scores.join(',')}}`;

/**
 * The match_list table. Every write runs in the caller's transaction after `lockRegion`, so the lists of a
 * region change one update at a time and both sides of a change commit together.
 *
 * Each write takes a new list version (a sequence) and stamps the rows it writes with it. A removed list stays as
 * an empty row with its version rather than disappearing, so "what changed since version v" is one indexed
 * query — a worker's in-memory copy of the region's lists catches up with it. Empty rows go with the region's
 * next full rematch.
 */
@Injectable()
export class MatchListStore {
  async lockRegion(tx: EntityManager, regionCode: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('match-lists:' || $1, 0))`, [regionCode]);
  }

  /** A version higher than any written so far; take it under the region's lock. */
  async nextVersion(tx: EntityManager): Promise<number> {
    const [{ version }]: { version: string }[] = await tx.query(
      `SELECT nextval('match_list_version_seq')::text AS version`,
    );
    return Number(version);
  }

  /** The highest version among the region's lists (0 when it has none). Read under the region's lock. */
  async regionVersion(tx: EntityManager, regionCode: string): Promise<number> {
    // The newest row by the (region_code, list_version) index, not max() over all: a read per request can ask.
    const rows: { version: string }[] = await tx.query(
      `SELECT list_version::text AS version FROM match_list WHERE region_code = $1
       ORDER BY list_version DESC LIMIT 1`,
      [regionCode],
    );
    return Number(rows[0]?.version ?? 0);
  }

  /**
   * How many lists the region holds (empty ones included) and their highest version: a copy held in memory that
   * has caught up with that version but holds more lists than this had some deleted (a full rematch replaced the
   * region), which only a full reload reflects.
   */
  async regionListCount(tx: EntityManager, regionCode: string): Promise<{ version: number; lists: number }> {
    const [row]: { version: string | null; lists: number }[] = await tx.query(
      `SELECT max(list_version)::text AS version, count(*)::int AS lists FROM match_list WHERE region_code = $1`,
      [regionCode],
    );
    return { version: Number(row.version ?? 0), lists: row.lists };
  }

  /**
   * The region's lists written after `version` (all of them for 0), removed ones as empty lists, in pages. Read
   * by binary COPY: uuids arrive as 16 bytes and `idOf` turns them into the caller's (interned) strings, so a
   * region of 70,000 lists never has three million uuids as text in memory. Consistent only under the region's
   * lock or in a REPEATABLE READ transaction; no other query may run on `tx` until the pages are consumed.
   */
  async *changedSince(
    tx: EntityManager,
    regionCode: string,
    version: number,
    idOf: (bytes: Buffer, offset: number) => string,
  ): AsyncGenerator<VersionedList[]> {
    // COPY takes no parameters: both values are checked before they go into the statement.
    if (!/^[A-Z0-9]{1,4}$/.test(regionCode) || !Number.isSafeInteger(version)) {
      throw new Error(`bad region ${regionCode} or version ${version}`);
    }
    const client = (await tx.queryRunner!.connect()) as PoolClient;
    const stream = client.query(
      copyTo(
        `COPY (SELECT side, owner_id, other_ids, scores, list_version FROM match_list
           WHERE region_code = '${regionCode}' AND list_version > ${version}) TO STDOUT (FORMAT binary)`,
      ),
    );
    let page: VersionedList[] = [];
    for await (const [side, owner, others, scores, listVersion] of binaryCopyRows(stream)) {
      page.push({
        side: side!.toString('latin1') as MatchSide,
        ownerId: idOf(owner!, 0),
        otherIds: readArrayField(others!, idOf),
        scores: readArrayField(scores!, (field, at) => Math.round(field.readFloatBE(at) * 10) / 10),
        listVersion: Number(listVersion!.readBigInt64BE(0)),
      });
      if (page.length === CHANGED_PAGE) {
        yield page;
        page = [];
      }
    }
    if (page.length > 0) yield page;
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
        `INSERT INTO match_list (side, owner_id, region_code, other_ids, scores, floor_score, model_version, scored_on,
           list_version)
         SELECT x.side, x.owner_id, $1, x.other_ids::uuid[], x.scores::real[], x.floor_score, $2, $3, $9
         FROM unnest($4::text[], $5::uuid[], $6::text[], $7::text[], $8::real[])
           AS x(side, owner_id, other_ids, scores, floor_score)
         ON CONFLICT (side, owner_id) DO UPDATE SET
           region_code = EXCLUDED.region_code, other_ids = EXCLUDED.other_ids, scores = EXCLUDED.scores,
           floor_score = EXCLUDED.floor_score, model_version = EXCLUDED.model_version,
           scored_on = EXCLUDED.scored_on, list_version = EXCLUDED.list_version, updated_at = now()`,
        [
          regionCode,
          stamp.modelVersion,
          stamp.scoredOn,
          batch.map((l) => l.side),
          batch.map((l) => l.ownerId),
          batch.map((l) => uuidArray(l.otherIds)),
          batch.map((l) => realArray(l.scores)),
          batch.map((l) => floorScore(l, stamp.k)),
          stamp.listVersion,
        ],
      );
    }
  }

  /**
   * A full rematch's result replaces the region's lists in one go: stale and emptied lists disappear with it.
   * `rows` is binary COPY data (ListCopyEncoder), streamed as it is produced.
   */
  async replaceRegion(
    tx: EntityManager,
    regionCode: string,
    rows: Iterable<Buffer> | AsyncIterable<Buffer>,
  ): Promise<void> {
    await tx.query(`DELETE FROM match_list WHERE region_code = $1`, [regionCode]);
    const client = (await tx.queryRunner!.connect()) as PoolClient;
    const copy = client.query(copyFrom(`COPY match_list ${LIST_COPY_COLUMNS} FROM STDIN (FORMAT binary)`));
    await pipeline(Readable.from(rows, { objectMode: false }), copy);
  }
}

/**
 * Erasure of a candidate from the lists: their entries in vacancies' lists (a new list version, so workers' copies
 * catch up) and their own list.
 */
export async function eraseFromLists(
  tx: EntityManager,
  scope: SystemScope,
  candidateId: string,
): Promise<{ matchListEntries: number; matchLists: number }> {
  requireSystemScope(scope);
  // Like every other write: under the lock of each region concerned (in one order), with a new version from the
  // sequence, so a copy of the lists held in memory (a worker's, the gateway's region pairs) catches up with it.
  // A version of only one more than the list's own could be below what a copy has already seen, and that copy
  // would keep the erased candidate on the list and could write them back with its next change. (The person is
  // paused before an erasure, so no list gains them between reading the regions and the update; if one did, it is
  // still erased from, which matters more than its lock.)
  const regions: { region_code: string }[] = await tx.query(
    `SELECT DISTINCT region_code FROM match_list
     WHERE (side = 'VACANCY' AND $1 = ANY(other_ids)) OR (side = 'CANDIDATE' AND owner_id = $1)
     ORDER BY region_code`,
    [candidateId],
  );
  const store = new MatchListStore();
  for (const { region_code } of regions) await store.lockRegion(tx, region_code);
  const version = regions.length > 0 ? await store.nextVersion(tx) : 0;
  return {
    matchListEntries: await affectedRows(
      tx,
      `UPDATE match_list l SET other_ids = kept.ids, scores = kept.scores, list_version = $2,
         updated_at = now()
       FROM (SELECT l2.side, l2.owner_id,
                    coalesce(array_agg(o.id ORDER BY o.n) FILTER (WHERE o.id <> $1), '{}') AS ids,
                    coalesce(array_agg(l2.scores[o.n] ORDER BY o.n) FILTER (WHERE o.id <> $1), '{}') AS scores
             FROM match_list l2, unnest(l2.other_ids) WITH ORDINALITY AS o(id, n)
             WHERE l2.side = 'VACANCY' AND $1 = ANY(l2.other_ids)
             GROUP BY l2.side, l2.owner_id) kept
       WHERE l.side = kept.side AND l.owner_id = kept.owner_id`,
      [candidateId, version],
    ),
    matchLists: await affectedRows(tx, `DELETE FROM match_list WHERE side = 'CANDIDATE' AND owner_id = $1`, [
      candidateId,
    ]),
  };
}
