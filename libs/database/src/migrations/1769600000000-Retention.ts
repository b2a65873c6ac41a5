import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention: one row per night the worker enforced the retention periods, with what it removed as counts. The
 * row is also the guard that makes it once per night, however many workers run.
 */
export class Retention1769600000000 implements MigrationInterface {
  name = 'Retention1769600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_run (
        night date PRIMARY KEY,
        -- The moment the periods were counted back from.
        clock timestamptz NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL,
        counts jsonb NOT NULL,
        postponed integer NOT NULL DEFAULT 0,
        failed text[] NOT NULL DEFAULT '{}'
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE retention_run`);
  }
}
