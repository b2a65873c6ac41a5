import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff accounts come into being through a second person: each account gets a status, an origin, who created
 * and who approved it, and an employer's administrator HR lead. Existing accounts stay usable (ACTIVE, SEEDED;
 * job seekers INVITATION_CLAIMED), and each employer's oldest active HR lead becomes its administrator so that
 * every deployment keeps a way to add HR leads. `disabled_at` is tied to the status by a constraint, so every
 * check that an account is usable (login, each request) stays one condition.
 */
export class StaffAccountApproval1769100000000 implements MigrationInterface {
  name = 'StaffAccountApproval1769100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE user_account
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE'
          CHECK (status IN ('PENDING_APPROVAL','ACTIVE','REJECTED','DISABLED')),
        ADD COLUMN origin text NOT NULL DEFAULT 'SEEDED'
          CHECK (origin IN ('SEEDED','REQUESTED','CREATED_BY_EMPLOYER_ADMIN','APPROVED_BY_EMPLOYER_ADMIN',
                            'APPROVED_BY_SECOND_PERSON','INVITATION_CLAIMED')),
        ADD COLUMN employer_admin boolean NOT NULL DEFAULT false,
        ADD COLUMN created_by_user_id uuid REFERENCES user_account (id),
        ADD COLUMN approved_by_user_id uuid REFERENCES user_account (id),
        ADD COLUMN approved_at timestamptz`);
    await q.query(`UPDATE user_account SET status = 'DISABLED' WHERE disabled_at IS NOT NULL`);
    await q.query(`UPDATE user_account SET origin = 'INVITATION_CLAIMED' WHERE role = 'JOB_SEEKER'`);
    await q.query(`
      UPDATE user_account u SET employer_admin = true
      FROM (SELECT DISTINCT ON (employer_id) id FROM user_account
            WHERE role = 'HR_LEAD' AND status = 'ACTIVE' ORDER BY employer_id, created_at, id) oldest
      WHERE u.id = oldest.id`);
    await q.query(`
      ALTER TABLE user_account
        ADD CONSTRAINT user_account_usable_when_active CHECK ((status = 'ACTIVE') = (disabled_at IS NULL)),
        ADD CONSTRAINT user_account_employer_admin_is_hr_lead CHECK (NOT employer_admin OR role = 'HR_LEAD'),
        ADD CONSTRAINT user_account_second_person CHECK (
          approved_by_user_id IS NULL OR
          (approved_by_user_id <> id AND approved_by_user_id IS DISTINCT FROM created_by_user_id)),
        ADD CONSTRAINT user_account_approved_origin CHECK (
          (origin IN ('APPROVED_BY_EMPLOYER_ADMIN','APPROVED_BY_SECOND_PERSON')) =
          (approved_by_user_id IS NOT NULL AND approved_at IS NOT NULL)),
        ADD CONSTRAINT user_account_requested_until_decided CHECK (
          (origin = 'REQUESTED') = (status IN ('PENDING_APPROVAL','REJECTED')))`);
    // Accounts are disabled (and re-enabled) by hand, through either column: the other one follows, so the
    // constraint above holds and both views agree. Clearing disabled_at never activates a request.
    await q.query(`
      CREATE FUNCTION user_account_sync_disabled() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'DISABLED' AND NEW.disabled_at IS NULL THEN
          IF TG_OP = 'UPDATE' AND OLD.status = 'DISABLED' AND OLD.disabled_at IS NOT NULL THEN
            NEW.status := 'ACTIVE';
          ELSE
            NEW.disabled_at := now();
          END IF;
        ELSIF NEW.status = 'ACTIVE' AND NEW.disabled_at IS NOT NULL THEN
          NEW.status := 'DISABLED';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER user_account_sync_disabled BEFORE INSERT OR UPDATE OF status, disabled_at ON user_account
      FOR EACH ROW EXECUTE FUNCTION user_account_sync_disabled()`);
    await q.query(
      `CREATE INDEX user_account_pending_idx ON user_account (role, employer_id, region_code) WHERE status = 'PENDING_APPROVAL'`,
    );
    await q.query(
      `CREATE INDEX user_account_employer_idx ON user_account (employer_id) WHERE employer_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE account_event (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CREATED','REQUESTED','APPROVED','REJECTED',
                                           'EMPLOYER_ADMIN_GRANTED','EMPLOYER_ADMIN_REVOKED')),
        actor_user_id uuid NOT NULL REFERENCES user_account (id),
        actor_role text NOT NULL,
        reason text CHECK (length(reason) <= 500),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX account_event_user_idx ON account_event (user_id, at)`);

    // A region's mobility team is a third kind of recipient: exactly one recipient per notification.
    await q.query(
      `ALTER TABLE notification ADD COLUMN recipient_region_code varchar(4) REFERENCES labour_market_region (code)`,
    );
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_check`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_one_recipient
        CHECK (num_nonnulls(recipient_employer_id, recipient_candidate_id, recipient_region_code) = 1)`);
    await q.query(
      `CREATE INDEX notification_region_idx ON notification (recipient_region_code, created_at DESC) WHERE recipient_region_code IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE recipient_region_code IS NOT NULL`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_one_recipient`);
    await q.query(`ALTER TABLE notification DROP COLUMN recipient_region_code`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_check
        CHECK ((recipient_employer_id IS NULL) <> (recipient_candidate_id IS NULL))`);
    await q.query(`DROP TABLE account_event`);
    await q.query(`DROP TRIGGER user_account_sync_disabled ON user_account`);
    await q.query(`DROP FUNCTION user_account_sync_disabled()`);
    // Accounts that were never approved must not become usable by losing their status.
    await q.query(
      `UPDATE user_account SET disabled_at = coalesce(disabled_at, now()) WHERE status <> 'ACTIVE'`,
    );
    await q.query(`
      ALTER TABLE user_account
        DROP COLUMN status, DROP COLUMN origin, DROP COLUMN employer_admin,
        DROP COLUMN created_by_user_id, DROP COLUMN approved_by_user_id, DROP COLUMN approved_at`);
  }
}
