import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidatesService } from '@werkbrug/candidates';
import { Role, Viewer } from '@werkbrug/core';
import { IntroductionsPerCandidateOutOfRangeError } from './matching.errors';
import {
  isIncomplete,
  planAllocation,
  prepareCandidate,
  suggestCombinations,
  type AllocationComparison,
  type CombinationSuggestion,
} from '@werkbrug/matching-core';
import { DataSource } from 'typeorm';
import { mayWorkWithCandidateMatches, requireRight, requireRole } from './match-access';
import { FeatureLoader } from './match-features.store';
import { MatchExplainer } from './match-explainer';
import { RegionFeaturesService } from './region-features.service';
import { RegionPairsService } from './region-pairs.service';
import { SkillSpaceProvider } from './skill-space.provider';
import { matchableCandidatesInRegion } from '@werkbrug/candidates/matchable-candidates.store';
import { openPositionsInRegion } from '@werkbrug/vacancies/vacancy-records.store';

/**
 * Planning on top of the scores: combinations of part-time vacancies for one candidate, and the region-wide
 * allocation proposal for the mobility team. Both are computed on request from current data; neither is stored.
 */
@Injectable()
export class MatchPlanningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly loader: FeatureLoader,
    private readonly skills: SkillSpaceProvider,
    private readonly explainer: MatchExplainer,
    private readonly regionPairs: RegionPairsService,
    private readonly regionFeatures: RegionFeaturesService,
  ) {}

  /** For the candidate, their own HR leads and the mobility team; empty before the region's first rematch. */
  async partTimeCombinations(
    viewer: Viewer,
    candidateId: string,
    limit: number,
  ): Promise<CombinationSuggestion[]> {
    const { profile, visibility } = await this.candidates.get(viewer, candidateId);
    requireRight(mayWorkWithCandidateMatches(viewer, visibility));
    const context = await this.explainer.context(profile.regionCode);
    if (!context) return [];
    const { space } = this.skills.get();
    const [features] = await this.loader.candidatesByIds(space, [candidateId]);
    const candidate = features && prepareCandidate(context, features);
    if (!candidate || isIncomplete(candidate) || !candidate.active) return [];
    const vacancies = await this.regionFeatures.vacancies(profile.regionCode, context);
    return suggestCombinations(candidate, vacancies, { limit });
  }

  /** Mobility teams: who to introduce where across the region, next to each vacancy simply taking its best. */
  async allocationPlan(
    viewer: Viewer,
    introductionsPerCandidate: number,
    minScore: number,
  ): Promise<AllocationComparison & { candidateCodes: Map<string, string> }> {
    requireRole(viewer, Role.MOBILITY_TEAM);
    if (
      !Number.isInteger(introductionsPerCandidate) ||
      introductionsPerCandidate < 1 ||
      introductionsPerCandidate > 5
    ) {
      throw new IntroductionsPerCandidateOutOfRangeError();
    }
    const region = viewer.regionCode;
    const [candidates, vacancies, pairs] = await Promise.all([
      matchableCandidatesInRegion(this.dataSource.manager, region),
      openPositionsInRegion(this.dataSource.manager, region),
      this.regionPairs.current(region),
    ]);
    // Only the pairs the plan may use: reading all 600,000 of a 10,000 × 10,000 region took 2.6 s.
    const edges = pairs
      .atLeast(minScore)
      .map((p) => ({ candidate: p.candidateId, vacancy: p.vacancyId, score: p.score }));
    const comparison = planAllocation(
      { candidates, vacancies, edges },
      { introductionsPerCandidate, minScore },
    );
    return { ...comparison, candidateCodes: new Map(candidates.map((c) => [c.id, c.publicCode])) };
  }
}
