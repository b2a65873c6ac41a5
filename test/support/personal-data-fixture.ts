import { randomUUID } from 'node:crypto';
import { Actor, Fixtures, PASSWORD } from './fixtures';
import {
  candidateInputIn,
  createCandidate,
  createVacancy,
  EmployerWithHrLead,
  expectData,
  vacancyInputIn,
} from './helpers-auth';
import { inviteJobSeeker } from './helpers-mail';
import type { TestApp } from './test-app';

export interface SeededPerson {
  id: string;
  userId: string;
  fullName: string;
  email: string;
  token: string;
  /** Everything that identifies them: ids (also as hex, as in binary columns), public code, name, e-mail, phone. */
  values: string[];
}

/** A person with an account, whose identity is unique to them (so a scan of the database finds only them). */
export async function seededPerson(t: TestApp, f: Fixtures, own: EmployerWithHrLead): Promise<SeededPerson> {
  const query = (sql: string, params: unknown[] = []) => f.query(sql, params);
  const tag = randomUUID().slice(0, 8);
  const identity = {
    fullName: `Erika Wisselhoff-${tag}`,
    email: `erika.${tag}@voorbeeld.nl`,
    phone: `06${String(parseInt(tag.slice(0, 6), 16))
      .padStart(8, '1')
      .slice(0, 8)}`,
    dateOfBirth: '1971-03-09',
  };
  const id = await createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4, { identity }));
  const invited = await inviteJobSeeker(t, own.hr.token, id, identity.email);
  const claimed = expectData(
    await t.gql(
      `mutation($input: ClaimJobSeekerAccountInput!) { claimJobSeekerAccount(input: $input) { accessToken user { id } } }`,
      { input: { ...invited, password: PASSWORD, displayName: `Erika ${tag}` } },
    ),
  ).claimJobSeekerAccount;
  const [{ public_code }] = await query(`SELECT public_code FROM candidate_profile WHERE id = $1`, [id]);
  const userId = claimed.user.id as string;
  return {
    id,
    userId,
    fullName: identity.fullName,
    email: identity.email,
    token: claimed.accessToken,
    values: [
      id,
      id.replace(/-/g, ''),
      public_code,
      identity.fullName,
      identity.email,
      identity.phone,
      userId,
      userId.replace(/-/g, ''),
    ],
  };
}

/**
 * Puts the person into every table that refers to a candidate (through the API where it has a way in, by SQL
 * for the rest): the erasure spec then checks that nothing remains, the export spec that everything is there.
 */
export async function putEverywhere(
  t: TestApp,
  f: Fixtures,
  { own, other, team }: { own: EmployerWithHrLead; other: EmployerWithHrLead; team: Actor },
  { id, userId }: SeededPerson,
): Promise<void> {
  const query = (sql: string, params: unknown[] = []) => f.query(sql, params);
  const REGION = own.employer.regionCode;
  const vacancyId = await createVacancy(t, other.hr.token, await vacancyInputIn(f, other.pc4));
  expectData(
    await t.gql(
      `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "gesprek voorbereiden") { fullName } }`,
      { id },
      own.hr.token,
    ),
  );
  await query(`INSERT INTO candidate_shared_employer (candidate_id, employer_id) VALUES ($1, $2)`, [
    id,
    other.employer.id,
  ]);
  const [disclosure] = await query(
    `INSERT INTO identity_disclosure (candidate_id, employer_id) VALUES ($1, $2) RETURNING id`,
    [id, other.employer.id],
  );
  const [matchCase] = await query(
    `INSERT INTO match_case (candidate_id, vacancy_id, employer_id, region_code, state, candidate_reason, disclosure_id)
     VALUES ($1, $2, $3, $4, 'INTRODUCED', 'Lijkt me leuk werk', $5) RETURNING id`,
    [id, vacancyId, other.employer.id, REGION, disclosure.id],
  );
  await query(
    `INSERT INTO match_case_event (match_case_id, event, from_state, to_state, actor_user_id, actor_role)
     VALUES ($1, 'CONSENT', 'CONSENT_REQUESTED', 'INTRODUCED', $2, 'JOB_SEEKER')`,
    [matchCase.id, userId],
  );
  await query(
    `INSERT INTO consent_statement (candidate_id, kind, match_case_id, employer_id, disclosure_id, text_nl, text_en,
       text_version, method, given_on, given_to_name, recorded_by_user_id)
     VALUES ($1, 'INTRODUCTION', $2, $3, $4, 'tekst', 'text', 'v1', 'PHONE', current_date, 'HR', $5)`,
    [id, matchCase.id, other.employer.id, disclosure.id, own.hr.userId],
  );
  await query(
    `INSERT INTO match_rating (candidate_id, vacancy_id, rated_by_user_id, useful) VALUES ($1, $2, $3, true)`,
    [id, vacancyId, other.hr.userId],
  );
  const another = randomUUID();
  await query(
    `INSERT INTO match_list (side, owner_id, region_code, other_ids, scores, floor_score, model_version, scored_on)
     VALUES ('VACANCY', $1, $2, ARRAY[$3, $4]::uuid[], ARRAY[0.9, 0.8]::real[], 0.5, 'test', current_date),
            ('CANDIDATE', $3, $2, ARRAY[$1]::uuid[], ARRAY[0.9]::real[], 0.5, 'test', current_date)
     ON CONFLICT (side, owner_id) DO UPDATE SET other_ids = excluded.other_ids, scores = excluded.scores`,
    [vacancyId, REGION, id, another],
  );
  const [session] = await query(
    `INSERT INTO meet_and_greet_session (region_code, title, venue, session_date, time_zone, first_slot_start,
       slot_minutes, slot_count, table_count, max_meetings_per_candidate, max_meetings_per_representative,
       min_meetings_per_candidate, registration_deadline, status, plan_status, created_by_user_id)
     VALUES ($1, 'Matchtafel', 'Stadhuis', current_date + 30, 'Europe/Amsterdam', '13:00', 15, 8, 4, 3, 6, 1,
       now() + interval '20 days', 'OPEN', 'NOT_PLANNED', $2) RETURNING id`,
    [REGION, team.userId],
  );
  await query(
    `INSERT INTO session_employer (session_id, employer_id, status, calendar_token, representatives)
     VALUES ($1, $2, 'ACCEPTED', $3, 1)`,
    [session.id, other.employer.id, randomUUID()],
  );
  await query(
    `INSERT INTO session_candidate (session_id, candidate_id, status, calendar_token) VALUES ($1, $2, 'ACCEPTED', $3)`,
    [session.id, id, randomUUID()],
  );
  await query(
    `INSERT INTO session_wish (session_id, candidate_id, employer_id, side, kind, set_by_user_id)
     VALUES ($1, $2, $3, 'CANDIDATE', 'MUST_MEET', $4)`,
    [session.id, id, other.employer.id, userId],
  );
  await query(
    `INSERT INTO session_unmet_wish (session_id, candidate_id, employer_id, side, kind, reason)
     VALUES ($1, $2, $3, 'CANDIDATE', 'WOULD_LIKE', 'vol')`,
    [session.id, id, other.employer.id],
  );
  await query(
    `INSERT INTO session_meeting (session_id, candidate_id, employer_id, vacancy_id, slot, representative, table_no,
       outcome, outcome_note, outcome_by_user_id)
     VALUES ($1, $2, $3, $4, 0, 0, 1, 'FOLLOW_UP_TALK', 'Goed gesprek', $5)`,
    [session.id, id, other.employer.id, vacancyId, userId],
  );
  const [placement] = await query(
    `INSERT INTO placement (region_code, candidate_id, lending_employer_id, host_employer_id, match_case_id, kind,
       purpose, requested_hours_per_week, duration_weeks, contract_hours_per_week, own_work_hours_per_week,
       salary_paid_by, travel_costs_reimbursed, travel_costs_paid_by, return_option, lending_contact, host_contact,
       status, created_by_user_id, start_date, end_date, hours_per_week, candidate_evaluation)
     VALUES ($1, $2, $3, $4, $5, 'SECONDMENT', 'GAIN_EXPERIENCE', 16, 12, 32, 16, 'LENDING_EMPLOYER', true,
       'HOST_EMPLOYER', true, 'HR', 'HR', 'ENDED', $6, current_date - 100, current_date - 16, 16,
       'Erika deed het prima') RETURNING id`,
    [REGION, id, own.employer.id, other.employer.id, matchCase.id, own.hr.userId],
  );
  await query(
    `INSERT INTO placement_event (placement_id, event, from_status, to_status, actor_user_id, actor_role, note)
     VALUES ($1, 'CONSENT', 'PROPOSED', 'PROPOSED', $2, 'JOB_SEEKER', 'akkoord')`,
    [placement.id, userId],
  );
  const [trajectory] = await query(
    `INSERT INTO trajectory (candidate_id, region_code, client_employer_id, kind, status, counsellor_user_id,
       started_on, first_sickness_day, functional_capacity_note, created_by_user_id)
     VALUES ($1, $2, $3, 'SICKNESS_REINTEGRATION', 'OPEN', $4, current_date - 30, current_date - 400,
       'Beperkt belastbaar', $4) RETURNING id`,
    [id, REGION, own.employer.id, team.userId],
  );
  await query(
    `INSERT INTO trajectory_fact (trajectory_id, region_code, candidate_id, client_employer_id, sector, track, kind,
       started_on)
     VALUES ($1, $2, $3, $4, 'CARE', 'SICKNESS_REINTEGRATION', 'SICKNESS_REINTEGRATION', current_date - 30)`,
    [trajectory.id, REGION, id, own.employer.id],
  );
  await query(
    `INSERT INTO trajectory_assessment_item (trajectory_id, domain, score, note, updated_by_user_id)
     VALUES ($1, 'HEALTH', 2, 'Rugklachten', $2)`,
    [trajectory.id, team.userId],
  );
  await query(
    `INSERT INTO trajectory_contact (trajectory_id, occurred_on, kind, summary, recorded_by_user_id)
     VALUES ($1, current_date - 7, 'TALK', 'Intakegesprek', $2)`,
    [trajectory.id, team.userId],
  );
  await query(
    `WITH plan AS (UPDATE trajectory SET plan_goals = 'Werk in de zorg', plan_modules = '{TRAINING}' WHERE id = $1)
     INSERT INTO trajectory_search_direction (trajectory_id, occupation_id, position)
     SELECT $1, id, 0 FROM esco_occupation ORDER BY code LIMIT 1`,
    [trajectory.id],
  );
  await query(
    `INSERT INTO trajectory_action (trajectory_id, description, owner, due_on, created_by_user_id)
     VALUES ($1, 'Cv bijwerken', 'CANDIDATE', current_date + 7, $2)`,
    [trajectory.id, team.userId],
  );
  await query(
    `INSERT INTO trajectory_progress_note (trajectory_id, month, note)
     VALUES ($1, date_trunc('month', current_date)::date, 'Twee sollicitaties verstuurd')`,
    [trajectory.id],
  );
  const [hire] = await query(
    `INSERT INTO hire (candidate_id, region_code, from_employer_id, employer_id, external, contract_type, started_on,
       source, recorded_by_user_id, candidate_track, candidate_registered_at, from_sector)
     VALUES ($1, $2, $3, $4, true, 'FIXED_TERM', current_date - 10, 'MATCH', $5, 'WORK_TO_WORK', now(), 'CARE')
     RETURNING id`,
    [id, REGION, own.employer.id, other.employer.id, own.hr.userId],
  );
  await query(
    `INSERT INTO follow_up (hire_id, months, due_on, counsellor_user_id) VALUES ($1, 3, current_date + 80, $2)`,
    [hire.id, team.userId],
  );
  const [code] = await query(`SELECT public_code FROM candidate_profile WHERE id = $1`, [id]);
  await query(
    `INSERT INTO notification (recipient_candidate_id, recipient_employer_id, kind, subject_type, subject_id,
       text_en, text_nl)
     VALUES ($1, NULL, 'TEST', 'MatchCase', $2, 'Hello', 'Hallo'),
            (NULL, $3, 'TEST', 'Session', $4, $5, $5)`,
    [id, matchCase.id, other.employer.id, session.id, `Candidate ${code.public_code} will attend`],
  );
  const [run] = await query(
    `INSERT INTO rematch_run (region_code, status, reason) VALUES ($1, 'COMPLETED', 'test') RETURNING id`,
    [REGION],
  );
  await query(
    `INSERT INTO rematch_chunk (run_id, chunk_no, first_candidate_id, last_candidate_id, result, done_at)
     VALUES ($1, 0, $2::text::uuid, $2::text::uuid, decode(replace($2::text, '-', ''), 'hex'), now())`,
    [run.id, id],
  );
  await query(
    `INSERT INTO outbox_event (topic, payload, dispatched_at) VALUES ('rescore-candidate', $1, now())`,
    [JSON.stringify({ regionCode: REGION, candidateId: id })],
  );
  await query(
    `INSERT INTO account_event (user_id, kind, actor_user_id, actor_role) VALUES ($1, 'CREATED', $1, 'JOB_SEEKER')`,
    [userId],
  );
  // Their employer's mobility plan: the path they chose, and a question they asked by name.
  const pathId = randomUUID();
  const [plan] = await query(
    `INSERT INTO mobility_plan (employer_id, region_code, created_by_user_id) VALUES ($1, $2, $3) RETURNING id`,
    [own.employer.id, REGION, own.hr.userId],
  );
  const [published] = await query(
    `INSERT INTO mobility_plan_version (plan_id, number, status, title_nl, title_en, employment_end_date,
       choice_deadline, help_hour_value_eur, paths, guide, updated_by_user_id, published_at, published_by_user_id)
     VALUES ($1, 1, 'PUBLISHED', 'Plan', 'Plan', current_date + 180, current_date + 60, 100, $2, '[]', $3, now(), $3)
     RETURNING id`,
    [plan.id, JSON.stringify([{ id: pathId, kind: 'GUIDANCE', elements: [] }]), own.hr.userId],
  );
  const publishedPaths = [{ id: pathId }];
  await query(
    `INSERT INTO mobility_plan_choice (plan_id, version_id, candidate_id, path_id) VALUES ($1, $2, $3, $4)`,
    [plan.id, published.id, id, publishedPaths[0].id],
  );
  // A collegial request their HR lead put to a network for them.
  const [network] = await query(
    `INSERT INTO employer_network (region_code, name, created_by_user_id) VALUES ($1, 'Zorgnetwerk', $2) RETURNING id`,
    [REGION, own.hr.userId],
  );
  await query(
    `INSERT INTO collegial_request (network_id, employer_id, candidate_id, created_by_user_id, sought, start_from,
       duration_months, hours_per_week) VALUES ($1, $2, $3, $4, 'SECONDMENT', current_date + 30, 6, 24)`,
    [network.id, own.employer.id, id, own.hr.userId],
  );
  await query(
    `INSERT INTO mobility_figures (candidate_id, gross_monthly_salary_eur, years_of_service, employment_history_years)
     VALUES ($1, 3100, 9, 21)`,
    [id],
  );
  await query(
    `INSERT INTO mobility_plan_question (plan_id, asked_by_candidate_id, anonymous, question)
     VALUES ($1, $2, false, 'Geldt het opleidingsbudget ook na de einddatum?')`,
    [plan.id, id],
  );
}
