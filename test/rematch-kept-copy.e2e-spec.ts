import { randomUUID } from 'node:crypto';
import { FeatureLoader, IncrementalMatcher, RematchService } from '@werkbrug/matching';
import { RegionStatesService } from '@werkbrug/matching/region-states.service';
import { dropTestDatabase } from '@werkbrug/testing';
import { DataSource } from 'typeorm';
import { regionListDigest, seedBulkRegion } from './support/bulk-region';
import { createMigratedTestDatabase } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A worker that keeps a region for incremental updates scores a full rematch from that copy instead of reading the
 * region again. The copy is checked member by member first, so changes its watermark cannot see (a row changed
 * without a new `updated_at`, someone moved to another region) still count, and the lists are exactly those of a
 * rematch that read everything from the database.
 */
const REGION = 'AM26';
const OTHER_REGION = 'AM25';

describe('a full rematch from the kept copy of a region', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let db: DataSource;
  let rematch: RematchService;
  let states: RegionStatesService;

  beforeAll(async () => {
    database = await createMigratedTestDatabase('keptcopy');
    t = await createTestApp({
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-kept-${randomUUID().slice(0, 8)}`,
      REMATCH_CHUNK_CANDIDATES: '40',
    });
    db = t.app.get(DataSource);
    rematch = t.app.get(RematchService);
    states = t.app.get(RegionStatesService, { strict: false });
    await seedBulkRegion(db, { region: REGION, candidates: 300, vacancies: 120 });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  /** One run, its chunks and its finish, called in this process (no worker): the copy used is this process's. */
  async function runRematch(reason: string): Promise<void> {
    const run = await rematch.request(REGION, reason, null);
    const { chunks } = await rematch.plan({
      regionCode: REGION,
      reason,
      requestedByUserId: null,
      runId: run.id,
    });
    for (let chunkNo = 0; chunkNo < chunks; chunkNo++) await rematch.scoreChunk(run.id, chunkNo);
    await rematch.finish(run.id);
    const [{ status }] = await db.query(`SELECT status FROM rematch_run WHERE id = $1`, [run.id]);
    expect(status).toBe('COMPLETED');
  }

  const lists = () => regionListDigest(db, REGION);
  const listed = async (candidateId: string) =>
    Number(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM match_list
           WHERE region_code = $1 AND (owner_id = $2 OR $2 = ANY (other_ids))`,
          [REGION, candidateId],
        )
      )[0].n,
    );
  const runCounts = async () =>
    (
      await db.query(
        `SELECT candidates, incomplete_candidates, vacancies, incomplete_vacancies
         FROM rematch_run WHERE region_code = $1 AND status = 'COMPLETED' ORDER BY finished_at DESC LIMIT 1`,
        [REGION],
      )
    )[0] as Record<string, number>;

  it('scores from the copy, sees changes that left no new updated_at, and ends in the lists of a cold rematch', async () => {
    await runRematch('first');
    await t.app.get(IncrementalMatcher).warm(REGION);

    // Changes the copy's watermark cannot see: the rows keep their updated_at.
    const [moved, paused, emptied] = (
      await db.query(`SELECT id FROM candidate_profile WHERE region_code = $1 ORDER BY id LIMIT 3`, [REGION])
    ).map((r: { id: string }) => r.id);
    await db.query(`UPDATE candidate_profile SET region_code = $2, updated_at = updated_at WHERE id = $1`, [
      moved,
      OTHER_REGION,
    ]);
    await db.query(`UPDATE candidate_profile SET status = 'PAUSED', updated_at = updated_at WHERE id = $1`, [
      paused,
    ]);
    // And one the copy reads again: incomplete (no skills left), counted but not scored.
    await db.query(`DELETE FROM candidate_strength WHERE candidate_id = $1`, [emptied]);
    await db.query(`UPDATE candidate_profile SET updated_at = now() WHERE id = $1`, [emptied]);

    const loader = t.app.get(FeatureLoader);
    const readInRange = jest.spyOn(loader, 'candidatesInRange');
    const readWhole = jest.spyOn(loader, 'regionPages');
    await runRematch('from the kept copy');
    // Scored from the copy: no chunk read its candidates, and nobody read the region page by page.
    expect(readInRange).not.toHaveBeenCalled();
    expect(readWhole).not.toHaveBeenCalled();
    const fromCopy = await lists();
    const countsFromCopy = await runCounts();
    for (const id of [moved, paused, emptied]) expect(await listed(id)).toBe(0);
    expect(countsFromCopy.incomplete_candidates).toBe(1);

    // The same rematch with no copy in this process reads everything from the database.
    states.forget(REGION);
    await runRematch('cold');
    expect(readInRange).toHaveBeenCalled();
    expect(await lists()).toEqual(fromCopy);
    expect(await runCounts()).toEqual(countsFromCopy);
  }, 180_000);
});
