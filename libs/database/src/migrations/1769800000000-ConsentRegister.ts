import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of consents (consent_record), and what need-to-know adds to a profile: its target groups and
 * the current state of two consents (target-group sharing, e-mail). Consents already in force are carried
 * over without a text (it was not kept then) and with the role BEFORE_REGISTER, so the register is complete
 * from the start and nothing claims a text nobody saw.
 */
export class ConsentRegister1769800000000 implements MigrationInterface {
  name = 'ConsentRegister1769800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE candidate_profile
        ADD COLUMN target_groups text[] NOT NULL DEFAULT '{}',
        ADD COLUMN target_group_shared boolean NOT NULL DEFAULT false,
        ADD COLUMN email_notifications boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE consent_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SHARE_WITH_REGION', 'SHARE_WITH_EMPLOYERS', 'REVEAL_IDENTITY',
          'PLACEMENT', 'RECEIVE_EMAIL', 'SHARE_TARGET_GROUP')),
        employer_ids uuid[] NOT NULL DEFAULT '{}',
        match_case_id uuid REFERENCES match_case(id) ON DELETE SET NULL,
        placement_id uuid REFERENCES placement(id) ON DELETE SET NULL,
        statement_id uuid REFERENCES consent_statement(id) ON DELETE SET NULL,
        text_nl text,
        text_en text,
        text_version text,
        given_at timestamptz NOT NULL,
        given_by_user_id uuid,
        given_by_role text NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_by_user_id uuid,
        withdrawn_by_role text,
        withdrawal_reason text
      )`);
    await q.query(`CREATE INDEX consent_record_candidate ON consent_record (candidate_id, given_at DESC)`);
    await q.query(
      `CREATE INDEX consent_record_open ON consent_record (candidate_id, kind) WHERE withdrawn_at IS NULL`,
    );
    await q.query(`
      INSERT INTO consent_record (candidate_id, kind, employer_ids, given_at, given_by_role)
      SELECT c.id,
             CASE WHEN c.sharing_scope = 'REGION' THEN 'SHARE_WITH_REGION' ELSE 'SHARE_WITH_EMPLOYERS' END,
             coalesce((SELECT array_agg(s.employer_id) FROM candidate_shared_employer s WHERE s.candidate_id = c.id),
                      '{}'),
             coalesce(c.consent_recorded_at, c.created_at), 'BEFORE_REGISTER'
        FROM candidate_profile c WHERE c.consent_status = 'GIVEN'`);
    await q.query(`
      INSERT INTO consent_record (candidate_id, kind, employer_ids, match_case_id, statement_id, given_at,
                                  given_by_role)
      SELECT m.candidate_id, 'REVEAL_IDENTITY', ARRAY[m.employer_id], m.id, m.consent_statement_id, m.updated_at,
             'BEFORE_REGISTER'
        FROM match_case m WHERE m.consent = 'GIVEN'`);
    await q.query(`
      INSERT INTO consent_record (candidate_id, kind, employer_ids, placement_id, statement_id, given_at,
                                  given_by_role)
      SELECT p.candidate_id, 'PLACEMENT', ARRAY[p.host_employer_id], p.id, p.consent_statement_id, p.updated_at,
             'BEFORE_REGISTER'
        FROM placement p WHERE p.candidate_consented AND p.candidate_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consent_record`);
    await q.query(`
      ALTER TABLE candidate_profile
        DROP COLUMN target_groups, DROP COLUMN target_group_shared, DROP COLUMN email_notifications`);
  }
}
