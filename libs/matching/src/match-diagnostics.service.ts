import { Injectable } from '@nestjs/common';
import type { CandidateView } from '@werkbrug/candidates';
import { Role, type Viewer } from '@werkbrug/core';
import {
  dropOutCounts,
  isIncomplete,
  prepareCandidate,
  prepareVacancy,
  whyNotMatched,
  type DropOutCounts,
  type PairExclusion,
} from '@werkbrug/matching-core';
import type { VacancyEntity } from '@werkbrug/vacancies';
import { actsForEmployer, mayWorkWithCandidateMatches, requireRight } from './match-access';
import { MatchExplainer } from './match-explainer';
import type { NetworkScope } from './matches.service';
import { FeatureLoader } from './match-features.store';
import { RegionFeaturesService } from './region-features.service';
import { SkillSpaceProvider } from './skill-space.provider';

export interface PairDiagnosis {
  /** Every hard rule that keeps the pair apart, with what would change it; empty when none does. */
  readonly exclusions: readonly PairExclusion[];
  /** Why the pair cannot be judged yet: a profile is incomplete, or the region has not been scored yet. */
  readonly incomplete: 'CANDIDATE_INCOMPLETE' | 'VACANCY_INCOMPLETE' | 'REGION_NOT_SCORED' | null;
}

/**
 * "Why is this candidate not on my list?" and "why does my vacancy get so few candidates?": the hard rules
 * evaluated on demand with the region's scoring snapshot, exactly as the worker evaluates them.
 */
@Injectable()
export class MatchDiagnosticsService {
  constructor(
    private readonly explainer: MatchExplainer,
    private readonly loader: FeatureLoader,
    private readonly skills: SkillSpaceProvider,
    private readonly regionFeatures: RegionFeaturesService,
  ) {}

  /**
   * For whoever may see either side's list of this pair: the candidate's owners (themselves, their own HR leads),
   * the vacancy's employer when the profile is shared with it, and the region's mobility team. Both sides were
   * read as this viewer may see them, so an unknown or hidden side is already NOT_FOUND.
   */
  async whyNot(viewer: Viewer, candidate: CandidateView, vacancy: VacancyEntity): Promise<PairDiagnosis> {
    requireRight(
      mayWorkWithCandidateMatches(viewer, candidate.visibility) || actsForEmployer(viewer, vacancy),
    );
    const context = await this.explainer.context(candidate.profile.regionCode);
    if (!context) return { exclusions: [], incomplete: 'REGION_NOT_SCORED' };
    const { space } = this.skills.get();
    const [c] = await this.loader.candidatesByIds(space, [candidate.profile.id]);
    const [v] = await this.loader.vacanciesByIds(space, [vacancy.id]);
    const pc = c && prepareCandidate(context, c);
    const pv = v && prepareVacancy(context, v);
    if (!pc || isIncomplete(pc)) return { exclusions: [], incomplete: 'CANDIDATE_INCOMPLETE' };
    if (!pv || isIncomplete(pv)) return { exclusions: [], incomplete: 'VACANCY_INCOMPLETE' };
    return { exclusions: whyNotMatched(pc, pv), incomplete: null };
  }

  /**
   * How many of the region's active candidates drop out on each rule for this vacancy: for its employer's HR
   * leads and the region's mobility team. An employer's counts say nothing of profiles not shared with it beyond
   * that they are not shared (dropOutCounts' sharedOnly). With `scope`, only candidates of a network's members.
   * Null before the region has been scored or while the vacancy is incomplete.
   */
  async dropOut(
    viewer: Viewer,
    vacancy: VacancyEntity,
    scope: NetworkScope | null = null,
  ): Promise<DropOutCounts | null> {
    requireRight(actsForEmployer(viewer, vacancy));
    const among = scope && (await scope());
    const context = await this.explainer.context(vacancy.regionCode);
    if (!context) return null;
    const { space } = this.skills.get();
    const [v] = await this.loader.vacanciesByIds(space, [vacancy.id]);
    const pv = v && prepareVacancy(context, v);
    if (!pv || isIncomplete(pv)) return null;
    const all = await this.regionFeatures.candidates(vacancy.regionCode, context);
    const candidates = among ? all.filter((c) => among.has(c.features.employerId)) : all;
    return dropOutCounts(candidates, pv, { sharedOnly: viewer.role !== Role.MOBILITY_TEAM });
  }
}
