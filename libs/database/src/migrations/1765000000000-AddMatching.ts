import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching: the persisted top-K lists (both sides), the per-region scoring snapshot they were computed with, the
 * runs of full regional rematches with their chunks, and the match workflow with its history and ratings.
 */
export class AddMatching1765000000000 implements MigrationInterface {
  name = 'AddMatching1765000000000';

  async up(q: QueryRunner): Promise<void> {
    // Regional policy; a region without a row uses the defaults.
    await q.query(`
      CREATE TABLE region_matching_policy (
        region_code varchar(4) PRIMARY KEY REFERENCES labour_market_region(code),
        allow_own_employer boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // What the scores of a region were computed with: skill specificity is fixed between full rematches, so an
    // incremental update scores on the same scale as the lists it merges into.
    await q.query(`
      CREATE TABLE region_matching_snapshot (
        region_code varchar(4) PRIMARY KEY REFERENCES labour_market_region(code),
        run_id uuid NOT NULL,
        model_version text NOT NULL,
        skill_space_version text NOT NULL,
        scored_on date NOT NULL,
        documents integer NOT NULL CHECK (documents >= 0),
        skill_frequencies jsonb NOT NULL,
        allow_own_employer boolean NOT NULL,
        k smallint NOT NULL CHECK (k BETWEEN 1 AND 500),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // One row per candidate and per vacancy: the best K of the other side, best first. Arrays rather than a row
    // per pair, so a full rematch writes 20,000 rows instead of a million and an update rewrites one list.
    await q.query(`
      CREATE TABLE match_list (
        side text NOT NULL CHECK (side IN ('CANDIDATE','VACANCY')),
        owner_id uuid NOT NULL,
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        other_ids uuid[] NOT NULL,
        scores real[] NOT NULL,
        floor_score real NOT NULL,
        model_version text NOT NULL,
        scored_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (side, owner_id),
        CHECK (cardinality(other_ids) = cardinality(scores))
      )`);
    await q.query(`CREATE INDEX match_list_region_idx ON match_list (region_code, side)`);
    await q.query(`CREATE INDEX match_list_other_idx ON match_list USING gin (other_ids)`);
    // Incremental catch-up reads what changed in a region since a moment.
    await q.query(
      `CREATE INDEX candidate_profile_region_updated_idx ON candidate_profile (region_code, updated_at)`,
    );
    await q.query(`CREATE INDEX vacancy_region_updated_idx ON vacancy (region_code, updated_at)`);

    await q.query(`
      CREATE TABLE rematch_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        status text NOT NULL CHECK (status IN ('QUEUED','SCORING','FINISHING','COMPLETED','FAILED')),
        reason text NOT NULL,
        requested_by_user_id uuid,
        -- Filled in when the worker plans the run (the scoring snapshot every chunk of it uses).
        model_version text,
        skill_space_version text,
        scored_on date,
        documents integer,
        skill_frequencies jsonb,
        allow_own_employer boolean,
        k smallint,
        candidates integer NOT NULL DEFAULT 0,
        vacancies integer NOT NULL DEFAULT 0,
        incomplete_candidates integer NOT NULL DEFAULT 0,
        incomplete_vacancies integer NOT NULL DEFAULT 0,
        chunks_total integer NOT NULL DEFAULT 0,
        pairs_scored bigint NOT NULL DEFAULT 0,
        pairs_eligible bigint NOT NULL DEFAULT 0,
        -- Pairs each hard rule ruled out (the first rule broken), for diagnostics.
        rejections jsonb,
        error text,
        requested_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    // At most one run in flight per region: a second request joins the running one.
    await q.query(
      `CREATE UNIQUE INDEX rematch_run_active_uq ON rematch_run (region_code) WHERE status IN ('QUEUED','SCORING','FINISHING')`,
    );
    await q.query(`CREATE INDEX rematch_run_region_idx ON rematch_run (region_code, requested_at DESC)`);
    await q.query(`
      CREATE TABLE rematch_chunk (
        run_id uuid NOT NULL REFERENCES rematch_run(id) ON DELETE CASCADE,
        chunk_no integer NOT NULL,
        first_candidate_id uuid NOT NULL,
        last_candidate_id uuid NOT NULL,
        pairs_scored bigint,
        pairs_eligible bigint,
        rejections jsonb,
        result bytea,
        done_at timestamptz,
        PRIMARY KEY (run_id, chunk_no)
      )`);

    await q.query(`
      CREATE TABLE match_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        vacancy_id uuid NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id),
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        state text NOT NULL CHECK (state IN ('SUGGESTED','INTEREST_SHOWN','DECLINED','CONSENT_REQUESTED',
          'CONSENT_DECLINED','INTRODUCED','CLOSED')),
        candidate_interest text CHECK (candidate_interest IN ('INTERESTED','NOT_INTERESTED')),
        candidate_reason text,
        employer_interest text CHECK (employer_interest IN ('INTERESTED','NOT_INTERESTED')),
        employer_reason text,
        consent text CHECK (consent IN ('GIVEN','DECLINED','WITHDRAWN')),
        disclosure_id uuid REFERENCES identity_disclosure(id),
        outcome text CHECK (outcome IN ('HIRED','TRIAL_PLACEMENT','SECONDMENT','WORK_EXPERIENCE','NONE')),
        outcome_note text,
        score real,
        model_version text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (candidate_id, vacancy_id)
      )`);
    await q.query(`CREATE INDEX match_case_vacancy_idx ON match_case (vacancy_id)`);
    await q.query(`CREATE INDEX match_case_region_idx ON match_case (region_code, state)`);
    await q.query(`
      CREATE TABLE match_case_event (
        id bigserial PRIMARY KEY,
        match_case_id uuid NOT NULL REFERENCES match_case(id) ON DELETE CASCADE,
        event text NOT NULL,
        from_state text NOT NULL,
        to_state text NOT NULL,
        actor_user_id uuid NOT NULL,
        actor_role text NOT NULL,
        reason text,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX match_case_event_case_idx ON match_case_event (match_case_id, id)`);

    // Kept for tuning the model: what the job seeker thought of a suggestion, with the score and model it had.
    await q.query(`
      CREATE TABLE match_rating (
        id bigserial PRIMARY KEY,
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        vacancy_id uuid NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
        rated_by_user_id uuid NOT NULL,
        useful boolean NOT NULL,
        reason text,
        score real,
        model_version text,
        rated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (candidate_id, vacancy_id, rated_by_user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'match_rating',
      'match_case_event',
      'match_case',
      'rematch_chunk',
      'rematch_run',
      'match_list',
      'region_matching_snapshot',
      'region_matching_policy',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP INDEX vacancy_region_updated_idx`);
    await q.query(`DROP INDEX candidate_profile_region_updated_idx`);
  }
}
