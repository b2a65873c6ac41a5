import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why the worker could not propose a placement's dates, as the reason and its figures, so each reader gets the
 * cause in their own language and as far as they may know it (the contract's end date is need-to-know, so the host
 * reads the cause without it). `plan_problem` keeps the English sentence for older readers.
 */
export class PlacementPlanProblemDetail1770070000000 implements MigrationInterface {
  name = 'PlacementPlanProblemDetail1770070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement ADD COLUMN plan_problem_detail jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement DROP COLUMN plan_problem_detail`);
  }
}
