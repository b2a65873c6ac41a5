import type { EntityManager } from 'typeorm';
import type { ConversionCounts } from './conversion';

/**
 * The pairs (a candidate and an employer) that met at a session in the region and period, each once, and how far
 * each got: a next step recorded, an agreed placement at that employer
 * after the session, a hire there after the session.
 */
export async function conversionCounts(
  manager: EntityManager,
  regionCode: string,
  from: string,
  to: string,
): Promise<ConversionCounts> {
  const [row]: {
    meetings: number;
    not_recorded: number;
    follow_up_talks: number;
    placements: number;
    hires: number;
  }[] = await manager.query(
    `WITH planned AS (
       -- Each pair once, from its first meeting that was not recorded as not having taken place; what it led to is
       -- read from all its meetings in the period.
       SELECT candidate_id, employer_id, min(session_date) AS session_date,
              bool_or(outcome IN ('FOLLOW_UP_TALK', 'APPLICATION', 'TRIAL_PLACEMENT', 'SECONDMENT',
                                  'WORK_EXPERIENCE')) AS next_step,
              bool_and(outcome IS NULL) AS unrecorded
         FROM session_meeting_outcome_scope
        WHERE region_code = $1 AND session_date BETWEEN $2 AND $3
          AND outcome IS DISTINCT FROM 'DID_NOT_TAKE_PLACE'
        GROUP BY candidate_id, employer_id),
     met AS (
       SELECT p.*,
              EXISTS (SELECT 1 FROM placement_pair_scope pl
                       WHERE pl.candidate_id = p.candidate_id AND pl.host_employer_id = p.employer_id
                         AND pl.status IN ('AGREED', 'ACTIVE', 'ENDED') AND pl.created_at >= p.session_date) AS placed,
              EXISTS (SELECT 1 FROM hire h
                       WHERE h.candidate_id = p.candidate_id AND h.employer_id = p.employer_id
                         AND h.started_on >= p.session_date) AS hired
         FROM planned p)
     SELECT count(*)::int AS meetings,
            count(*) FILTER (WHERE unrecorded AND NOT placed AND NOT hired)::int AS not_recorded,
            count(*) FILTER (WHERE next_step OR placed OR hired)::int AS follow_up_talks,
            count(*) FILTER (WHERE placed)::int AS placements,
            count(*) FILTER (WHERE hired)::int AS hires
       FROM met`,
    [regionCode, from, to],
  );
  return {
    meetings: row.meetings,
    notRecorded: row.not_recorded,
    followUpTalks: row.follow_up_talks,
    placements: row.placements,
    hires: row.hires,
  };
}
