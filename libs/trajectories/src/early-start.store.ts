import type { EntityManager } from 'typeorm';

/** A candidate on the early-start worklist, as read from the owning libs' published views. */
export interface EarlyStartRow {
  readonly candidateId: string;
  readonly employerId: string;
  readonly regionCode: string;
  readonly publicCode: string;
  readonly track: string;
  readonly status: string;
  readonly contractEndDate: string;
  readonly suggestions: number;
}

/** Statuses of someone still to be helped: not yet placed, not withdrawn. */
const OPEN_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED'];
/** Placements that show something started: proposed, agreed, running or done. */
const STARTED_PLACEMENTS = ['PROPOSED', 'AGREED', 'ACTIVE', 'ENDED'];
/** A meet-and-greet taken up, or an invitation to one still to come (a past unanswered one is no start). */
const SESSION_ANSWERS = ['INVITED', 'ACCEPTED'];

/**
 * Candidates whose contract (or spoor-2 term) ends between `today` and `until`, and with whom nothing has started:
 * no introduction, no meet-and-greet taken up or still to come, no placement. Soonest end first. Scoped to one
 * region (or all, for the worker's reminders), and to one employer's own candidates when `employerId` is given.
 * With `teamView` (the mobility team's list and reminder) only the profiles the team may see: consented and no
 * longer a draft; an employer's own list holds its drafts too, which are often the first step to take.
 */
export function earlyStartRows(
  manager: EntityManager,
  scope: { regionCode: string | null; employerId: string | null; teamView: boolean },
  today: string,
  until: string,
): Promise<EarlyStartRow[]> {
  return manager.query(
    `SELECT c.candidate_id AS "candidateId", c.employer_id AS "employerId", c.region_code AS "regionCode",
            c.public_code AS "publicCode", c.track, c.status, to_char(c.contract_end_date, 'YYYY-MM-DD') AS "contractEndDate",
            coalesce(s.suggestions, 0)::int AS suggestions
       FROM candidate_deadline_scope c
       LEFT JOIN candidate_suggestion_count s ON s.candidate_id = c.candidate_id
      WHERE ($1::varchar IS NULL OR c.region_code = $1)
        AND ($2::uuid IS NULL OR c.employer_id = $2)
        AND c.status = ANY($3::text[])
        AND (NOT $8::boolean OR (c.consent_status = 'GIVEN' AND c.status <> 'DRAFT'))
        AND c.contract_end_date BETWEEN $4::date AND $5::date
        AND NOT EXISTS (SELECT 1 FROM match_introduction_scope i WHERE i.candidate_id = c.candidate_id)
        AND NOT EXISTS (SELECT 1 FROM session_candidate_scope sc
                         WHERE sc.candidate_id = c.candidate_id AND sc.status = ANY($6::text[])
                           AND (sc.status = 'ACCEPTED' OR sc.session_date >= $4::date))
        AND NOT EXISTS (SELECT 1 FROM placement_pair_scope p
                         WHERE p.candidate_id = c.candidate_id AND p.status = ANY($7::text[]))
      ORDER BY c.contract_end_date, c.public_code`,
    [
      scope.regionCode,
      scope.employerId,
      OPEN_STATUSES,
      today,
      until,
      SESSION_ANSWERS,
      STARTED_PLACEMENTS,
      scope.teamView,
    ],
  );
}

/** Claims this week's reminder: true for the one worker that sends it. */
export async function claimEarlyStartReminder(manager: EntityManager, weekStart: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO early_start_reminder_week (week_start) VALUES ($1) ON CONFLICT (week_start) DO NOTHING RETURNING week_start`,
    [weekStart],
  );
  return rows.length === 1;
}
