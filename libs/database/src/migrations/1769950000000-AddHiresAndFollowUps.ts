import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hires and their follow-ups: a hire takes a candidate out of the active pool, and whether they still work three
 * and six months after the start is asked, never assumed (an unanswered follow-up stays unanswered). A closed
 * trajectory names the hire it ended with.
 */
export class AddHiresAndFollowUps1769950000000 implements MigrationInterface {
  name = 'AddHiresAndFollowUps1769950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE hire (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        from_employer_id uuid NOT NULL REFERENCES employer(id),
        employer_id uuid REFERENCES employer(id),
        employer_name text,
        self_employed boolean NOT NULL DEFAULT false,
        external boolean NOT NULL,
        contract_type text CHECK (contract_type IN ('PERMANENT', 'FIXED_TERM', 'TEMPORARY_AGENCY', 'SECONDMENT',
          'TRAINEESHIP', 'SHELTERED')),
        started_on date NOT NULL,
        duration_months smallint CHECK (duration_months BETWEEN 1 AND 120),
        hours_per_week smallint CHECK (hours_per_week BETWEEN 1 AND 48),
        source text NOT NULL CHECK (source IN ('MATCH', 'PLACEMENT', 'OUTSIDE')),
        recorded_by_user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (self_employed OR employer_id IS NOT NULL OR employer_name IS NOT NULL),
        CHECK (self_employed OR contract_type IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX hire_candidate ON hire (candidate_id, started_on DESC)`);
    await q.query(`CREATE INDEX hire_region ON hire (region_code, started_on)`);
    await q.query(`
      CREATE TABLE follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        hire_id uuid NOT NULL REFERENCES hire(id) ON DELETE CASCADE,
        months smallint NOT NULL CHECK (months IN (3, 6)),
        due_on date NOT NULL,
        counsellor_user_id uuid REFERENCES user_account(id),
        answered_on date,
        still_employed boolean,
        same_employer boolean,
        note text,
        answered_by_user_id uuid,
        reminded_at timestamptz,
        reminder_count smallint NOT NULL DEFAULT 0,
        UNIQUE (hire_id, months),
        CHECK ((answered_on IS NULL) = (still_employed IS NULL))
      )`);
    await q.query(`CREATE INDEX follow_up_due ON follow_up (due_on) WHERE answered_on IS NULL`);
    await q.query(`ALTER TABLE trajectory ADD COLUMN hire_id uuid REFERENCES hire(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE trajectory DROP COLUMN hire_id`);
    await q.query(`DROP TABLE follow_up`);
    await q.query(`DROP TABLE hire`);
  }
}
