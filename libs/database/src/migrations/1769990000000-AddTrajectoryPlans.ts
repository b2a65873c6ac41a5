import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trajectory plan: goals, the agreed time investment and the modules used on the trajectory itself; the search
 * directions (ESCO occupations, in the order of preference), the actions with owner and deadline, and the
 * candidate's own note for each month in tables of their own. All go with the trajectory when it is erased.
 */
export class AddTrajectoryPlans1769990000000 implements MigrationInterface {
  name = 'AddTrajectoryPlans1769990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE trajectory
        ADD COLUMN plan_goals text,
        ADD COLUMN plan_modules text[] NOT NULL DEFAULT '{}',
        ADD COLUMN plan_hours_per_week smallint CHECK (plan_hours_per_week BETWEEN 1 AND 40),
        ADD COLUMN plan_updated_on date`);
    await q.query(`
      CREATE TABLE trajectory_search_direction (
        trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
        occupation_id uuid NOT NULL REFERENCES esco_occupation(id),
        position smallint NOT NULL,
        PRIMARY KEY (trajectory_id, occupation_id)
      )`);
    await q.query(`
      CREATE TABLE trajectory_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
        description text NOT NULL,
        owner text NOT NULL CHECK (owner IN ('CANDIDATE', 'COUNSELLOR', 'CLIENT')),
        due_on date NOT NULL,
        done_on date,
        created_by_user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX trajectory_action_trajectory ON trajectory_action (trajectory_id, due_on)`);
    await q.query(`
      CREATE TABLE trajectory_progress_note (
        trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        note text NOT NULL,
        written_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (trajectory_id, month)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trajectory_progress_note`);
    await q.query(`DROP TABLE trajectory_action`);
    await q.query(`DROP TABLE trajectory_search_direction`);
    await q.query(`
      ALTER TABLE trajectory
        DROP COLUMN plan_goals, DROP COLUMN plan_modules, DROP COLUMN plan_hours_per_week,
        DROP COLUMN plan_updated_on`);
  }
}
