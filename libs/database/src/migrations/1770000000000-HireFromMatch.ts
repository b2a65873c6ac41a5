import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A hire recorded with a match's HIRED outcome names that match, so the outcome and the hire can be traced to each
 * other; a match that goes (with its candidate) leaves the hire in place.
 */
export class HireFromMatch1770000000000 implements MigrationInterface {
  name = 'HireFromMatch1770000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE hire ADD COLUMN match_case_id uuid UNIQUE REFERENCES match_case(id) ON DELETE SET NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hire DROP COLUMN match_case_id`);
  }
}
