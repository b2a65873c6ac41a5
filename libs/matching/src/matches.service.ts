import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidatesService, candidatesVisibleTo, ProfileVisibility } from '@werkbrug/candidates';
import { ForbiddenError, InvalidInputError, Role, Viewer } from '@werkbrug/core';
import type { Sector } from '@werkbrug/core';
import type { CandidateTrack } from '@werkbrug/candidates/candidate.enums';
import { canManageVacancy, canSeeVacancy, VacanciesService } from '@werkbrug/vacancies';
import { vacancyPlaces } from '@werkbrug/vacancies/vacancy-records';
import { DataSource } from 'typeorm';
import type { MatchSide } from './match-list';
import { matchableCandidate } from '@werkbrug/candidates/matchable-candidates';

export interface MatchEntry {
  readonly candidateId: string;
  readonly vacancyId: string;
  /** 0–100, one decimal, as stored by the worker. */
  readonly score: number;
  /** Place in the candidate's list (1 = best), null when the pair is only on the vacancy's list. */
  readonly candidateRank: number | null;
  readonly vacancyRank: number | null;
}

export interface MatchPage {
  readonly items: MatchEntry[];
  readonly totalCount: number;
  readonly offset: number;
  readonly hasNextPage: boolean;
  /** When the list last changed: clients poll this cheaply to learn about new matches. */
  readonly updatedAt: Date | null;
}

export interface RegionMatchFilter {
  readonly sector?: Sector;
  readonly track?: CandidateTrack;
  readonly skillId?: string;
  readonly minScore?: number;
  readonly maxScore?: number;
}

interface ListRow {
  other_ids: string[];
  scores: number[];
  updated_at: Date;
}

/**
 * The persisted suggestions, per role: job seekers their own; HR leads those of their vacancies and of their own
 * candidates (other employers' candidates only as far as they may see them, anonymised); mobility teams their
 * region, with filters. A pair drops out at read time as soon as either side may no longer be shown.
 */
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
  ) {}

  async forCandidate(viewer: Viewer, candidateId: string, first: number, offset: number): Promise<MatchPage> {
    const { profile, visibility } = await this.candidates.get(viewer, candidateId);
    const mayList = visibility === ProfileVisibility.OWNER || viewer.role === Role.MOBILITY_TEAM;
    if (!mayList) throw new ForbiddenError();
    const list = await this.list('CANDIDATE', profile.id);
    if (!list) return emptyPage(offset);
    const vacancies = await vacancyPlaces(this.dataSource.manager, list.other_ids);
    const visible = new Set(vacancies.filter((v) => canSeeVacancy(viewer, v)).map((v) => v.id));
    const entries = list.other_ids.flatMap((vacancyId, i) =>
      visible.has(vacancyId)
        ? [{ candidateId, vacancyId, score: Number(list.scores[i]), candidateRank: i + 1, vacancyRank: null }]
        : [],
    );
    return page(entries, first, offset, list.updated_at);
  }

  async forVacancy(viewer: Viewer, vacancyId: string, first: number, offset: number): Promise<MatchPage> {
    const vacancy = await this.vacancies.get(viewer, vacancyId);
    const mayList =
      canManageVacancy(viewer, vacancy) ||
      (viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === vacancy.regionCode);
    if (!mayList) throw new ForbiddenError();
    const list = await this.list('VACANCY', vacancyId);
    if (!list) return emptyPage(offset);
    const visible = await candidatesVisibleTo(this.dataSource.manager, viewer, list.other_ids);
    const entries = list.other_ids.flatMap((candidateId, i) =>
      visible.has(candidateId)
        ? [{ candidateId, vacancyId, score: Number(list.scores[i]), candidateRank: null, vacancyRank: i + 1 }]
        : [],
    );
    return page(entries, first, offset, list.updated_at);
  }

  /** Every current pair of the mobility team's region (on either side's list), best first. */
  async forRegion(
    viewer: Viewer,
    filter: RegionMatchFilter,
    first: number,
    offset: number,
  ): Promise<MatchPage> {
    if (viewer.role !== Role.MOBILITY_TEAM) throw new ForbiddenError();
    if (filter.minScore !== undefined && filter.maxScore !== undefined && filter.minScore > filter.maxScore) {
      throw new InvalidInputError(
        { en: 'The minimum score is above the maximum.', nl: 'De minimumscore ligt boven de maximumscore.' },
        { field: 'minScore' },
      );
    }
    const rows: {
      candidate_id: string;
      vacancy_id: string;
      score: number;
      candidate_rank: number | null;
      vacancy_rank: number | null;
      total: number;
      updated_at: Date;
    }[] = await this.dataSource.query(
      `WITH pairs AS (
         SELECT m.owner_id AS candidate_id, u.other AS vacancy_id, u.score, u.ord AS candidate_rank,
                NULL::bigint AS vacancy_rank, m.updated_at
         FROM match_list m, unnest(m.other_ids, m.scores) WITH ORDINALITY AS u(other, score, ord)
         WHERE m.side = 'CANDIDATE' AND m.region_code = $1
         UNION ALL
         SELECT u.other, m.owner_id, u.score, NULL, u.ord, m.updated_at
         FROM match_list m, unnest(m.other_ids, m.scores) WITH ORDINALITY AS u(other, score, ord)
         WHERE m.side = 'VACANCY' AND m.region_code = $1
       ), merged AS (
         SELECT candidate_id, vacancy_id, max(score) AS score, min(candidate_rank) AS candidate_rank,
                min(vacancy_rank) AS vacancy_rank, max(updated_at) AS updated_at
         FROM pairs GROUP BY candidate_id, vacancy_id
       )
       SELECT p.candidate_id, p.vacancy_id, p.score, p.candidate_rank::int, p.vacancy_rank::int, p.updated_at,
              count(*) OVER ()::int AS total
       FROM merged p
       JOIN candidate_match_profile c ON c.id = p.candidate_id AND ${matchableCandidate('c')}
       JOIN vacancy_match_profile v ON v.id = p.vacancy_id AND v.status = 'OPEN'
       JOIN employer_sector e ON e.employer_id = v.employer_id
       WHERE ($2::text IS NULL OR e.sector = $2)
         AND ($3::text IS NULL OR c.track = $3)
         AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM vacancy_match_skill vs WHERE vs.vacancy_id = v.id AND vs.skill_id = $4)
              OR EXISTS (SELECT 1 FROM candidate_match_strength cs WHERE cs.candidate_id = c.id AND cs.skill_id = $4))
         AND ($5::real IS NULL OR p.score >= $5)
         AND ($6::real IS NULL OR p.score <= $6)
       ORDER BY p.score DESC, p.candidate_id, p.vacancy_id
       LIMIT $7 OFFSET $8`,
      [
        viewer.regionCode,
        filter.sector ?? null,
        filter.track ?? null,
        filter.skillId ?? null,
        filter.minScore ?? null,
        filter.maxScore ?? null,
        first,
        offset,
      ],
    );
    const totalCount = rows[0]?.total ?? 0;
    return {
      items: rows.map((r) => ({
        candidateId: r.candidate_id,
        vacancyId: r.vacancy_id,
        score: Number(r.score),
        candidateRank: r.candidate_rank,
        vacancyRank: r.vacancy_rank,
      })),
      totalCount,
      offset,
      hasNextPage: offset + rows.length < totalCount,
      updatedAt: rows.reduce<Date | null>(
        (max, r) => (!max || r.updated_at > max ? r.updated_at : max),
        null,
      ),
    };
  }

  private async list(side: MatchSide, ownerId: string): Promise<ListRow | null> {
    const rows: ListRow[] = await this.dataSource.query(
      `SELECT other_ids::text[] AS other_ids, scores, updated_at FROM match_list WHERE side = $1 AND owner_id = $2`,
      [side, ownerId],
    );
    return rows[0] ?? null;
  }
}

function page(entries: MatchEntry[], first: number, offset: number, updatedAt: Date): MatchPage {
  return {
    items: entries.slice(offset, offset + first),
    totalCount: entries.length,
    offset,
    hasNextPage: offset + first < entries.length,
    updatedAt,
  };
}

const emptyPage = (offset: number): MatchPage => ({
  items: [],
  totalCount: 0,
  offset,
  hasNextPage: false,
  updatedAt: null,
});
