import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versioned reports of a trajectory (intake, interim, final): each version keeps the trajectory as it was when the
 * counsellor made it, and who opened it. The content is rendered for each reader, so a reader who may not see
 * health details never gets them, whatever the version holds.
 */
export class AddTrajectoryReports1769980000000 implements MigrationInterface {
  name = 'AddTrajectoryReports1769980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trajectory_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('INTAKE', 'INTERIM', 'FINAL')),
        version integer NOT NULL CHECK (version >= 1),
        snapshot jsonb NOT NULL,
        generated_by_user_id uuid NOT NULL,
        generated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (trajectory_id, kind, version)
      )`);
    await q.query(`
      CREATE TABLE trajectory_report_receipt (
        report_id uuid NOT NULL REFERENCES trajectory_report(id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        role text NOT NULL,
        first_opened_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (report_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trajectory_report_receipt`);
    await q.query(`DROP TABLE trajectory_report`);
  }
}
