import { Injectable } from '@nestjs/common';
import {
  explainMatch,
  isIncomplete,
  prepareCandidate,
  prepareVacancy,
  type ExplanationAudience,
  type MatchExplanation,
  type ScoringContext,
} from '@werkbrug/matching-core';
import { FeatureLoader } from './match-features.store';
import { contextFromSnapshot, type ScoringSnapshot } from './scoring-snapshot';
import { SkillSpaceProvider } from './skill-space.provider';
import { SnapshotStore } from './snapshot.store';

export interface PairKey {
  readonly candidateId: string;
  readonly vacancyId: string;
  /** NEED_TO_KNOW unless the reader is another employer without the candidate's consent (hasNeedToKnow). */
  readonly audience?: ExplanationAudience;
}

/**
 * Explanations on demand, for the pairs someone opens: the stored lists hold scores only. The pair is scored
 * with the region's snapshot (same specificity, same date), so the explanation reproduces the stored score for
 * unchanged data; after a change, it shows the new score the worker is about to store.
 */
@Injectable()
export class MatchExplainer {
  private readonly contexts = new Map<string, { runId: string; context: ScoringContext }>();

  constructor(
    private readonly snapshots: SnapshotStore,
    private readonly loader: FeatureLoader,
    private readonly skills: SkillSpaceProvider,
  ) {}

  /** In the order given; null where either side is incomplete or the region has no scores yet. */
  async explain(pairs: readonly PairKey[]): Promise<(MatchExplanation | null)[]> {
    const { space } = this.skills.get();
    const [candidates, vacancies] = await Promise.all([
      this.loader.candidatesByIds(space, [...new Set(pairs.map((p) => p.candidateId))]),
      this.loader.vacanciesByIds(space, [...new Set(pairs.map((p) => p.vacancyId))]),
    ]);
    const candidateById = new Map(candidates.map((c) => [c.id, c]));
    const vacancyById = new Map(vacancies.map((v) => [v.id, v]));
    // One snapshot check per region on the page, not one per pair (a page is usually one region).
    const regions = [...new Set(candidates.map((c) => c.regionCode))];
    const contexts = new Map(
      await Promise.all(regions.map(async (region) => [region, await this.context(region)] as const)),
    );
    const out: (MatchExplanation | null)[] = [];
    for (const pair of pairs) {
      const c = candidateById.get(pair.candidateId);
      const v = vacancyById.get(pair.vacancyId);
      const context = c && contexts.get(c.regionCode);
      if (!c || !v || !context) {
        out.push(null);
        continue;
      }
      const pc = prepareCandidate(context, c);
      const pv = prepareVacancy(context, v);
      out.push(
        isIncomplete(pc) || isIncomplete(pv)
          ? null
          : explainMatch(pc, pv, { improvements: true, audience: pair.audience }),
      );
    }
    return out;
  }

  /** The region's scoring context (its current snapshot), or null before the first rematch. */
  async context(regionCode: string): Promise<ScoringContext | null> {
    const snapshot: ScoringSnapshot | null = await this.snapshots.get(regionCode);
    if (!snapshot) return null;
    const cached = this.contexts.get(regionCode);
    if (cached?.runId === snapshot.runId) return cached.context;
    const context = contextFromSnapshot(this.skills.get(), snapshot);
    this.contexts.set(regionCode, { runId: snapshot.runId, context });
    return context;
  }
}
