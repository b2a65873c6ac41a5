import { sqlList } from '@werkbrug/core';
import {
  MeetingOutcome,
  ParticipationStatus,
  PlanStatus,
  SessionStatus,
  WishKind,
  WishSide,
} from '@werkbrug/sessions/session.enums';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meet-and-greet sessions: the set-up, the invited participants with their answers and blocked slots, the
 * wishes of both sides, the planned meetings with their outcomes, and the reasons wishes were not met.
 */
export class AddMeetAndGreetSessions1767000000000 implements MigrationInterface {
  name = 'AddMeetAndGreetSessions1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meet_and_greet_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(4) NOT NULL REFERENCES labour_market_region (code),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        venue text NOT NULL CHECK (length(venue) BETWEEN 1 AND 300),
        session_date date NOT NULL,
        time_zone text NOT NULL,
        first_slot_start text NOT NULL CHECK (first_slot_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        slot_minutes smallint NOT NULL CHECK (slot_minutes BETWEEN 5 AND 120),
        slot_count smallint NOT NULL CHECK (slot_count BETWEEN 1 AND 48),
        breaks jsonb NOT NULL DEFAULT '[]',
        table_count smallint NOT NULL CHECK (table_count BETWEEN 1 AND 500),
        max_meetings_per_candidate smallint NOT NULL CHECK (max_meetings_per_candidate >= 1),
        max_meetings_per_representative smallint NOT NULL CHECK (max_meetings_per_representative >= 1),
        min_meetings_per_candidate smallint NOT NULL CHECK (min_meetings_per_candidate >= 0),
        registration_deadline timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN (${sqlList(SessionStatus)})),
        plan_status text NOT NULL CHECK (plan_status IN (${sqlList(PlanStatus)})),
        input_version integer NOT NULL DEFAULT 1,
        planned_input_version integer NOT NULL DEFAULT 0,
        plan_version integer NOT NULL DEFAULT 0,
        plan_figures jsonb,
        plan_error text,
        planned_at timestamptz,
        published_at timestamptz,
        created_by_user_id uuid NOT NULL REFERENCES user_account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (min_meetings_per_candidate <= max_meetings_per_candidate)
      )`);
    await q.query(
      `CREATE INDEX meet_and_greet_session_region_idx ON meet_and_greet_session (region_code, session_date)`,
    );
    for (const [table, column, references, extra] of [
      ['session_candidate', 'candidate_id', 'candidate_profile', ''],
      [
        'session_employer',
        'employer_id',
        'employer',
        'representatives smallint NOT NULL CHECK (representatives BETWEEN 1 AND 20),',
      ],
    ]) {
      await q.query(`
        CREATE TABLE ${table} (
          session_id uuid NOT NULL REFERENCES meet_and_greet_session (id) ON DELETE CASCADE,
          ${column} uuid NOT NULL REFERENCES ${references} (id),
          status text NOT NULL CHECK (status IN (${sqlList(ParticipationStatus)})),
          blocked_slots smallint[] NOT NULL DEFAULT '{}',
          late boolean NOT NULL DEFAULT false,
          calendar_token text NOT NULL UNIQUE,
          agenda_version integer NOT NULL DEFAULT 0,
          seen_agenda_version integer NOT NULL DEFAULT 0,
          ${extra}
          invited_at timestamptz NOT NULL DEFAULT now(),
          responded_at timestamptz,
          PRIMARY KEY (session_id, ${column})
        )`);
      await q.query(`CREATE INDEX ${table}_participant_idx ON ${table} (${column})`);
    }
    await q.query(`
      CREATE TABLE session_wish (
        session_id uuid NOT NULL REFERENCES meet_and_greet_session (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        side text NOT NULL CHECK (side IN (${sqlList(WishSide)})),
        kind text NOT NULL CHECK (kind IN (${sqlList(WishKind)})),
        set_by_user_id uuid NOT NULL REFERENCES user_account (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, candidate_id, employer_id, side),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate (session_id, candidate_id) ON DELETE CASCADE,
        FOREIGN KEY (session_id, employer_id) REFERENCES session_employer (session_id, employer_id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE session_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES meet_and_greet_session (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        vacancy_id uuid REFERENCES vacancy (id) ON DELETE SET NULL,
        slot smallint NOT NULL CHECK (slot >= 0),
        representative smallint NOT NULL CHECK (representative >= 0),
        table_no smallint NOT NULL CHECK (table_no >= 0),
        match_score real,
        locked boolean NOT NULL DEFAULT false,
        outcome text CHECK (outcome IN (${sqlList(MeetingOutcome)})),
        outcome_note text,
        outcome_by_user_id uuid REFERENCES user_account (id),
        outcome_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate (session_id, candidate_id),
        FOREIGN KEY (session_id, employer_id) REFERENCES session_employer (session_id, employer_id),
        UNIQUE (session_id, candidate_id, employer_id),
        -- Checked at commit: a re-plan moves meetings one row at a time through states that briefly overlap.
        UNIQUE (session_id, candidate_id, slot) DEFERRABLE INITIALLY DEFERRED,
        UNIQUE (session_id, slot, table_no) DEFERRABLE INITIALLY DEFERRED,
        UNIQUE (session_id, employer_id, slot, representative) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`CREATE INDEX session_meeting_employer_idx ON session_meeting (session_id, employer_id)`);
    await q.query(`
      CREATE TABLE session_unmet_wish (
        session_id uuid NOT NULL REFERENCES meet_and_greet_session (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        side text NOT NULL CHECK (side IN (${sqlList(WishSide)})),
        kind text NOT NULL CHECK (kind IN (${sqlList(WishKind)})),
        reason text NOT NULL,
        PRIMARY KEY (session_id, candidate_id, employer_id, side)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'session_unmet_wish',
      'session_meeting',
      'session_wish',
      'session_employer',
      'session_candidate',
      'meet_and_greet_session',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
