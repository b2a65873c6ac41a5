import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Questions about a mobility plan, answered in the open: every answer is read by everyone the plan concerns, so
 * nobody gets an individual deal or private information. The asker is kept so they see their own question while
 * it waits, and is never shown when they asked anonymously.
 */
export class MobilityPlanQuestions1770130000000 implements MigrationInterface {
  name = 'MobilityPlanQuestions1770130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mobility_plan_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES mobility_plan(id) ON DELETE CASCADE,
        asked_by_candidate_id uuid REFERENCES candidate_profile(id) ON DELETE SET NULL,
        anonymous boolean NOT NULL,
        question text NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
        asked_at timestamptz NOT NULL DEFAULT now(),
        answer_nl text,
        answer_en text,
        answered_by_user_id uuid,
        answered_at timestamptz,
        CHECK ((answer_nl IS NULL) = (answered_at IS NULL) AND (answer_nl IS NULL) = (answer_en IS NULL))
      )`);
    await q.query(
      `CREATE INDEX mobility_plan_question_plan_idx ON mobility_plan_question (plan_id, asked_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mobility_plan_question`);
  }
}
