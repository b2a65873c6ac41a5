import { randomUUID } from 'node:crypto';
import { FeatureLoader, IncrementalMatcher, RematchService, SnapshotStore } from '@werkbrug/matching';
import { scoreMatrixTopK } from '@werkbrug/matching-core';
import type { RegionState } from '@werkbrug/matching/region-state';
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
    // A sector preference, so that an employer's sector counts in the scores.
    await db.query(`UPDATE candidate_profile SET sectors_open = '{CARE}' WHERE region_code = $1`, [REGION]);
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
    const [{ eligible }] = await db.query(
      `SELECT pairs_eligible::int AS eligible FROM rematch_run WHERE region_code = $1`,
      [REGION],
    );
    // Enough pairs in the lists for their scores to tell two rematches apart.
    expect(eligible).toBeGreaterThan(1000);
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
    // An employer's sector (one with matched vacancies) is read from the employer's row: its vacancies keep their
    // updated_at.
    await db.query(
      `UPDATE employer SET sector = CASE WHEN sector = 'CARE' THEN 'RETAIL' ELSE 'CARE' END
       WHERE id IN (SELECT v.employer_id FROM match_list m JOIN vacancy v ON v.id = m.owner_id
                    WHERE m.region_code = $1 AND m.side = 'VACANCY' AND cardinality(m.other_ids) > 0
                    ORDER BY v.id LIMIT 1)`,
      [REGION],
    );
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

    // After the rematch the kept copy is prepared again with the new snapshot, not read again, and scores exactly
    // as the region read afresh.
    readWhole.mockClear();
    await t.app.get(IncrementalMatcher).warm(REGION);
    expect(readWhole).not.toHaveBeenCalled();
    const snapshot = await t.app.get(SnapshotStore).get(REGION);
    if (!snapshot) throw new Error('no snapshot after the rematch');
    const kept = await states.current(REGION, snapshot);
    const fresh = await states.loadAsOf(REGION, snapshot, new Date());
    expect(scoresOf(kept)).toEqual(scoresOf(fresh));
    expect([kept.incompleteCandidates, kept.incompleteVacancies]).toEqual([1, 0]);

    // The same rematch with no copy in this process reads everything from the database.
    states.forget(REGION);
    await runRematch('cold');
    expect(readInRange).toHaveBeenCalled();
    expect(await lists()).toEqual(fromCopy);
    expect(await runCounts()).toEqual(countsFromCopy);
  }, 180_000);
});

/** Every candidate's and vacancy's top-K, by id: two states that would score alike give the same. */
function scoresOf(state: RegionState) {
  const candidates = state.candidateArray();
  const vacancies = state.vacancyArray();
  const result = scoreMatrixTopK(candidates, vacancies, { k: state.snapshot.k });
  return {
    candidates: candidates.map((c) => c.features.id),
    vacancies: vacancies.map((v) => v.features.id),
    byCandidate: [Array.from(result.byCandidate.index), Array.from(result.byCandidate.score)],
    byVacancy: [Array.from(result.byVacancy.index), Array.from(result.byVacancy.score)],
  };
}
