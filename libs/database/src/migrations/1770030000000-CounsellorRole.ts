import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * External re-integration advisers get their own role, COUNSELLOR: an account bound to a region, like a
 * mobility-team member, but scoped to the trajectories assigned to it. Its caseload — the candidates whose open
 * trajectory it guides — is read with the account on every request, through a view the trajectories lib publishes.
 */
export class CounsellorRole1770030000000 implements MigrationInterface {
  name = 'CounsellorRole1770030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_role_check`);
    await q.query(`
      ALTER TABLE user_account ADD CONSTRAINT user_account_role_check
        CHECK (role IN ('HR_LEAD','MOBILITY_TEAM','JOB_SEEKER','ADMINISTRATOR','COUNSELLOR'))`);
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_check`);
    await q.query(`
      ALTER TABLE user_account ADD CONSTRAINT user_account_check CHECK (
        (role = 'HR_LEAD' AND employer_id IS NOT NULL AND region_code IS NULL AND candidate_id IS NULL) OR
        (role IN ('MOBILITY_TEAM','COUNSELLOR') AND region_code IS NOT NULL AND employer_id IS NULL
          AND candidate_id IS NULL) OR
        (role = 'JOB_SEEKER' AND candidate_id IS NOT NULL AND employer_id IS NULL AND region_code IS NULL) OR
        (role = 'ADMINISTRATOR' AND employer_id IS NULL AND region_code IS NULL AND candidate_id IS NULL))`);
    await q.query(`
      CREATE VIEW counsellor_caseload AS
      SELECT counsellor_user_id, candidate_id, region_code FROM trajectory WHERE status = 'OPEN'`);
    await q.query(
      `COMMENT ON VIEW counsellor_caseload IS 'Published by trajectories: the candidates whose open trajectory each counsellor guides, the scope of a COUNSELLOR account'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Counsellors' accounts hold trajectories and follow-ups: reverting must not drop those with them.
    const rows = (await q.query(`SELECT count(*)::int AS n FROM user_account WHERE role = 'COUNSELLOR'`)) as {
      n: number;
    }[];
    const { n } = rows[0];
    if (n > 0)
      throw new Error(
        `${n} COUNSELLOR account(s) exist: hand their trajectories and follow-ups to the mobility team and remove the accounts before reverting`,
      );
    await q.query(`DROP VIEW counsellor_caseload`);
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_check`);
    await q.query(`
      ALTER TABLE user_account ADD CONSTRAINT user_account_check CHECK (
        (role = 'HR_LEAD' AND employer_id IS NOT NULL AND region_code IS NULL AND candidate_id IS NULL) OR
        (role = 'MOBILITY_TEAM' AND region_code IS NOT NULL AND employer_id IS NULL AND candidate_id IS NULL) OR
        (role = 'JOB_SEEKER' AND candidate_id IS NOT NULL AND employer_id IS NULL AND region_code IS NULL) OR
        (role = 'ADMINISTRATOR' AND employer_id IS NULL AND region_code IS NULL AND candidate_id IS NULL))`);
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_role_check`);
    await q.query(`
      ALTER TABLE user_account ADD CONSTRAINT user_account_role_check
        CHECK (role IN ('HR_LEAD','MOBILITY_TEAM','JOB_SEEKER','ADMINISTRATOR'))`);
  }
}
