import type { EntityManager } from 'typeorm';
import { MeetAndGreetSessionEntity, SessionMeetingEntity, SessionWishEntity } from './session.entities';
import { matchableCandidate } from '@werkbrug/candidates/matchable-candidates';

export interface AttendingCandidate {
  readonly id: string;
  readonly ownEmployerId: string;
  readonly blockedSlots: number[];
  /** Employers the profile is shared with when it is not shared with the whole region; null for the region. */
  readonly sharedWith: string[] | null;
}

export interface AttendingEmployer {
  readonly id: string;
  readonly representatives: number;
  readonly blockedSlots: number[];
}

export interface PairScore {
  readonly candidateId: string;
  readonly employerId: string;
  readonly score: number;
  readonly vacancyId: string;
}

/** Everything a plan is made from, read in one consistent snapshot. */
export interface PlanInputs {
  readonly session: MeetAndGreetSessionEntity;
  readonly candidates: AttendingCandidate[];
  readonly employers: AttendingEmployer[];
  readonly wishes: SessionWishEntity[];
  readonly scores: PairScore[];
  /** "candidateId:employerId" of pairs where both said yes in the match workflow. */
  readonly mutualInterest: Set<string>;
  readonly meetings: SessionMeetingEntity[];
}

export async function loadPlanInputs(
  tx: EntityManager,
  session: MeetAndGreetSessionEntity,
): Promise<PlanInputs> {
  const id = session.id;
  // Profiles paused or withdrawn since they accepted no longer take part.
  const candidates: AttendingCandidate[] = await tx.query(
    `SELECT sc.candidate_id AS id, c.employer_id AS "ownEmployerId", sc.blocked_slots AS "blockedSlots",
            CASE WHEN c.sharing_scope = 'REGION' THEN NULL ELSE
              coalesce((SELECT array_agg(s.employer_id::text) FROM candidate_shared_employer s WHERE s.candidate_id = c.id), '{}')
            END AS "sharedWith"
     FROM session_candidate sc JOIN candidate_profile c ON c.id = sc.candidate_id
     WHERE sc.session_id = $1 AND sc.status = 'ACCEPTED' AND ${matchableCandidate('c')}
     ORDER BY sc.candidate_id`,
    [id],
  );
  const employers: AttendingEmployer[] = await tx.query(
    `SELECT employer_id AS id, representatives, blocked_slots AS "blockedSlots"
     FROM session_employer WHERE session_id = $1 AND status = 'ACCEPTED' ORDER BY employer_id`,
    [id],
  );
  const candidateIds = candidates.map((c) => c.id);
  const employerIds = employers.map((e) => e.id);
  // The best score between a candidate and any open vacancy of the employer, from either side's match list.
  const scoreRows: PairScore[] = await tx.query(
    `SELECT DISTINCT ON (candidate_id, employer_id) candidate_id AS "candidateId", employer_id AS "employerId",
              score, vacancy_id AS "vacancyId"
       FROM (
         SELECT m.owner_id AS candidate_id, v.employer_id, u.score, v.id AS vacancy_id
         FROM match_list m CROSS JOIN LATERAL unnest(m.other_ids, m.scores) AS u(other, score)
         JOIN vacancy v ON v.id = u.other
         WHERE m.side = 'CANDIDATE' AND m.owner_id = ANY($1::uuid[]) AND v.employer_id = ANY($2::uuid[]) AND v.status = 'OPEN'
         UNION ALL
         SELECT u.other, v.employer_id, u.score, v.id
         FROM match_list m JOIN vacancy v ON v.id = m.owner_id
         CROSS JOIN LATERAL unnest(m.other_ids, m.scores) AS u(other, score)
         WHERE m.side = 'VACANCY' AND v.employer_id = ANY($2::uuid[]) AND v.status = 'OPEN' AND u.other = ANY($1::uuid[])
       ) pairs
       ORDER BY candidate_id, employer_id, score DESC, vacancy_id`,
    [candidateIds, employerIds],
  );
  const scores = scoreRows.map((r) => ({ ...r, score: Number(r.score) }));
  const mutual: { candidateId: string; employerId: string }[] = await tx.query(
    `SELECT DISTINCT candidate_id AS "candidateId", employer_id AS "employerId" FROM match_case
     WHERE candidate_id = ANY($1::uuid[]) AND employer_id = ANY($2::uuid[])
       AND candidate_interest = 'INTERESTED' AND employer_interest = 'INTERESTED'`,
    [candidateIds, employerIds],
  );
  return {
    session,
    candidates,
    employers,
    wishes: await tx.find(SessionWishEntity, { where: { sessionId: id } }),
    scores,
    mutualInterest: new Set(mutual.map((m) => `${m.candidateId}:${m.employerId}`)),
    meetings: await tx.find(SessionMeetingEntity, { where: { sessionId: id } }),
  };
}
