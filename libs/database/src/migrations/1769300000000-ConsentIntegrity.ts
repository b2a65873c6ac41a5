import { ConsentRevocationReason } from '@werkbrug/candidates/consent-statement.enums';
import { sqlList } from '@werkbrug/core';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a consent rests on. A match case and a placement name the statement their candidate's consent rests on
 * (none when the candidate consented themselves), so revoking an older statement never undoes newer consent;
 * a revoked statement says why it ended (revoked by the candidate, the placement's terms changed, …).
 */
export class ConsentIntegrity1769300000000 implements MigrationInterface {
  name = 'ConsentIntegrity1769300000000';

  async up(q: QueryRunner): Promise<void> {
    // Statements revoked before this migration keep no reason: it was not recorded.
    await q.query(`
      ALTER TABLE consent_statement
        ADD COLUMN revoked_reason text CHECK (revoked_reason IN (${sqlList(ConsentRevocationReason)})),
        ADD CONSTRAINT consent_statement_revoked_reason_ck CHECK (revoked_reason IS NULL OR revoked_at IS NOT NULL)`);
    for (const table of ['match_case', 'placement'])
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN consent_statement_id uuid REFERENCES consent_statement (id) ON DELETE SET NULL`,
      );
    // The consent given so far rests on the newest statement in force for it, unless the terms changed since or
    // the candidate consented themselves since.
    await q.query(`
      UPDATE match_case m SET consent_statement_id = s.id
      FROM (SELECT DISTINCT ON (match_case_id) id, match_case_id FROM consent_statement
            WHERE kind = 'INTRODUCTION' AND revoked_at IS NULL AND match_case_id IS NOT NULL
            ORDER BY match_case_id, recorded_at DESC) s
      WHERE m.id = s.match_case_id AND m.consent = 'GIVEN'`);
    await q.query(`
      UPDATE placement p SET consent_statement_id = s.id
      FROM (SELECT DISTINCT ON (placement_id) id, placement_id, recorded_at FROM consent_statement
            WHERE kind = 'PLACEMENT' AND revoked_at IS NULL AND placement_id IS NOT NULL
            ORDER BY placement_id, recorded_at DESC) s
      WHERE p.id = s.placement_id AND p.candidate_consented AND NOT EXISTS (
        SELECT 1 FROM placement_event e WHERE e.placement_id = p.id AND e.occurred_at > s.recorded_at
          AND (e.event = 'CHANGED' OR (e.event = 'CANDIDATE_CONSENTED' AND e.actor_role = 'JOB_SEEKER')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['placement', 'match_case'])
      await q.query(`ALTER TABLE ${table} DROP COLUMN consent_statement_id`);
    await q.query(`ALTER TABLE consent_statement DROP COLUMN revoked_reason`);
  }
}
