import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation schema: reference data (regions, PC4 areas, ESCO), employers, accounts, anonymised candidate
 * profiles with their separately stored identity, vacancies, and the outbox that hands work to the worker.
 * Enumerations are text + CHECK (not PostgreSQL enums) so later values are a one-line migration.
 * Value lists are written out here on purpose: a migration must not change when application enums do.
 */
export class CreateFoundation1764000000000 implements MigrationInterface {
  name = 'CreateFoundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    // List cursors carry created_at at millisecond precision (JavaScript dates); list tables store the same.

    await q.query(`
      CREATE TABLE labour_market_region (
        code varchar(4) PRIMARY KEY CHECK (code ~ '^AM[0-9]{2}$'),
        name text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL
      )`);
    await q.query(`
      CREATE TABLE municipality (
        code varchar(6) PRIMARY KEY,
        name text NOT NULL,
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        province text NOT NULL
      )`);
    // Municipality codes of PC4 areas may be retired ones (GeoNames lags behind mergers), hence no FK on it.
    await q.query(`
      CREATE TABLE postcode_area (
        pc4 char(4) PRIMARY KEY CHECK (pc4 ~ '^[1-9][0-9]{3}$'),
        places text NOT NULL,
        municipality_code varchar(6) NOT NULL,
        municipality_name text NOT NULL,
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        latitude double precision NOT NULL,
        longitude double precision NOT NULL
      )`);
    await q.query(`CREATE INDEX postcode_area_region_idx ON postcode_area(region_code)`);

    await q.query(`
      CREATE TABLE esco_skill (
        id uuid PRIMARY KEY,
        skill_type text,
        reuse_level text,
        label_en text NOT NULL,
        label_nl text,
        alt_labels_en text[] NOT NULL DEFAULT '{}',
        alt_labels_nl text[] NOT NULL DEFAULT '{}',
        occupation_count integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE esco_occupation (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        isco_group varchar(4) NOT NULL,
        label_en text NOT NULL,
        label_nl text
      )`);
    await q.query(`
      CREATE TABLE esco_occupation_skill (
        occupation_id uuid NOT NULL REFERENCES esco_occupation(id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES esco_skill(id) ON DELETE CASCADE,
        essential boolean NOT NULL,
        PRIMARY KEY (occupation_id, skill_id)
      )`);
    await q.query(`CREATE INDEX esco_occupation_skill_skill_idx ON esco_occupation_skill(skill_id)`);
    await q.query(`
      CREATE TABLE reference_data_version (
        name text PRIMARY KEY,
        sha256 char(64) NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE employer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
        sector text NOT NULL CHECK (sector IN ('CARE','CATERING','CLEANING','LOGISTICS','RETAIL',
          'PUBLIC_ADMINISTRATION','EDUCATION','MANUFACTURING','CONSTRUCTION','ICT','BUSINESS_SERVICES',
          'AGRICULTURE','TRANSPORT','FINANCE','CULTURE_AND_RECREATION','FACILITY_SERVICES')),
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX employer_region_name_uq ON employer(region_code, lower(name))`);
    await q.query(`CREATE INDEX employer_region_list_idx ON employer(region_code, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE employer_location (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        pc4 char(4) NOT NULL REFERENCES postcode_area(pc4),
        label text NOT NULL DEFAULT '',
        UNIQUE (employer_id, pc4, label)
      )`);

    await q.query(`
      CREATE TABLE candidate_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        public_code varchar(16) NOT NULL UNIQUE,
        employer_id uuid NOT NULL REFERENCES employer(id),
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        track text NOT NULL CHECK (track IN ('WORK_TO_WORK','LABOUR_DISABILITY','SICKNESS_REINTEGRATION',
          'VOLUNTARY_MOBILITY')),
        sketch_strengths text NOT NULL DEFAULT '',
        sketch_attention_points text NOT NULL DEFAULT '',
        hours_min smallint NOT NULL CHECK (hours_min BETWEEN 1 AND 48),
        hours_max smallint NOT NULL CHECK (hours_max BETWEEN 1 AND 48),
        home_pc4 char(4) NOT NULL REFERENCES postcode_area(pc4),
        max_travel_km smallint NOT NULL CHECK (max_travel_km BETWEEN 1 AND 250),
        travel_mode text NOT NULL CHECK (travel_mode IN ('WALK','BICYCLE','PUBLIC_TRANSPORT','CAR')),
        sectors_open text[] NOT NULL DEFAULT '{}',
        contract_types text[] NOT NULL DEFAULT '{}',
        available_from date,
        contract_end_date date,
        support_needs text[] NOT NULL DEFAULT '{}',
        sharing_scope text NOT NULL CHECK (sharing_scope IN ('REGION','SELECTED_EMPLOYERS')),
        consent_status text NOT NULL DEFAULT 'NOT_ASKED'
          CHECK (consent_status IN ('NOT_ASKED','GIVEN','WITHDRAWN')),
        consent_recorded_at timestamptz,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','ACTIVE','PAUSED','PLACED','WITHDRAWN')),
        version integer NOT NULL DEFAULT 1,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (hours_min <= hours_max),
        -- An active profile is shared with other employers, which needs the candidate's consent.
        CHECK (status <> 'ACTIVE' OR consent_status = 'GIVEN')
      )`);
    await q.query(
      `CREATE INDEX candidate_employer_list_idx ON candidate_profile(employer_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX candidate_region_list_idx ON candidate_profile(region_code, status, created_at DESC, id DESC)`,
    );
    await q.query(`
      CREATE TABLE candidate_strength (
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES esco_skill(id),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
        evidence_note text,
        PRIMARY KEY (candidate_id, skill_id)
      )`);
    await q.query(`
      CREATE TABLE candidate_development_skill (
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES esco_skill(id),
        PRIMARY KEY (candidate_id, skill_id)
      )`);
    await q.query(`
      CREATE TABLE candidate_shared_employer (
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        PRIMARY KEY (candidate_id, employer_id)
      )`);
    await q.query(
      `CREATE INDEX candidate_shared_employer_employer_idx ON candidate_shared_employer(employer_id)`,
    );
    await q.query(`
      CREATE TABLE candidate_identity (
        candidate_id uuid PRIMARY KEY REFERENCES candidate_profile(id) ON DELETE CASCADE,
        full_name text NOT NULL,
        email citext,
        phone text,
        date_of_birth date,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Consent to reveal a candidate's identity to one other employer (granted in the match workflow).
    await q.query(`
      CREATE TABLE identity_disclosure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
        granted_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX identity_disclosure_active_uq ON identity_disclosure(candidate_id, employer_id) WHERE revoked_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE identity_access_log (
        id bigserial PRIMARY KEY,
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        accessed_by_user_id uuid NOT NULL,
        accessor_role text NOT NULL,
        accessor_employer_id uuid,
        fields text[] NOT NULL,
        purpose text NOT NULL,
        accessed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX identity_access_log_candidate_idx ON identity_access_log(candidate_id, accessed_at DESC)`,
    );

    await q.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('HR_LEAD','MOBILITY_TEAM','JOB_SEEKER','ADMINISTRATOR')),
        employer_id uuid REFERENCES employer(id),
        region_code varchar(4) REFERENCES labour_market_region(code),
        candidate_id uuid UNIQUE REFERENCES candidate_profile(id) ON DELETE CASCADE,
        disabled_at timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (
          (role = 'HR_LEAD' AND employer_id IS NOT NULL AND region_code IS NULL AND candidate_id IS NULL) OR
          (role = 'MOBILITY_TEAM' AND region_code IS NOT NULL AND employer_id IS NULL AND candidate_id IS NULL) OR
          (role = 'JOB_SEEKER' AND candidate_id IS NOT NULL AND employer_id IS NULL AND region_code IS NULL) OR
          (role = 'ADMINISTRATOR' AND employer_id IS NULL AND region_code IS NULL AND candidate_id IS NULL)
        )
      )`);
    await q.query(`
      CREATE TABLE job_seeker_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate_profile(id) ON DELETE CASCADE,
        code_sha256 char(64) NOT NULL UNIQUE,
        created_by_user_id uuid NOT NULL REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        claimed_at timestamptz,
        revoked_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE vacancy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer(id),
        region_code varchar(4) NOT NULL REFERENCES labour_market_region(code),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
        esco_occupation_id uuid REFERENCES esco_occupation(id),
        description text NOT NULL DEFAULT '',
        location_pc4 char(4) NOT NULL REFERENCES postcode_area(pc4),
        hours_min smallint NOT NULL CHECK (hours_min BETWEEN 1 AND 48),
        hours_max smallint NOT NULL CHECK (hours_max BETWEEN 1 AND 48),
        work_days text[] NOT NULL DEFAULT '{}',
        shifts text[] NOT NULL DEFAULT '{}',
        contract_type text NOT NULL CHECK (contract_type IN ('PERMANENT','FIXED_TERM','TEMPORARY_AGENCY',
          'SECONDMENT','TRAINEESHIP','SHELTERED')),
        contract_duration_months smallint CHECK (contract_duration_months BETWEEN 1 AND 120),
        kind text NOT NULL CHECK (kind IN ('JOB','SECONDMENT','TRIAL_PLACEMENT','WORK_EXPERIENCE','PROJECT_HIRE')),
        start_date date,
        positions smallint NOT NULL DEFAULT 1 CHECK (positions BETWEEN 1 AND 500),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','FILLED','CLOSED')),
        version integer NOT NULL DEFAULT 1,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (hours_min <= hours_max)
      )`);
    await q.query(`CREATE INDEX vacancy_employer_list_idx ON vacancy(employer_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX vacancy_region_list_idx ON vacancy(region_code, status, created_at DESC, id DESC)`,
    );
    await q.query(`
      CREATE TABLE vacancy_skill (
        vacancy_id uuid NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES esco_skill(id),
        requirement text NOT NULL CHECK (requirement IN ('REQUIRED','NICE_TO_HAVE','TRAINED_ON_THE_JOB')),
        PRIMARY KEY (vacancy_id, skill_id)
      )`);

    // Transactional outbox: rows are written in the same transaction as the change they announce.
    await q.query(`
      CREATE TABLE outbox_event (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_event_pending_idx ON outbox_event(id) WHERE dispatched_at IS NULL`);
    await q.query(`
      CREATE TABLE region_statistics (
        region_code varchar(4) PRIMARY KEY REFERENCES labour_market_region(code),
        employers integer NOT NULL,
        active_candidates integer NOT NULL,
        candidates_by_track jsonb NOT NULL,
        open_vacancies integer NOT NULL,
        open_positions integer NOT NULL,
        contracts_ending_within_six_months integer NOT NULL,
        computed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'region_statistics',
      'outbox_event',
      'vacancy_skill',
      'vacancy',
      'job_seeker_invitation',
      'user_account',
      'identity_access_log',
      'identity_disclosure',
      'candidate_identity',
      'candidate_shared_employer',
      'candidate_development_skill',
      'candidate_strength',
      'candidate_profile',
      'employer_location',
      'employer',
      'reference_data_version',
      'esco_occupation_skill',
      'esco_occupation',
      'esco_skill',
      'postcode_area',
      'municipality',
      'labour_market_region',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
