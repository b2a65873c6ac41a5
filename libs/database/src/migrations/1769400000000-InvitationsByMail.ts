import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitation codes go to the person's own address, not through their HR lead: a mail outbox (the body is erased
 * once sent), the address each invitation went to (a claim must use it), and identity changes recorded next to
 * identity reads, so a person sees who changed the address their invitation goes to.
 */
export class InvitationsByMail1769400000000 implements MigrationInterface {
  name = 'InvitationsByMail1769400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address citext NOT NULL,
        purpose text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claimed_at timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        last_error text
      )`);
    await q.query(`CREATE INDEX mail_message_due ON mail_message (next_attempt_at, created_at)
                   WHERE sent_at IS NULL AND failed_at IS NULL`);
    // Invitations made before this change were handed over by an HR lead: they stop working, a new one is mailed.
    await q.query(`UPDATE job_seeker_invitation SET revoked_at = now()
                   WHERE claimed_at IS NULL AND revoked_at IS NULL`);
    await q.query(`ALTER TABLE job_seeker_invitation ADD COLUMN sent_to_email citext`);
    await q.query(`
      ALTER TABLE identity_access_log
        ADD COLUMN action text NOT NULL DEFAULT 'READ' CHECK (action IN ('READ', 'CHANGE'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE identity_access_log DROP COLUMN action`);
    await q.query(`ALTER TABLE job_seeker_invitation DROP COLUMN sent_to_email`);
    await q.query(`DROP TABLE mail_message`);
  }
}
