import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each employee's choice of a path of their employer's mobility plan: one per person and plan, changeable until
 * the plan's deadline. The path is named by its id, which stays the same from version to version; the version
 * is the one they read when they chose.
 */
export class MobilityPlanChoices1770120000000 implements MigrationInterface {
  name = 'MobilityPlanChoices1770120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mobility_plan_choice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES mobility_plan(id) ON DELETE CASCADE,
        version_id uuid NOT NULL REFERENCES mobility_plan_version(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        path_id uuid NOT NULL,
        chosen_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (plan_id, candidate_id)
      )`);
    await q.query(`CREATE INDEX mobility_plan_choice_candidate_idx ON mobility_plan_choice (candidate_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mobility_plan_choice`);
  }
}
