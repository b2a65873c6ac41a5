import {
  createScoringContext,
  escoSpecificity,
  MODEL_VERSION,
  specificityFromFrequencies,
  type ScoringContext,
} from '@werkbrug/matching-core';
import type { SkillModel } from './skill-space.provider';

export const DEFAULT_K = 50;

/**
 * Below this many open vacancies a region's own skill frequencies say little (one vacancy more would swing a
 * skill's weight), so specificity falls back to ESCO's occupations, which hold for every region.
 */
export const MIN_REGION_DOCUMENTS = 30;

/**
 * Everything besides the pair that a region's scores depend on, fixed at a full rematch and used by every
 * incremental update until the next: scores in one list are always on one scale, and an explanation computed
 * later reproduces the stored score.
 */
export interface ScoringSnapshot {
  readonly runId: string;
  readonly modelVersion: string;
  readonly skillSpaceVersion: string;
  /** ISO date the scores are computed for (timing and availability depend on it). */
  readonly scoredOn: string;
  /** Open vacancies counted, and per ESCO skill id how many of them ask for it. */
  readonly documents: number;
  readonly skillFrequencies: Readonly<Record<string, number>>;
  readonly allowOwnEmployer: boolean;
  readonly k: number;
}

export function contextFromSnapshot(model: SkillModel, snapshot: ScoringSnapshot): ScoringContext {
  let specificity: Float64Array;
  if (snapshot.documents < MIN_REGION_DOCUMENTS) {
    specificity = escoSpecificity(model.space, model.occupations);
  } else {
    const counts = new Int32Array(model.space.size);
    for (const [id, count] of Object.entries(snapshot.skillFrequencies)) {
      const index = model.space.indexById.get(id);
      if (index !== undefined) counts[index] = count;
    }
    specificity = specificityFromFrequencies(counts, snapshot.documents);
  }
  return createScoringContext({
    space: model.space,
    specificity,
    labels: model.labels,
    today: snapshot.scoredOn,
    allowOwnEmployer: snapshot.allowOwnEmployer,
  });
}

/** True when stored scores came from another model or skill space than this process runs. */
export function isOutdated(model: SkillModel, snapshot: ScoringSnapshot): boolean {
  return snapshot.modelVersion !== MODEL_VERSION || snapshot.skillSpaceVersion !== model.space.version;
}
