import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The figures an employee compares mobility paths on, kept only when they ask for it, so they need not type them
 * again: one set per person, theirs alone to read, replace or forget (and erased with them).
 */
export class MobilityFigures1770140000000 implements MigrationInterface {
  name = 'MobilityFigures1770140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mobility_figures (
        candidate_id uuid PRIMARY KEY REFERENCES candidate_profile(id) ON DELETE CASCADE,
        gross_monthly_salary_eur double precision NOT NULL,
        years_of_service double precision NOT NULL,
        employment_history_years double precision NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mobility_figures`);
  }
}
