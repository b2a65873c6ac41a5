import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Views a lib publishes for other libs to read in their own SQL, where they must join across libs in one
 * statement (the viewer of every request, staff account scopes, the regional figures). The publisher keeps each
 * view's columns and meaning when it changes its tables; the others only read it. Each view's comment names its
 * publisher ("Published by <lib>"): tools/architecture/check-table-ownership.mjs reads it from here.
 */
export class PublishedViews1769910000000 implements MigrationInterface {
  name = 'PublishedViews1769910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW employer_scope AS SELECT id AS employer_id, region_code FROM employer`);
    await q.query(`COMMENT ON VIEW employer_scope IS 'Published by employers: each employer and its region'`);

    await q.query(
      `CREATE VIEW candidate_scope AS SELECT id AS candidate_id, employer_id, region_code FROM candidate_profile`,
    );
    await q.query(
      `COMMENT ON VIEW candidate_scope IS 'Published by candidates: each candidate, the employer that posted them and their region'`,
    );

    await q.query(`
      CREATE VIEW candidate_region_figures AS
      SELECT region_code,
             count(*) FILTER (WHERE status = 'ACTIVE')::int AS active_candidates,
             count(*) FILTER (WHERE status IN ('ACTIVE', 'PAUSED')
               AND contract_end_date BETWEEN current_date AND current_date + interval '6 months')::int
               AS contracts_ending
      FROM candidate_profile GROUP BY region_code`);
    await q.query(
      `COMMENT ON VIEW candidate_region_figures IS 'Published by candidates: counts of candidates per region, no person'`,
    );

    await q.query(`
      CREATE VIEW candidate_track_figures AS
      SELECT region_code, track, count(*)::int AS active_candidates
      FROM candidate_profile WHERE status = 'ACTIVE' GROUP BY region_code, track`);
    await q.query(
      `COMMENT ON VIEW candidate_track_figures IS 'Published by candidates: active candidates per region and track, no person'`,
    );

    await q.query(`
      CREATE VIEW vacancy_region_figures AS
      SELECT region_code, count(*)::int AS open_vacancies, coalesce(sum(positions), 0)::int AS open_positions
      FROM vacancy WHERE status = 'OPEN' GROUP BY region_code`);
    await q.query(
      `COMMENT ON VIEW vacancy_region_figures IS 'Published by vacancies: open vacancies and their positions per region'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW vacancy_region_figures`);
    await q.query(`DROP VIEW candidate_track_figures`);
    await q.query(`DROP VIEW candidate_region_figures`);
    await q.query(`DROP VIEW candidate_scope`);
    await q.query(`DROP VIEW employer_scope`);
  }
}
