import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail. Nobody alters or deletes a line: a trigger refuses it, except in a transaction
 * that has said it is the retention job or an erasure (`werkbrug.audit_maintenance`, set by the application for
 * that transaction only).
 */
export class AuditTrail1769700000000 implements MigrationInterface {
  name = 'AuditTrail1769700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        actor_user_id uuid,
        actor_role text NOT NULL,
        actor_employer_id uuid,
        region_code varchar(4),
        candidate_id uuid,
        subject_type text NOT NULL,
        subject_id uuid,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        request_id text
      )`);
    await q.query(`CREATE INDEX audit_entry_region ON audit_entry (region_code, id DESC)`);
    await q.query(
      `CREATE INDEX audit_entry_candidate ON audit_entry (candidate_id, id DESC) WHERE candidate_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX audit_entry_employer ON audit_entry (actor_employer_id, id DESC) WHERE actor_employer_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX audit_entry_at ON audit_entry (at)`);
    await q.query(`
      CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('werkbrug.audit_maintenance', true), '') <> 'on' THEN
          RAISE EXCEPTION 'audit_entry is append-only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_append_only()`);
  }
}
