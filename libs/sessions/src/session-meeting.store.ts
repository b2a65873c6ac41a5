import type { SystemScope } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import type { UnmetWish } from './session-instance';
import type { MeetingOutcome } from './session.enums';
import type { ParticipantRef } from './session-participation.store';

export interface StoredMeeting {
  id: string;
  slot: number;
  representative: number;
  tableNo: number;
  candidateId: string;
  employerId: string;
  vacancyId: string | null;
  locked: boolean;
  outcome: MeetingOutcome | null;
}

/** The session's meetings (one participant's when `who` is given), by slot and table. */
export function meetingsOf(
  manager: EntityManager,
  sessionId: string,
  who: ParticipantRef | null,
): Promise<StoredMeeting[]> {
  const filter =
    who === null ? '' : 'candidateId' in who ? 'AND m.candidate_id = $2' : 'AND m.employer_id = $2';
  const params =
    who === null ? [sessionId] : [sessionId, 'candidateId' in who ? who.candidateId : who.employerId];
  return manager.query(
    `SELECT m.id, m.slot, m.representative, m.table_no AS "tableNo", m.candidate_id AS "candidateId",
            m.employer_id AS "employerId", m.vacancy_id AS "vacancyId", m.locked, m.outcome
     FROM session_meeting m WHERE m.session_id = $1 ${filter} ORDER BY m.slot, m.table_no`,
    params,
  );
}

/** Everyone with a meeting in the session, a candidate or an employer per row. */
export function participantsWithMeetings(tx: EntityManager, sessionId: string): Promise<ParticipantRef[]> {
  return tx
    .query(
      `SELECT DISTINCT candidate_id, NULL::uuid AS employer_id FROM session_meeting WHERE session_id = $1
       UNION SELECT DISTINCT NULL::uuid, employer_id FROM session_meeting WHERE session_id = $1`,
      [sessionId],
    )
    .then((rows: { candidate_id: string | null; employer_id: string | null }[]) =>
      rows.map((r) => (r.candidate_id ? { candidateId: r.candidate_id } : { employerId: r.employer_id! })),
    );
}

/** Meetings in slots or at tables that no longer exist go (a smaller set-up); the next plan fills the session. */
export async function removeMeetingsOutside(
  tx: EntityManager,
  sessionId: string,
  setup: { slotCount: number; tableCount: number },
): Promise<void> {
  await tx.query(`DELETE FROM session_meeting WHERE session_id = $1 AND (slot >= $2 OR table_no >= $3)`, [
    sessionId,
    setup.slotCount,
    setup.tableCount,
  ]);
}

/** The wishes the stored plan does not meet, replacing those of the previous plan. */
export async function replaceUnmetWishes(
  tx: EntityManager,
  _scope: SystemScope,
  sessionId: string,
  unmet: readonly UnmetWish[],
): Promise<void> {
  await tx.query(`DELETE FROM session_unmet_wish WHERE session_id = $1`, [sessionId]);
  if (unmet.length > 0)
    await tx.query(
      `INSERT INTO session_unmet_wish (session_id, candidate_id, employer_id, side, kind, reason)
       SELECT $1, x.candidate_id, x.employer_id, x.side, x.kind, x.reason
       FROM jsonb_to_recordset($2::jsonb) AS x(candidate_id uuid, employer_id uuid, side text, kind text, reason text)`,
      [
        sessionId,
        JSON.stringify(
          unmet.map((u) => ({
            candidate_id: u.candidateId,
            employer_id: u.employerId,
            side: u.side,
            kind: u.kind,
            reason: u.reason,
          })),
        ),
      ],
    );
}
