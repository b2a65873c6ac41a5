import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
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

/** Explanations remembered per process: about 3 kB each, so some 30 MB at most. */
const REMEMBERED_EXPLANATIONS = 10_000;

/**
 * Explanations on demand, for the pairs someone opens: the stored lists hold scores only. The pair is scored
 * with the region's snapshot (same specificity, same date), so the explanation reproduces the stored score for
 * unchanged data; after a change, it shows the new score the worker is about to store.
 *
 * An explanation depends only on the two match profiles, the audience and the snapshot, so it is remembered under
 * their versions: a list read again (the usual case: a page reopened, the next person of the same employer) costs
 * one small version query instead of loading both profiles and scoring every pair again, and any change to a
 * profile or a new rematch snapshot makes a new key.
 */
@Injectable()
export class MatchExplainer {
  private readonly contexts = new Map<string, { runId: string; context: ScoringContext }>();
  /** An incomplete pair is remembered too: it stays incomplete until a profile changes. */
  private readonly remembered = new LRUCache<string, MatchExplanation | 'incomplete'>({
    max: REMEMBERED_EXPLANATIONS,
  });

  constructor(
    private readonly snapshots: SnapshotStore,
    private readonly loader: FeatureLoader,
    private readonly skills: SkillSpaceProvider,
  ) {}

  /** In the order given; null where either side is incomplete or the region has no scores yet. */
  async explain(pairs: readonly PairKey[]): Promise<(MatchExplanation | null)[]> {
    const versions = await this.loader.profileVersions(
      [...new Set(pairs.map((p) => p.candidateId))],
      [...new Set(pairs.map((p) => p.vacancyId))],
    );
    // One snapshot check per region on the page, not one per pair (a page is usually one region).
    const regions = [...new Set(pairs.flatMap((p) => versions.get(p.candidateId)?.regionCode ?? []))];
    const contexts = new Map(
      await Promise.all(regions.map(async (region) => [region, await this.context(region)] as const)),
    );
    const keyOf = (pair: PairKey): string | null => {
      const candidate = versions.get(pair.candidateId);
      const vacancy = versions.get(pair.vacancyId);
      const context = candidate && this.contexts.get(candidate.regionCode);
      if (!candidate || !vacancy || !context || !contexts.get(candidate.regionCode)) return null;
      return [
        pair.candidateId,
        candidate.version,
        pair.vacancyId,
        vacancy.version,
        pair.audience,
        context.runId,
      ].join('|');
    };
    const keys = pairs.map(keyOf);
    const missing = pairs.flatMap((pair, i) => {
      const key = keys[i];
      return key !== null && !this.remembered.has(key) ? [{ pair, key }] : [];
    });
    if (missing.length > 0) {
      const computed = await this.compute(
        missing.map((m) => m.pair),
        contexts,
      );
      missing.forEach(({ key }, i) => this.remembered.set(key, computed[i] ?? 'incomplete'));
    }
    return keys.map((key) => {
      const explanation = key === null ? undefined : this.remembered.get(key);
      return explanation === undefined || explanation === 'incomplete' ? null : explanation;
    });
  }

  private async compute(
    pairs: readonly PairKey[],
    contexts: ReadonlyMap<string, ScoringContext | null>,
  ): Promise<(MatchExplanation | null)[]> {
    const { space } = this.skills.get();
    const [candidates, vacancies] = await Promise.all([
      this.loader.candidatesByIds(space, [...new Set(pairs.map((p) => p.candidateId))]),
      this.loader.vacanciesByIds(space, [...new Set(pairs.map((p) => p.vacancyId))]),
    ]);
    const candidateById = new Map(candidates.map((c) => [c.id, c]));
    const vacancyById = new Map(vacancies.map((v) => [v.id, v]));
    return pairs.map((pair) => {
      const c = candidateById.get(pair.candidateId);
      const v = vacancyById.get(pair.vacancyId);
      const context = c && contexts.get(c.regionCode);
      if (!c || !v || !context) return null;
      const pc = prepareCandidate(context, c);
      const pv = prepareVacancy(context, v);
      return isIncomplete(pc) || isIncomplete(pv)
        ? null
        : explainMatch(pc, pv, { improvements: true, audience: pair.audience });
    });
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
