import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mobility plans: an employer's choice paths, versioned. A draft is edited; publishing freezes a version (the one
 * before becomes SUPERSEDED), and every employee reads the same published version. At most one draft per plan.
 */
export class MobilityPlans1770110000000 implements MigrationInterface {
  name = 'MobilityPlans1770110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mobility_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        region_code varchar(4) NOT NULL,
        created_by_user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mobility_plan_employer_idx ON mobility_plan (employer_id)`);
    await q.query(`CREATE INDEX mobility_plan_region_idx ON mobility_plan (region_code)`);
    await q.query(`
      CREATE TABLE mobility_plan_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES mobility_plan(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number > 0),
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
        title_nl text NOT NULL,
        title_en text NOT NULL,
        employment_end_date date NOT NULL,
        choice_deadline date NOT NULL CHECK (choice_deadline <= employment_end_date),
        help_hour_value_eur numeric(10, 2) NOT NULL CHECK (help_hour_value_eur >= 0),
        paths jsonb NOT NULL,
        guide jsonb NOT NULL,
        updated_by_user_id uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        published_by_user_id uuid,
        UNIQUE (plan_id, number),
        CHECK ((status = 'DRAFT') = (published_at IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX mobility_plan_one_draft ON mobility_plan_version (plan_id) WHERE status = 'DRAFT'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX mobility_plan_one_published ON mobility_plan_version (plan_id) WHERE status = 'PUBLISHED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mobility_plan_version`);
    await q.query(`DROP TABLE mobility_plan`);
  }
}
