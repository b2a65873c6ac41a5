import { Injectable } from '@nestjs/common';
import type { CandidateFeatures, VacancyFeatures } from '@werkbrug/matching-core';
import { FeatureLoader } from './match-features.store';
import { RegionState } from './region-state';
import { contextFromSnapshot, type ScoringSnapshot } from './scoring-snapshot';
import { SkillSpaceProvider } from './skill-space.provider';
import { WORKER_SCOPE } from './system-scope';

/**
 * Transactions commit in a different order than they read the clock; re-reading this much overlap is cheap. Every
 * copy of a region kept by `updated_at` (the worker's states, the gateway's prepared sides) re-reads this much.
 */
export const WATERMARK_OVERLAP_MS = 5000;

/**
 * One RegionState per region per process, for the snapshot (run) it was prepared with. Loading a region is
 * serialised per region; later calls only read what changed since the last one.
 */
@Injectable()
export class RegionStatesService {
  private readonly states = new Map<string, Promise<RegionState>>();

  constructor(
    private readonly loader: FeatureLoader,
    private readonly skills: SkillSpaceProvider,
  ) {}

  /** The region as of now (refreshed), prepared with `snapshot`. */
  async current(regionCode: string, snapshot: ScoringSnapshot): Promise<RegionState> {
    const previous = this.states.get(regionCode);
    const next = (async () => {
      const state = await previous?.catch(() => undefined);
      if (state && state.snapshot.runId === snapshot.runId) {
        await this.refresh(state);
        return state;
      }
      return this.load(regionCode, snapshot);
    })();
    this.states.set(regionCode, next);
    try {
      return await next;
    } catch (error) {
      if (this.states.get(regionCode) === next) this.states.delete(regionCode);
      throw error;
    }
  }

  forget(regionCode: string): void {
    this.states.delete(regionCode);
  }

  private async load(regionCode: string, snapshot: ScoringSnapshot): Promise<RegionState> {
    return this.loadAsOf(regionCode, snapshot, await this.loader.databaseNow());
  }

  /** A fresh load of the region's matchable candidates and vacancies, prepared with `snapshot`. */
  async loadAsOf(
    regionCode: string,
    snapshot: ScoringSnapshot,
    asOf: Date,
    { candidates = true }: { candidates?: boolean } = {},
  ): Promise<RegionState> {
    const { space } = this.skills.get();
    const state = new RegionState(
      regionCode,
      snapshot,
      contextFromSnapshot(this.skills.get(), snapshot),
      asOf,
    );
    // Page by page, each prepared before the next is read: a region of 70,000 never has all its rows (and
    // their strings) in memory next to the prepared state.
    let seenCandidates = 0;
    let seenVacancies = 0;
    await Promise.all([
      (async () => {
        if (!candidates) return;
        for await (const page of this.loader.regionPages(WORKER_SCOPE, 'CANDIDATE', space, regionCode)) {
          for (const features of page as CandidateFeatures[]) state.putCandidate(features);
          seenCandidates += page.length;
        }
      })(),
      (async () => {
        for await (const page of this.loader.regionPages(WORKER_SCOPE, 'VACANCY', space, regionCode)) {
          for (const features of page as VacancyFeatures[]) state.putVacancy(features);
          seenVacancies += page.length;
        }
      })(),
    ]);
    state.incompleteCandidates = seenCandidates - state.candidates.size;
    state.incompleteVacancies = seenVacancies - state.vacancies.size;
    return state;
  }

  /**
   * For a rematch: the region's vacancies only. Every chunk scores against all of them, but reads just its own
   * candidates, so worker processes share that part of the loading instead of each doing all of it.
   */
  loadVacanciesAsOf(regionCode: string, snapshot: ScoringSnapshot, asOf: Date): Promise<RegionState> {
    return this.loadAsOf(regionCode, snapshot, asOf, { candidates: false });
  }

  private async refresh(state: RegionState): Promise<void> {
    const model = this.skills.get();
    const now = await this.loader.databaseNow();
    const since = new Date(state.watermark.getTime() - WATERMARK_OVERLAP_MS);
    const [candidates, vacancies] = await Promise.all([
      this.loader.candidatesChangedSince(WORKER_SCOPE, model.space, state.regionCode, since),
      this.loader.regionVacancies(model.space, state.regionCode, since),
    ]);
    // The overlap reads recent rows again and again; only those that changed since are prepared again.
    for (const { features, updatedAt } of candidates) {
      if (state.changedSinceSeen(features.id, updatedAt)) state.putCandidate(features);
    }
    for (const { features, updatedAt } of vacancies) {
      if (state.changedSinceSeen(features.id, updatedAt)) state.putVacancy(features);
    }
    state.watermark = now;
  }
}
