import { sqlList } from '@werkbrug/core';
import {
  PlacementFollowUp,
  PlacementKind,
  PlacementPayer,
  PlacementPurpose,
  PlacementStatus,
} from '@werkbrug/placements/placement.enums';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placements between employers with their history, hosts' declared capacity, and notifications (shown in the
 * app and consumed by a mail sender).
 */
export class AddPlacements1768000000000 implements MigrationInterface {
  name = 'AddPlacements1768000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(4) NOT NULL REFERENCES labour_market_region (code),
        candidate_id uuid NOT NULL REFERENCES candidate_profile (id),
        lending_employer_id uuid NOT NULL REFERENCES employer (id),
        host_employer_id uuid NOT NULL REFERENCES employer (id),
        match_case_id uuid REFERENCES match_case (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN (${sqlList(PlacementKind)})),
        purpose text NOT NULL CHECK (purpose IN (${sqlList(PlacementPurpose)})),
        requested_hours_per_week smallint NOT NULL CHECK (requested_hours_per_week BETWEEN 1 AND 48),
        duration_weeks smallint NOT NULL CHECK (duration_weeks BETWEEN 1 AND 104),
        not_before date,
        start_date date,
        end_date date,
        hours_per_week smallint CHECK (hours_per_week BETWEEN 1 AND 48),
        work_days text[] NOT NULL DEFAULT '{}',
        contract_hours_per_week smallint NOT NULL CHECK (contract_hours_per_week BETWEEN 1 AND 48),
        own_work_hours_per_week smallint NOT NULL CHECK (own_work_hours_per_week >= 0),
        salary_paid_by text NOT NULL CHECK (salary_paid_by IN (${sqlList(PlacementPayer)})),
        travel_costs_reimbursed boolean NOT NULL,
        travel_costs_paid_by text NOT NULL CHECK (travel_costs_paid_by IN (${sqlList(PlacementPayer)})),
        insurance_note text,
        subsidy_note text,
        return_option boolean NOT NULL,
        lending_contact text NOT NULL,
        host_contact text NOT NULL,
        status text NOT NULL CHECK (status IN (${sqlList(PlacementStatus)})),
        lender_agreed boolean NOT NULL DEFAULT false,
        host_agreed boolean NOT NULL DEFAULT false,
        candidate_consented boolean NOT NULL DEFAULT false,
        plan_warnings jsonb NOT NULL DEFAULT '[]',
        plan_problem text,
        planned_at timestamptz,
        conflicts jsonb NOT NULL DEFAULT '[]',
        host_evaluation text,
        candidate_evaluation text,
        follow_up text CHECK (follow_up IN (${sqlList(PlacementFollowUp)})),
        version integer NOT NULL DEFAULT 1,
        created_by_user_id uuid NOT NULL REFERENCES user_account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (lending_employer_id <> host_employer_id),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CHECK ((start_date IS NULL) = (end_date IS NULL) AND (start_date IS NULL) = (hours_per_week IS NULL))
      )`);
    await q.query(`CREATE INDEX placement_candidate_idx ON placement (candidate_id)`);
    await q.query(`CREATE INDEX placement_host_idx ON placement (host_employer_id)`);
    await q.query(`CREATE INDEX placement_lender_idx ON placement (lending_employer_id)`);
    await q.query(`CREATE INDEX placement_region_idx ON placement (region_code, status)`);
    await q.query(`
      CREATE TABLE placement_event (
        id bigserial PRIMARY KEY,
        placement_id uuid NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
        event text NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        actor_user_id uuid REFERENCES user_account (id),
        actor_role text NOT NULL,
        note text,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX placement_event_placement_idx ON placement_event (placement_id, id)`);
    await q.query(`
      CREATE TABLE host_capacity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer (id),
        from_date date NOT NULL,
        to_date date,
        hours_per_week smallint NOT NULL CHECK (hours_per_week BETWEEN 0 AND 5000),
        created_by_user_id uuid NOT NULL REFERENCES user_account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (to_date IS NULL OR to_date >= from_date)
      )`);
    await q.query(`CREATE INDEX host_capacity_employer_idx ON host_capacity (employer_id, from_date)`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_employer_id uuid REFERENCES employer (id),
        recipient_candidate_id uuid REFERENCES candidate_profile (id),
        kind text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        text_en text NOT NULL,
        text_nl text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        mail_claimed_at timestamptz,
        mailed_at timestamptz,
        CHECK ((recipient_employer_id IS NULL) <> (recipient_candidate_id IS NULL))
      )`);
    await q.query(
      `CREATE INDEX notification_employer_idx ON notification (recipient_employer_id, created_at DESC)`,
    );
    await q.query(
      `CREATE INDEX notification_candidate_idx ON notification (recipient_candidate_id, created_at DESC)`,
    );
    await q.query(
      `CREATE INDEX notification_unmailed_idx ON notification (created_at) WHERE mailed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notification', 'host_capacity', 'placement_event', 'placement'])
      await q.query(`DROP TABLE ${table}`);
  }
}
