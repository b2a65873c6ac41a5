import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guidance trajectories: one open trajectory per candidate (closed ones stay as history), its spoor-2
 * preconditions, the feasibility screening per life domain and the contact log. Everything hangs from the
 * candidate's profile, so erasing the person erases their trajectories.
 */
export class AddTrajectories1769940000000 implements MigrationInterface {
  name = 'AddTrajectories1769940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trajectory (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        client_employer_id uuid NOT NULL REFERENCES employer(id),
        kind text NOT NULL CHECK (kind IN ('WORK_TO_WORK', 'SICKNESS_REINTEGRATION')),
        status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
        counsellor_user_id uuid NOT NULL REFERENCES user_account(id),
        started_on date NOT NULL,
        first_sickness_day date,
        planned_dismissal_on date,
        functional_capacity_note text,
        functional_conclusion text,
        conclusion_sectors text,
        conclusion_mobility text,
        conclusion_training text,
        conclusion_obstacles text,
        conclusion_period text,
        advice text CHECK (advice IN ('START_TRAJECTORY', 'NOT_FEASIBLE')),
        advice_reason text,
        screened_on date,
        closed_on date,
        outcome text CHECK (outcome IN ('EXTERNAL_JOB', 'CANDIDATE_RESIGNED', 'SELF_EMPLOYED',
          'SETTLEMENT_AGREEMENT', 'INSUFFICIENT_COOPERATION', 'RETURNED_TO_OWN_EMPLOYER', 'NOT_FEASIBLE',
          'STOPPED_BY_CANDIDATE', 'OTHER')),
        closing_note text,
        created_by_user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (kind <> 'SICKNESS_REINTEGRATION' OR first_sickness_day IS NOT NULL),
        CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL AND outcome IS NOT NULL)),
        CHECK (advice IS NULL OR screened_on IS NOT NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX trajectory_one_open ON trajectory (candidate_id) WHERE status = 'OPEN'`,
    );
    await q.query(`CREATE INDEX trajectory_candidate ON trajectory (candidate_id, started_on DESC)`);
    await q.query(`CREATE INDEX trajectory_region ON trajectory (region_code, status, started_on DESC)`);
    await q.query(`CREATE INDEX trajectory_counsellor ON trajectory (counsellor_user_id, status)`);
    await q.query(`CREATE INDEX trajectory_client ON trajectory (client_employer_id, status)`);
    await q.query(`
      CREATE TABLE trajectory_precondition (
        trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('INTERNAL_REPLACEMENT_RULED_OUT', 'INFORMED_OF_DISMISSAL_REQUEST',
          'WILL_RESIGN_ON_NEW_JOB')),
        confirmed_on date NOT NULL,
        confirmed_by_user_id uuid NOT NULL,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (trajectory_id, kind)
      )`);
    await q.query(`
      CREATE TABLE trajectory_assessment_item (
        trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
        domain text NOT NULL CHECK (domain IN ('GENERAL_IMPRESSION', 'MOTIVATION', 'HOUSING_AND_SURROUNDINGS',
          'DAILY_ROUTINE', 'FINANCES', 'EDUCATION', 'WORK', 'NETWORK', 'SOCIAL_SKILLS', 'PERSONAL_QUALITIES',
          'HEALTH', 'WISHES_FOR_WORK', 'COACHING')),
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        note text,
        updated_by_user_id uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (trajectory_id, domain)
      )`);
    await q.query(`
      CREATE TABLE trajectory_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
        occurred_on date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TALK', 'PHONE', 'HOME_VISIT', 'VIDEO', 'EMAIL', 'NO_SHOW')),
        duration_minutes smallint CHECK (duration_minutes BETWEEN 1 AND 600),
        summary text NOT NULL,
        consequence text,
        recorded_by_user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX trajectory_contact_trajectory ON trajectory_contact (trajectory_id, occurred_on DESC, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trajectory_contact`);
    await q.query(`DROP TABLE trajectory_assessment_item`);
    await q.query(`DROP TABLE trajectory_precondition`);
    await q.query(`DROP TABLE trajectory`);
  }
}
