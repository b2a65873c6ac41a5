import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff accounts get their password from their holder, through a one-time activation code
 * (`staff_account_activation`, the code kept only as its sha256), never from whoever requested them. Account
 * events gain ACTIVATION_ISSUED and ACTIVATED.
 *
 * Accounts from before two-person approval were all labelled SEEDED, which hides that the old direct creation
 * may have made them. They become UNVERIFIED_LEGACY, except where that creation cannot have made them: an account
 * put in after the first account event (the old way was gone by then), or one older than every account that
 * could have created it (administrators created any staff account; a mobility team its region's HR leads), such
 * as a deployment's first administrator.
 */
export class StaffAccountActivation1769200000000 implements MigrationInterface {
  name = 'StaffAccountActivation1769200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_origin_check`);
    await q.query(`
      ALTER TABLE user_account ADD CONSTRAINT user_account_origin_check
        CHECK (origin IN ('SEEDED','UNVERIFIED_LEGACY','REQUESTED','CREATED_BY_EMPLOYER_ADMIN',
                          'APPROVED_BY_EMPLOYER_ADMIN','APPROVED_BY_SECOND_PERSON','INVITATION_CLAIMED'))`);
    await q.query(`
      UPDATE user_account u SET origin = 'UNVERIFIED_LEGACY'
      WHERE u.origin = 'SEEDED' AND u.role <> 'JOB_SEEKER'
        AND NOT EXISTS (SELECT 1 FROM account_event ev WHERE ev.at <= u.created_at)
        AND EXISTS (
          SELECT 1 FROM user_account c
          LEFT JOIN employer e ON e.id = u.employer_id
          WHERE c.id <> u.id AND c.created_at < u.created_at
            AND (c.role = 'ADMINISTRATOR'
                 OR (u.role = 'HR_LEAD' AND c.role = 'MOBILITY_TEAM' AND c.region_code = e.region_code)))`);

    await q.query(`ALTER TABLE account_event DROP CONSTRAINT account_event_kind_check`);
    await q.query(`
      ALTER TABLE account_event ADD CONSTRAINT account_event_kind_check
        CHECK (kind IN ('CREATED','REQUESTED','APPROVED','REJECTED','EMPLOYER_ADMIN_GRANTED',
                        'EMPLOYER_ADMIN_REVOKED','ACTIVATION_ISSUED','ACTIVATED'))`);
    // Administrators read every account's events, newest first.
    await q.query(`CREATE INDEX account_event_at_idx ON account_event (at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE staff_account_activation (
        user_id uuid PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
        code_sha256 char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        issued_by_user_id uuid NOT NULL REFERENCES user_account (id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        activated_at timestamptz,
        CHECK (issued_by_user_id <> user_id)
      )`);
    // Whoever holds the code chooses the password: it never goes to the person who requested the account
    // (only an employer's administrator HR lead who added the account directly is both).
    await q.query(`
      CREATE FUNCTION staff_account_activation_not_to_requester() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM user_account u
                   WHERE u.id = NEW.user_id AND u.created_by_user_id = NEW.issued_by_user_id
                     AND u.origin <> 'CREATED_BY_EMPLOYER_ADMIN') THEN
          RAISE EXCEPTION 'an activation code never goes to the requester of the account'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'staff_account_activation_not_to_requester';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER staff_account_activation_not_to_requester
      BEFORE INSERT OR UPDATE OF issued_by_user_id ON staff_account_activation
      FOR EACH ROW EXECUTE FUNCTION staff_account_activation_not_to_requester()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_account_activation`);
    await q.query(`DROP FUNCTION staff_account_activation_not_to_requester()`);
    await q.query(`DROP INDEX account_event_at_idx`);
    await q.query(`DELETE FROM account_event WHERE kind IN ('ACTIVATION_ISSUED','ACTIVATED')`);
    await q.query(`ALTER TABLE account_event DROP CONSTRAINT account_event_kind_check`);
    await q.query(`
      ALTER TABLE account_event ADD CONSTRAINT account_event_kind_check
        CHECK (kind IN ('CREATED','REQUESTED','APPROVED','REJECTED',
                        'EMPLOYER_ADMIN_GRANTED','EMPLOYER_ADMIN_REVOKED'))`);
    await q.query(`UPDATE user_account SET origin = 'SEEDED' WHERE origin = 'UNVERIFIED_LEGACY'`);
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_origin_check`);
    await q.query(`
      ALTER TABLE user_account ADD CONSTRAINT user_account_origin_check
        CHECK (origin IN ('SEEDED','REQUESTED','CREATED_BY_EMPLOYER_ADMIN','APPROVED_BY_EMPLOYER_ADMIN',
                          'APPROVED_BY_SECOND_PERSON','INVITATION_CLAIMED'))`);
  }
}
