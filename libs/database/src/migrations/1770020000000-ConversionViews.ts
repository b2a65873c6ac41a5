import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The meet-and-greet conversion (meetings → follow-up talks → placements → hires) reads the planned meetings of
 * sessions that took place or were published, and the placements between a candidate and a host.
 */
export class ConversionViews1770020000000 implements MigrationInterface {
  name = 'ConversionViews1770020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW session_meeting_outcome_scope AS
      SELECT m.id AS meeting_id, s.region_code, s.session_date, m.candidate_id, m.employer_id, m.outcome
        FROM session_meeting m JOIN meet_and_greet_session s ON s.id = m.session_id
       WHERE s.status IN ('PUBLISHED', 'CLOSED')`);
    await q.query(
      `COMMENT ON VIEW session_meeting_outcome_scope IS 'Published by sessions: each planned meeting of a published or past session, its date, pair and outcome, for the conversion figures'`,
    );
    await q.query(`
      CREATE VIEW placement_pair_scope AS
      SELECT candidate_id, host_employer_id, status, created_at FROM placement WHERE candidate_id IS NOT NULL`);
    await q.query(
      `COMMENT ON VIEW placement_pair_scope IS 'Published by placements: each placement''s candidate, host, status and creation, for the conversion figures'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW placement_pair_scope`);
    await q.query(`DROP VIEW session_meeting_outcome_scope`);
  }
}
