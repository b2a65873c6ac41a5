import { randomUUID } from 'node:crypto';
import type { EmployerFixture } from './fixtures';
import { OTHER_REGION, type ScopeWorld } from './scope-world';

/**
 * Sessions, placements and match cases for the scope specs, in SQL with only the columns the scope rules read
 * (region, parties, status): the rest gets plain valid values. Services would also plan, notify and audit, which
 * the scope specs neither need nor want to wait for.
 */

export async function insertSession(
  w: ScopeWorld,
  regionCode: string,
  participants: { employers?: EmployerFixture[]; candidateIds?: string[] } = {},
): Promise<string> {
  const createdBy = regionCode === OTHER_REGION ? w.viewers.teamFar : w.viewers.team;
  const [{ id }] = await w.f.query<{ id: string }>(
    `INSERT INTO meet_and_greet_session (region_code, title, venue, session_date, time_zone, first_slot_start,
       slot_minutes, slot_count, table_count, max_meetings_per_candidate, max_meetings_per_representative,
       min_meetings_per_candidate, registration_deadline, status, plan_status, created_by_user_id, breaks)
     VALUES ($1, 'Ontmoeting', 'Stadhuis', '2027-02-01', 'Europe/Amsterdam', '09:00', 15, 8, 4, 3, 4, 0,
       '2027-01-25T12:00:00Z', 'OPEN', 'NOT_PLANNED', $2, '[]') RETURNING id`,
    [regionCode, createdBy.userId],
  );
  for (const e of participants.employers ?? [])
    await w.f.query(
      `INSERT INTO session_employer (session_id, employer_id, status, calendar_token, representatives)
       VALUES ($1, $2, 'ACCEPTED', $3, 1)`,
      [id, e.id, randomUUID()],
    );
  for (const candidateId of participants.candidateIds ?? [])
    await w.f.query(
      `INSERT INTO session_candidate (session_id, candidate_id, status, calendar_token)
       VALUES ($1, $2, 'ACCEPTED', $3)`,
      [id, candidateId, randomUUID()],
    );
  return id;
}

export interface PlacementRow {
  lender: EmployerFixture;
  host: EmployerFixture;
  candidateId: string;
  status: 'PROPOSED' | 'AGREED' | 'ACTIVE' | 'ENDED' | 'DECLINED' | 'CANCELLED';
  /** Start and end (YYYY-MM-DD) once agreed; a proposal has none. */
  period?: [string, string];
}

export async function insertPlacement(w: ScopeWorld, row: PlacementRow): Promise<string> {
  const [{ id }] = await w.f.query<{ id: string }>(
    `INSERT INTO placement (region_code, lending_employer_id, host_employer_id, candidate_id, kind, purpose,
       requested_hours_per_week, duration_weeks, contract_hours_per_week, own_work_hours_per_week, salary_paid_by,
       travel_costs_reimbursed, travel_costs_paid_by, return_option, lending_contact, host_contact, status,
       created_by_user_id, start_date, end_date, hours_per_week)
     VALUES ($1, $2, $3, $4, 'SECONDMENT', 'GAIN_EXPERIENCE', 16, 12, 36, 20, 'LENDING_EMPLOYER', false, 'NOBODY',
       true, 'Contact uitlener', 'Contact ontvanger', $5, $6, $7, $8, $9) RETURNING id`,
    [
      row.lender.regionCode,
      row.lender.id,
      row.host.id,
      row.candidateId,
      row.status,
      w.viewers.admin.userId,
      row.period?.[0] ?? null,
      row.period?.[1] ?? null,
      row.period ? 16 : null,
    ],
  );
  return id;
}

export async function insertMatchCase(
  w: ScopeWorld,
  pair: { candidateId: string; vacancyId: string; employer: EmployerFixture },
): Promise<string> {
  const [{ id }] = await w.f.query<{ id: string }>(
    `INSERT INTO match_case (candidate_id, vacancy_id, employer_id, region_code, state)
     VALUES ($1, $2, $3, $4, 'SUGGESTED') RETURNING id`,
    [pair.candidateId, pair.vacancyId, pair.employer.id, pair.employer.regionCode],
  );
  return id;
}
