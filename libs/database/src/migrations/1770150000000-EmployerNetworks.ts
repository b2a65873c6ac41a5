import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employer networks inside a region, their members' commitments and HR contacts, and collegial requests: an HR
 * lead asks the network's members for help with one of their own candidates, and the members answer (an offer may
 * become a placement); each member's notes for the quarterly review; meet-and-greet sessions of a network.
 */
export class EmployerNetworks1770150000000 implements MigrationInterface {
  name = 'EmployerNetworks1770150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE employer_network (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        minimum_commitment_months int NOT NULL DEFAULT 6 CHECK (minimum_commitment_months BETWEEN 1 AND 36),
        reminder_after_days int NOT NULL DEFAULT 5 CHECK (reminder_after_days BETWEEN 1 AND 60),
        created_by_user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX employer_network_region_idx ON employer_network (region_code)`);
    await q.query(`
      CREATE TABLE employer_network_member (
        network_id uuid NOT NULL REFERENCES employer_network(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('INVITED','ACTIVE','LEFT')),
        commitment_start date,
        commitment_end date,
        contact_name text,
        contact_phone text,
        contact_email text,
        invited_at timestamptz NOT NULL DEFAULT now(),
        joined_at timestamptz,
        PRIMARY KEY (network_id, employer_id),
        CHECK (status <> 'ACTIVE' OR (commitment_start IS NOT NULL AND commitment_end > commitment_start
          AND contact_name IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX employer_network_member_employer_idx ON employer_network_member (employer_id)`,
    );
    await q.query(`
      CREATE TABLE collegial_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES employer_network(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        created_by_user_id uuid NOT NULL,
        sought text NOT NULL
          CHECK (sought IN ('TEMPORARY_EXPERIENCE','SECONDMENT','REINTEGRATION_PLACE','PROJECT_WORK','CAREER_STEP')),
        start_from date NOT NULL,
        duration_months int NOT NULL CHECK (duration_months BETWEEN 1 AND 24),
        hours_per_week int NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
        lender_offer text NOT NULL DEFAULT '',
        note text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closing_note text
      )`);
    await q.query(`CREATE INDEX collegial_request_network_idx ON collegial_request (network_id, created_at)`);
    await q.query(`CREATE INDEX collegial_request_candidate_idx ON collegial_request (candidate_id)`);
    await q.query(`
      CREATE TABLE collegial_request_recipient (
        request_id uuid NOT NULL REFERENCES collegial_request(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        reminded_at timestamptz,
        PRIMARY KEY (request_id, employer_id)
      )`);
    await q.query(`
      CREATE TABLE collegial_request_answer (
        request_id uuid NOT NULL REFERENCES collegial_request(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        answered_by_user_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('VACANCY','SECONDMENT_PLACE','PROJECT','CONVERSATION','NOT_NOW')),
        vacancy_id uuid REFERENCES vacancy(id) ON DELETE SET NULL,
        note text NOT NULL DEFAULT '',
        answered_at timestamptz NOT NULL DEFAULT now(),
        placement_id uuid REFERENCES placement(id) ON DELETE SET NULL,
        PRIMARY KEY (request_id, employer_id)
      )`);
    // Each member's short notes for a quarter's review: successes, bottlenecks and challenges (no people's names).
    await q.query(`
      CREATE TABLE network_review_note (
        network_id uuid NOT NULL REFERENCES employer_network(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        quarter_start date NOT NULL
          CHECK (extract(day FROM quarter_start) = 1 AND extract(month FROM quarter_start) IN (1, 4, 7, 10)),
        successes text NOT NULL DEFAULT '',
        bottlenecks text NOT NULL DEFAULT '',
        challenges text NOT NULL DEFAULT '',
        written_by_user_id uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (network_id, employer_id, quarter_start)
      )`);
    // A meet-and-greet session of a network: only its members' candidates and employers take part.
    await q.query(
      `ALTER TABLE meet_and_greet_session ADD COLUMN network_id uuid REFERENCES employer_network(id) ON DELETE SET NULL`,
    );
    // The worker's reminder to write the quarter's notes: one per member and quarter.
    await q.query(`
      CREATE TABLE network_review_reminder (
        network_id uuid NOT NULL REFERENCES employer_network(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        quarter_start date NOT NULL,
        reminded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (network_id, employer_id, quarter_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE network_review_reminder`);
    await q.query(`DROP TABLE network_review_note`);
    await q.query(`ALTER TABLE meet_and_greet_session DROP COLUMN network_id`);
    await q.query(`DROP TABLE collegial_request_answer`);
    await q.query(`DROP TABLE collegial_request_recipient`);
    await q.query(`DROP TABLE collegial_request`);
    await q.query(`DROP TABLE employer_network_member`);
    await q.query(`DROP TABLE employer_network`);
  }
}
