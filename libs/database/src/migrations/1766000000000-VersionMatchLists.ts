import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Match lists get a version per write, so a worker keeps a region's lists in memory and catches up with one
 * indexed query instead of searching the table for the lists that hold an item. That search was what the GIN
 * index on other_ids served; maintaining it cost a full rematch two of its seconds, so it goes. Rematch chunks
 * record the region's counts, since the plan no longer loads the region.
 */
export class VersionMatchLists1766000000000 implements MigrationInterface {
  name = 'VersionMatchLists1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE match_list_version_seq AS bigint`);
    await q.query(`ALTER TABLE match_list ADD COLUMN list_version bigint NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX match_list_region_version_idx ON match_list (region_code, list_version)`);
    await q.query(`DROP INDEX match_list_other_idx`);
    // A list of 50 is about 1.5–3 kB: kept in the row rather than TOASTed (and uselessly compressed — random
    // uuids do not compress), which made writing a region's lists about a third faster.
    await q.query(`ALTER TABLE match_list SET (toast_tuple_target = 8160)`);
    // A rematch is planned from aggregates; the chunks, which load the region, report what it held.
    await q.query(`ALTER TABLE rematch_chunk ADD COLUMN region_counts jsonb`);
    // Chunk results are packed binary (ids and float32 scores) that pglz cannot shrink; trying cost
    // PostgreSQL CPU on every chunk while the workers compete for the same cores.
    await q.query(`ALTER TABLE rematch_chunk ALTER COLUMN result SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_list RESET (toast_tuple_target)`);
    await q.query(`ALTER TABLE rematch_chunk ALTER COLUMN result SET STORAGE EXTENDED`);
    await q.query(`ALTER TABLE rematch_chunk DROP COLUMN region_counts`);
    await q.query(`CREATE INDEX match_list_other_idx ON match_list USING gin (other_ids)`);
    await q.query(`DROP INDEX match_list_region_version_idx`);
    await q.query(`ALTER TABLE match_list DROP COLUMN list_version`);
    await q.query(`DROP SEQUENCE match_list_version_seq`);
  }
}
