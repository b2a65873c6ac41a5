import { ConsentMethod, ConsentStatementKind } from '@werkbrug/candidates/consent-statement.enums';
import { sqlList } from '@werkbrug/core';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent statements: consent a candidate without an account gave to their HR lead, with the text shown, how and
 * when; visible to the candidate and revocable by them.
 */
export class AddConsentStatements1769000000000 implements MigrationInterface {
  name = 'AddConsentStatements1769000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consent_statement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate_profile (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${sqlList(ConsentStatementKind)})),
        match_case_id uuid REFERENCES match_case (id) ON DELETE SET NULL,
        placement_id uuid REFERENCES placement (id) ON DELETE SET NULL,
        employer_id uuid NOT NULL REFERENCES employer (id),
        disclosure_id uuid REFERENCES identity_disclosure (id) ON DELETE SET NULL,
        text_nl text NOT NULL,
        text_en text NOT NULL,
        text_version text NOT NULL,
        method text NOT NULL CHECK (method IN (${sqlList(ConsentMethod)})),
        given_on date NOT NULL,
        given_to_name text NOT NULL,
        note text,
        recorded_by_user_id uuid NOT NULL REFERENCES user_account (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by_user_id uuid REFERENCES user_account (id),
        revoked_by_role text,
        CHECK (given_on <= recorded_at::date + 1),
        CHECK ((revoked_at IS NULL) = (revoked_by_user_id IS NULL))
      )`);
    await q.query(
      `CREATE INDEX consent_statement_candidate_idx ON consent_statement (candidate_id, recorded_at)`,
    );
    await q.query(
      `CREATE INDEX consent_statement_match_case_idx ON consent_statement (match_case_id) WHERE match_case_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX consent_statement_placement_idx ON consent_statement (placement_id) WHERE placement_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consent_statement`);
  }
}
