import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The region's shortages (open vacancies against active candidates, by sector and skill) read open vacancies with
 * their number of positions, which the matching views leave out.
 */
export class ShortageViews1770010000000 implements MigrationInterface {
  name = 'ShortageViews1770010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW vacancy_shortage_scope AS
      SELECT id AS vacancy_id, employer_id, region_code, positions FROM vacancy WHERE status = 'OPEN'`);
    await q.query(
      `COMMENT ON VIEW vacancy_shortage_scope IS 'Published by vacancies: open vacancies with their employer, region and positions, for the region''s shortages'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW vacancy_shortage_scope`);
  }
}
