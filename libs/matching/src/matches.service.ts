import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { candidatesVisibleTo, type CandidateView } from '@werkbrug/candidates';
import { Role, Viewer } from '@werkbrug/core';
import { MinScoreAboveMaxError } from './matching.errors';
import type { Sector } from '@werkbrug/core';
import type { CandidateTrack } from '@werkbrug/candidates/candidate.enums';
import { canSeeVacancy, type VacancyEntity } from '@werkbrug/vacancies';
import { vacancyPlaces } from '@werkbrug/vacancies/vacancy-records.store';
import { DataSource } from 'typeorm';
import { actsForEmployer, mayWorkWithCandidateMatches, requireRight, requireRole } from './match-access';
import { listedPair, ownList, pairPlaces, regionShown } from './match-list-reads.store';
import { RegionPairsService } from './region-pairs.service';

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

/**
 * A network's active members, looked up only once the viewer's right to the list is settled: someone without it
 * is refused the same way whatever network they name.
 */
export type NetworkScope = () => Promise<ReadonlySet<string>>;

export interface RegionMatchFilter {
  readonly sector?: Sector;
  readonly track?: CandidateTrack;
  readonly skillId?: string;
  readonly minScore?: number;
  readonly maxScore?: number;
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
    private readonly regionPairs: RegionPairsService,
  ) {}

  /**
   * The candidate's suggestions; `candidate` is the profile as the viewer may see it (CandidatesService). With
   * `scope`, only vacancies of a network's members.
   */
  async forCandidate(
    viewer: Viewer,
    candidate: CandidateView,
    first: number,
    offset: number,
    scope: NetworkScope | null = null,
  ): Promise<MatchPage> {
    const { profile, visibility } = candidate;
    const candidateId = profile.id;
    requireRight(mayWorkWithCandidateMatches(viewer, visibility));
    const among = scope && (await scope());
    const list = await ownList(this.dataSource.manager, viewer, 'CANDIDATE', profile.id);
    if (!list) return emptyPage(offset);
    const vacancies = await vacancyPlaces(this.dataSource.manager, list.other_ids);
    const visible = new Set(
      vacancies
        .filter((v) => canSeeVacancy(viewer, v) && (!among || among.has(v.employerId)))
        .map((v) => v.id),
    );
    const entries = list.other_ids.flatMap((vacancyId, i) =>
      visible.has(vacancyId)
        ? [{ candidateId, vacancyId, score: Number(list.scores[i]), candidateRank: i + 1, vacancyRank: null }]
        : [],
    );
    return page(entries, first, offset, list.updated_at);
  }

  /**
   * The vacancy's suggestions; `vacancy` is one the viewer may see (VacanciesService). With `scope`, only
   * candidates of a network's members.
   */
  async forVacancy(
    viewer: Viewer,
    vacancy: VacancyEntity,
    first: number,
    offset: number,
    scope: NetworkScope | null = null,
  ): Promise<MatchPage> {
    const vacancyId = vacancy.id;
    requireRight(actsForEmployer(viewer, vacancy));
    const among = scope && (await scope());
    const list = await ownList(this.dataSource.manager, viewer, 'VACANCY', vacancyId);
    if (!list) return emptyPage(offset);
    const visible = await candidatesVisibleTo(
      this.dataSource.manager,
      viewer,
      list.other_ids,
      among && [...among],
    );
    const entries = list.other_ids.flatMap((candidateId, i) =>
      visible.has(candidateId)
        ? [{ candidateId, vacancyId, score: Number(list.scores[i]), candidateRank: null, vacancyRank: i + 1 }]
        : [],
    );
    return page(entries, first, offset, list.updated_at);
  }

  /**
   * One suggested pair, for a viewer who may see either side's list (the candidate's owners, the vacancy's
   * employer, the region's mobility team); null when the pair is on neither current list.
   */
  async listed(viewer: Viewer, candidate: CandidateView, vacancy: VacancyEntity): Promise<MatchEntry | null> {
    requireRight(
      mayWorkWithCandidateMatches(viewer, candidate.visibility) || actsForEmployer(viewer, vacancy),
    );
    const pair = await listedPair(this.dataSource.manager, candidate.profile.id, vacancy.id);
    return pair && { candidateId: candidate.profile.id, vacancyId: vacancy.id, ...pair };
  }

  /**
   * Every current pair of the mobility team's region (on either side's list), best first; with `scope`, only pairs
   * whose candidate and vacancy are both of a network's members.
   */
  async forRegion(
    viewer: Viewer,
    filter: RegionMatchFilter,
    first: number,
    offset: number,
    scope: NetworkScope | null = null,
  ): Promise<MatchPage> {
    requireRole(viewer, Role.MOBILITY_TEAM);
    if (filter.minScore !== undefined && filter.maxScore !== undefined && filter.minScore > filter.maxScore) {
      throw new MinScoreAboveMaxError();
    }
    const among = scope && [...(await scope())];
    const pairs = await this.regionPairs.current(viewer.regionCode);
    const shown = await regionShown(this.dataSource.manager, viewer, filter, among);
    const found = pairs.page(
      {
        candidates: shown.candidates,
        vacancies: shown.vacancies,
        either: shown.withSkill,
        minScore: filter.minScore,
        maxScore: filter.maxScore,
      },
      first,
      offset,
    );
    // Places and times as stored now; a pair that left both lists since the pairs were ordered is left out.
    const places = await pairPlaces(this.dataSource.manager, found.items);
    const items = found.items.flatMap((pair, i) => {
      const place = places[i];
      return place ? [{ ...pair, candidateRank: place.candidateRank, vacancyRank: place.vacancyRank }] : [];
    });
    return {
      items,
      totalCount: found.totalCount,
      offset,
      hasNextPage: offset + found.items.length < found.totalCount,
      updatedAt: places.reduce<Date | null>(
        (max, p) => (p && (!max || p.updatedAt > max) ? p.updatedAt : max),
        null,
      ),
    };
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
