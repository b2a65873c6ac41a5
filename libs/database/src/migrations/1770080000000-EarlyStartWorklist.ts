import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Start six months ahead: the worklist of candidates whose contract (or spoor-2 term) ends within six months and
 * with whom nothing has started yet — no introduction, no meet-and-greet, no placement — reads the owning libs'
 * published views; the worker reminds HR leads and the mobility team of it once a week.
 */
export class EarlyStartWorklist1770080000000 implements MigrationInterface {
  name = 'EarlyStartWorklist1770080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW candidate_deadline_scope AS
      SELECT id AS candidate_id, employer_id, region_code, public_code, track, status, consent_status,
             contract_end_date
        FROM candidate_profile`);
    await q.query(
      `COMMENT ON VIEW candidate_deadline_scope IS 'Published by candidates: each candidate''s employer, region, public code, track, status, consent and contract end, for the early-start worklist'`,
    );
    await q.query(`
      CREATE VIEW match_introduction_scope AS
      SELECT candidate_id, employer_id, updated_at FROM match_case WHERE consent IN ('GIVEN', 'WITHDRAWN')`);
    await q.query(
      `COMMENT ON VIEW match_introduction_scope IS 'Published by matching: each introduction that was made (consent given, possibly withdrawn since)'`,
    );
    await q.query(`
      CREATE VIEW candidate_suggestion_count AS
      SELECT owner_id AS candidate_id, cardinality(other_ids) AS suggestions FROM match_list WHERE side = 'CANDIDATE'`);
    await q.query(
      `COMMENT ON VIEW candidate_suggestion_count IS 'Published by matching: how many vacancies are on each candidate''s current list'`,
    );
    await q.query(`
      CREATE VIEW session_candidate_scope AS
      SELECT sc.candidate_id, s.region_code, s.session_date, sc.status
        FROM session_candidate sc JOIN meet_and_greet_session s ON s.id = sc.session_id`);
    await q.query(
      `COMMENT ON VIEW session_candidate_scope IS 'Published by sessions: each candidate invited to a meet-and-greet, its date and their answer'`,
    );
    await q.query(
      `CREATE TABLE early_start_reminder_week (week_start date PRIMARY KEY, sent_at timestamptz NOT NULL DEFAULT now())`,
    );
    await q.query(
      `CREATE INDEX candidate_profile_contract_end ON candidate_profile (region_code, contract_end_date) WHERE contract_end_date IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX candidate_profile_contract_end`);
    await q.query(`DROP TABLE early_start_reminder_week`);
    await q.query(`DROP VIEW session_candidate_scope`);
    await q.query(`DROP VIEW candidate_suggestion_count`);
    await q.query(`DROP VIEW match_introduction_scope`);
    await q.query(`DROP VIEW candidate_deadline_scope`);
  }
}
