import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CandidateFeatures, VacancyFeatures } from '@werkbrug/matching-core';
import { DataSource } from 'typeorm';
import { FeatureLoader } from './feature-loader';
import { RegionState } from './region-state';
import { contextFromSnapshot, type ScoringSnapshot } from './scoring-snapshot';
import { SkillSpaceProvider } from './skill-space.provider';

export interface RegionFeatures {
  readonly candidates: readonly { readonly features: CandidateFeatures }[];
  readonly vacancies: readonly { readonly features: VacancyFeatures }[];
}

/** Transactions commit in a different order than they read the clock; re-reading this much overlap is cheap. */
const WATERMARK_OVERLAP_MS = 5000;

/**
 * One RegionState per region per process, for the snapshot (run) it was prepared with. Loading a region is
 * serialised per region; later calls only read what changed since the last one.
 */
@Injectable()
export class RegionStatesService {
  private readonly states = new Map<string, Promise<RegionState>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

  /**
   * For a rematch: the region's vacancies only. Every chunk scores against all of them, but reads just its own
   * candidates, so worker processes share that part of the loading instead of each doing all of it.
   */
  async loadVacanciesAsOf(regionCode: string, snapshot: ScoringSnapshot, asOf: Date): Promise<RegionState> {
    const vacancies = await this.loader.regionVacancies(this.skills.get().space, regionCode);
    return this.prepare(regionCode, snapshot, asOf, { candidates: [], vacancies });
  }

  private async load(regionCode: string, snapshot: ScoringSnapshot): Promise<RegionState> {
    return this.loadAsOf(regionCode, snapshot, await this.databaseNow());
  }

  /** A fresh load of the region's matchable candidates and vacancies, prepared with `snapshot`. */
  async loadAsOf(regionCode: string, snapshot: ScoringSnapshot, asOf: Date): Promise<RegionState> {
    return this.prepare(regionCode, snapshot, asOf, await this.loadFeatures(regionCode));
  }

  /** Every candidate and vacancy of the region, as the scoring model reads them (complete or not). */
  async loadFeatures(regionCode: string): Promise<RegionFeatures> {
    const { space } = this.skills.get();
    const [candidates, vacancies] = await Promise.all([
      this.loader.regionCandidates(space, regionCode),
      this.loader.regionVacancies(space, regionCode),
    ]);
    return { candidates, vacancies };
  }

  /** A state from features already read (a rematch's plan reads them once for the snapshot and the state). */
  prepare(regionCode: string, snapshot: ScoringSnapshot, asOf: Date, features: RegionFeatures): RegionState {
    const { candidates, vacancies } = features;
    const state = new RegionState(
      regionCode,
      snapshot,
      contextFromSnapshot(this.skills.get(), snapshot),
      asOf,
    );
    for (const { features } of candidates) state.putCandidate(features);
    for (const { features } of vacancies) state.putVacancy(features);
    state.incompleteCandidates = candidates.length - state.candidates.size;
    state.incompleteVacancies = vacancies.length - state.vacancies.size;
    return state;
  }

  private async refresh(state: RegionState): Promise<void> {
    const model = this.skills.get();
    const now = await this.databaseNow();
    const since = new Date(state.watermark.getTime() - WATERMARK_OVERLAP_MS);
    const [candidates, vacancies] = await Promise.all([
      this.loader.regionCandidates(model.space, state.regionCode, since),
      this.loader.regionVacancies(model.space, state.regionCode, since),
    ]);
    for (const { features } of candidates) state.putCandidate(features);
    for (const { features } of vacancies) state.putVacancy(features);
    state.watermark = now;
  }

  private async databaseNow(): Promise<Date> {
    const [{ now }]: { now: Date }[] = await this.dataSource.query(`SELECT now() AS now`);
    return now;
  }
}
