import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A guidance trajectory's agreed search directions feed the matching model (component SEARCH_DIRECTION): the
 * trajectories lib publishes those of open trajectories, and the vacancies lib adds the vacancy's occupation to
 * the columns it publishes for matching (a new last column, so the view is replaced in place).
 */
export class SearchDirectionMatching1770040000000 implements MigrationInterface {
  name = 'SearchDirectionMatching1770040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW candidate_match_search_direction AS
      SELECT t.candidate_id, d.occupation_id, d.position
      FROM trajectory_search_direction d JOIN trajectory t ON t.id = d.trajectory_id
      WHERE t.status = 'OPEN'`);
    await q.query(
      `COMMENT ON VIEW candidate_match_search_direction IS 'Published by trajectories: the search directions agreed in each candidate''s open trajectory, in order of preference, for the matching model'`,
    );
    await q.query(`
      CREATE OR REPLACE VIEW vacancy_match_profile AS
      SELECT id, employer_id, region_code, status, location_pc4, hours_min, hours_max, contract_type, start_date,
             kind, work_days, shifts, updated_at, esco_occupation_id
      FROM vacancy`);
    await q.query(
      `COMMENT ON VIEW vacancy_match_profile IS 'Published by vacancies: the vacancy columns the matching model reads'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW vacancy_match_profile`);
    await q.query(`
      CREATE VIEW vacancy_match_profile AS
      SELECT id, employer_id, region_code, status, location_pc4, hours_min, hours_max, contract_type, start_date,
             kind, work_days, shifts, updated_at
      FROM vacancy`);
    await q.query(
      `COMMENT ON VIEW vacancy_match_profile IS 'Published by vacancies: the vacancy columns the matching model reads'`,
    );
    await q.query(`DROP VIEW candidate_match_search_direction`);
  }
}
