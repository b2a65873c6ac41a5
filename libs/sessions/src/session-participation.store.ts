import { Role, type SystemScope, type Viewer, type ViewerOf } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import type { ParticipationStatus } from './session.enums';

/** A participant of a session: a candidate or an employer. */
export type ParticipantRef = { readonly candidateId: string } | { readonly employerId: string };

/** The participation table and key column of a participant's side. */
function sideOf(who: ParticipantRef): { table: string; column: string; id: string } {
  return 'candidateId' in who
    ? { table: 'session_candidate', column: 'candidate_id', id: who.candidateId }
    : { table: 'session_employer', column: 'employer_id', id: who.employerId };
}

/** Invites the candidates not yet in the session; returns those invited now. */
export async function inviteCandidates(
  tx: EntityManager,
  sessionId: string,
  candidateIds: readonly string[],
  late: boolean,
  calendarTokens: readonly string[],
): Promise<string[]> {
  const rows: { candidate_id: string }[] = await tx.query(
    `INSERT INTO session_candidate (session_id, candidate_id, status, late, calendar_token)
     SELECT $1, x.id, 'INVITED', $3, x.token FROM unnest($2::uuid[], $4::text[]) AS x(id, token)
     ON CONFLICT DO NOTHING RETURNING candidate_id`,
    [sessionId, candidateIds, late, calendarTokens],
  );
  return rows.map((r) => r.candidate_id);
}

/** Invites an employer unless already in the session; whether it was invited now. */
export async function inviteEmployer(
  tx: EntityManager,
  sessionId: string,
  employer: { employerId: string; representatives: number },
  late: boolean,
  calendarToken: string,
): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `INSERT INTO session_employer (session_id, employer_id, status, representatives, late, calendar_token)
     VALUES ($1, $2, 'INVITED', $3, $4, $5) ON CONFLICT DO NOTHING RETURNING employer_id`,
    [sessionId, employer.employerId, employer.representatives, late, calendarToken],
  );
  return rows.length > 0;
}

/** The session's candidates or employers, whatever their answer. */
export function participantsOf(
  manager: EntityManager,
  sessionId: string,
  side: 'candidates' | 'employers',
): Promise<{ id: string; status: ParticipationStatus }[]> {
  const [table, column] =
    side === 'candidates' ? ['session_candidate', 'candidate_id'] : ['session_employer', 'employer_id'];
  return manager.query(`SELECT ${column} AS id, status FROM ${table} WHERE session_id = $1`, [sessionId]);
}

/** The accepted candidates, with the slots they cannot make: who a plan is made for. */
export function acceptedCandidates(
  tx: EntityManager,
  _scope: SystemScope,
  sessionId: string,
): Promise<{ id: string; blockedSlots: number[] }[]> {
  return tx.query(
    `SELECT candidate_id AS id, blocked_slots AS "blockedSlots" FROM session_candidate
     WHERE session_id = $1 AND status = 'ACCEPTED' ORDER BY candidate_id`,
    [sessionId],
  );
}

/** The accepted employers, with their representatives and the slots they cannot make. */
export function acceptedEmployers(
  tx: EntityManager,
  _scope: SystemScope,
  sessionId: string,
): Promise<{ id: string; representatives: number; blockedSlots: number[] }[]> {
  return tx.query(
    `SELECT employer_id AS id, representatives, blocked_slots AS "blockedSlots"
     FROM session_employer WHERE session_id = $1 AND status = 'ACCEPTED' ORDER BY employer_id`,
    [sessionId],
  );
}

/**
 * The accepted candidates an HR lead's employer may choose among: only once that employer has accepted itself
 * (which profiles it may see is the candidates lib's to say).
 */
export async function acceptedCandidatesFacing(
  manager: EntityManager,
  viewer: ViewerOf<Role.HR_LEAD>,
  sessionId: string,
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT sc.candidate_id AS id FROM session_candidate sc
     WHERE sc.session_id = $1 AND sc.status = 'ACCEPTED'
       AND EXISTS (SELECT 1 FROM session_employer e WHERE e.session_id = $1 AND e.employer_id = $2 AND e.status = 'ACCEPTED')`,
    [sessionId, viewer.employerId],
  );
  return rows.map((r) => r.id);
}

/** The session's candidates the viewer acts for: a job seeker themself, an HR lead their employer's. */
export async function ownCandidateIds(
  manager: EntityManager,
  viewer: Viewer,
  sessionId: string,
): Promise<Set<string>> {
  if (viewer.role === Role.JOB_SEEKER) return new Set([viewer.candidateId]);
  if (viewer.role !== Role.HR_LEAD) return new Set();
  const rows: { id: string }[] = await manager.query(
    `SELECT sc.candidate_id AS id FROM session_candidate sc JOIN candidate_scope c USING (candidate_id)
     WHERE sc.session_id = $1 AND c.employer_id = $2`,
    [sessionId, viewer.employerId],
  );
  return new Set(rows.map((r) => r.id));
}

/** The employer that posted a candidate, from the profile scope the candidates lib publishes; null if none. */
export async function candidateInScope(
  manager: EntityManager,
  candidateId: string,
): Promise<{ id: string; employerId: string } | null> {
  const [profile]: { id: string; employerId: string }[] = await manager.query(
    `SELECT candidate_id AS id, employer_id AS "employerId" FROM candidate_scope WHERE candidate_id = $1`,
    [candidateId],
  );
  return profile ?? null;
}

/** Blocked slots that no longer exist go when the session gets fewer slots, or no plan could be made. */
export async function dropBlockedSlotsFrom(tx: EntityManager, sessionId: string, slotCount: number) {
  for (const table of ['session_candidate', 'session_employer'])
    await tx.query(
      `UPDATE ${table} SET blocked_slots = ARRAY(SELECT s FROM unnest(blocked_slots) AS s WHERE s < $2 ORDER BY s)
       WHERE session_id = $1`,
      [sessionId, slotCount],
    );
}

/** Gives everyone with a meeting in the session a new agenda version (a publication). */
export async function bumpAgendasOfScheduled(tx: EntityManager, sessionId: string): Promise<void> {
  for (const [table, column] of [
    ['session_candidate', 'candidate_id'],
    ['session_employer', 'employer_id'],
  ])
    await tx.query(
      `UPDATE ${table} p SET agenda_version = agenda_version + 1 WHERE p.session_id = $1
         AND EXISTS (SELECT 1 FROM session_meeting m WHERE m.session_id = p.session_id AND m.${column} = p.${column})`,
      [sessionId],
    );
}

/** Gives these participants a new agenda version (a re-plan or a move changed their agenda). */
export async function bumpAgendas(
  tx: EntityManager,
  sessionId: string,
  candidateIds: readonly string[],
  employerIds: readonly string[],
): Promise<void> {
  await tx.query(
    `UPDATE session_candidate SET agenda_version = agenda_version + 1 WHERE session_id = $1 AND candidate_id = ANY($2::uuid[])`,
    [sessionId, candidateIds],
  );
  await tx.query(
    `UPDATE session_employer SET agenda_version = agenda_version + 1 WHERE session_id = $1 AND employer_id = ANY($2::uuid[])`,
    [sessionId, employerIds],
  );
}

/** The participant behind a calendar feed token, if exactly one. */
export async function participantByCalendarToken(
  manager: EntityManager,
  token: string,
): Promise<{ sessionId: string; who: ParticipantRef } | null> {
  const rows: { sessionId: string; candidateId: string | null; employerId: string | null }[] =
    await manager.query(
      `SELECT session_id AS "sessionId", candidate_id AS "candidateId", NULL AS "employerId" FROM session_candidate WHERE calendar_token = $1
       UNION ALL SELECT session_id, NULL, employer_id FROM session_employer WHERE calendar_token = $1`,
      [token],
    );
  if (rows.length !== 1) return null;
  const { sessionId, candidateId, employerId } = rows[0];
  return { sessionId, who: candidateId ? { candidateId } : { employerId: employerId! } };
}

export interface AgendaState {
  agendaVersion: number;
  seenAgendaVersion: number;
  calendarToken: string;
}

/** The participant's agenda versions and calendar token; undefined when not in the session. */
export async function agendaState(
  manager: EntityManager,
  sessionId: string,
  who: ParticipantRef,
): Promise<AgendaState | undefined> {
  const { table, column, id } = sideOf(who);
  const [row]: AgendaState[] = await manager.query(
    `SELECT agenda_version AS "agendaVersion", seen_agenda_version AS "seenAgendaVersion",
            calendar_token AS "calendarToken"
     FROM ${table} WHERE session_id = $1 AND ${column} = $2`,
    [sessionId, id],
  );
  return row;
}

export async function markAgendaSeen(manager: EntityManager, sessionId: string, who: ParticipantRef) {
  const { table, column, id } = sideOf(who);
  await manager.query(
    `UPDATE ${table} SET seen_agenda_version = agenda_version WHERE session_id = $1 AND ${column} = $2`,
    [sessionId, id],
  );
}
