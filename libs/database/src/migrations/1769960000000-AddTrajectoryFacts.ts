import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The summary the region's outcome figures are computed from: one row per trajectory with what the figures
 * need (when it started, its first placement elsewhere, whether the person still worked six months later),
 * maintained by the worker on every change and rebuilt nightly. The candidate and employer facts it needs come
 * through views their libs publish.
 */
export class AddTrajectoryFacts1769960000000 implements MigrationInterface {
  name = 'AddTrajectoryFacts1769960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW candidate_outcome_scope AS
      SELECT id AS candidate_id, region_code, employer_id, track, created_at FROM candidate_profile`);
    await q.query(
      `COMMENT ON VIEW candidate_outcome_scope IS 'Published by candidates: each candidate''s region, employer, track and registration time, for outcome figures'`,
    );
    await q.query(
      `CREATE VIEW employer_sector_scope AS SELECT id AS employer_id, region_code, sector FROM employer`,
    );
    await q.query(
      `COMMENT ON VIEW employer_sector_scope IS 'Published by employers: each employer''s region and sector'`,
    );
    await q.query(`
      CREATE TABLE trajectory_fact (
        trajectory_id uuid PRIMARY KEY REFERENCES trajectory(id) ON DELETE CASCADE,
        region_code varchar(4) NOT NULL,
        candidate_id uuid NOT NULL,
        client_employer_id uuid NOT NULL,
        sector text NOT NULL,
        track text NOT NULL,
        kind text NOT NULL,
        started_on date NOT NULL,
        closed_on date,
        outcome text,
        placed_on date,
        retention_answered boolean NOT NULL DEFAULT false,
        retained_6m boolean,
        refreshed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX trajectory_fact_region ON trajectory_fact (region_code, started_on)`);
    await q.query(`CREATE INDEX trajectory_fact_candidate ON trajectory_fact (candidate_id)`);
    await q.query(
      `CREATE TABLE trajectory_fact_rebuild (day date PRIMARY KEY, rebuilt_at timestamptz NOT NULL DEFAULT now())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trajectory_fact_rebuild`);
    await q.query(`DROP TABLE trajectory_fact`);
    await q.query(`DROP VIEW employer_sector_scope`);
    await q.query(`DROP VIEW candidate_outcome_scope`);
  }
}
