import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, type Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import { runsSession } from './session-access';
import { SessionsService } from './sessions.service';
import { matchableCandidate } from '@werkbrug/candidates/matchable-candidates';

export interface SuggestedCandidate {
  readonly candidateId: string;
  readonly publicCode: string;
  /** Best match score with an open vacancy of another employer (of the invited employers, once there are any). */
  readonly bestScore: number;
  readonly matchingEmployers: number;
  readonly contractEndDate: string | null;
}

export interface SuggestedEmployer {
  readonly employerId: string;
  readonly name: string;
  /** Candidates (invited ones, once there are any) on the match lists of the employer's open vacancies. */
  readonly matchingCandidates: number;
  readonly bestScore: number;
}

/**
 * Whom to invite, from the match lists: candidates with strong matches at the invited employers (earliest
 * contract end first among equals: matching should start months before a contract ends), and employers whose
 * open vacancies match many of the invited candidates. Before anyone is invited, the whole region counts.
 */
@Injectable()
export class SessionSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  async candidates(viewer: Viewer, sessionId: string, limit: number): Promise<SuggestedCandidate[]> {
    const session = await this.sessions.get(viewer, sessionId);
    if (!runsSession(viewer, session)) throw new ForbiddenError();
    const rows: (SuggestedCandidate & { bestScore: string; matchingEmployers: string })[] =
      await this.dataSource.query(
        `WITH invited AS (SELECT employer_id FROM session_employer WHERE session_id = $2 AND status <> 'DECLINED')
       SELECT c.id AS "candidateId", c.public_code AS "publicCode", max(u.score) AS "bestScore",
              count(DISTINCT v.employer_id) AS "matchingEmployers", c.contract_end_date::text AS "contractEndDate"
       FROM candidate_profile c
       JOIN match_list m ON m.side = 'CANDIDATE' AND m.owner_id = c.id
       CROSS JOIN LATERAL unnest(m.other_ids, m.scores) AS u(other, score)
       JOIN vacancy v ON v.id = u.other AND v.status = 'OPEN' AND v.employer_id <> c.employer_id
       WHERE c.region_code = $1 AND ${matchableCandidate('c')}
         AND (NOT EXISTS (SELECT 1 FROM invited) OR v.employer_id IN (SELECT employer_id FROM invited))
         AND NOT EXISTS (SELECT 1 FROM session_candidate sc WHERE sc.session_id = $2 AND sc.candidate_id = c.id)
       GROUP BY c.id
       ORDER BY max(u.score) DESC, c.contract_end_date NULLS LAST, c.id
       LIMIT $3`,
        [session.regionCode, sessionId, limit],
      );
    return rows.map((r) => ({
      ...r,
      bestScore: Number(r.bestScore),
      matchingEmployers: Number(r.matchingEmployers),
    }));
  }

  async employers(viewer: Viewer, sessionId: string, limit: number): Promise<SuggestedEmployer[]> {
    const session = await this.sessions.get(viewer, sessionId);
    if (!runsSession(viewer, session)) throw new ForbiddenError();
    const rows: (SuggestedEmployer & { bestScore: string; matchingCandidates: string })[] =
      await this.dataSource.query(
        `WITH invited AS (SELECT candidate_id FROM session_candidate WHERE session_id = $2 AND status <> 'DECLINED')
       SELECT e.id AS "employerId", e.name, count(DISTINCT u.other) AS "matchingCandidates", max(u.score) AS "bestScore"
       FROM employer e
       JOIN vacancy v ON v.employer_id = e.id AND v.status = 'OPEN'
       JOIN match_list m ON m.side = 'VACANCY' AND m.owner_id = v.id
       CROSS JOIN LATERAL unnest(m.other_ids, m.scores) AS u(other, score)
       WHERE e.region_code = $1
         AND (NOT EXISTS (SELECT 1 FROM invited) OR u.other IN (SELECT candidate_id FROM invited))
         AND NOT EXISTS (SELECT 1 FROM session_employer se WHERE se.session_id = $2 AND se.employer_id = e.id)
       GROUP BY e.id
       ORDER BY count(DISTINCT u.other) DESC, max(u.score) DESC, e.id
       LIMIT $3`,
        [session.regionCode, sessionId, limit],
      );
    return rows.map((r) => ({
      ...r,
      bestScore: Number(r.bestScore),
      matchingCandidates: Number(r.matchingCandidates),
    }));
  }
}
