import { Injectable } from '@nestjs/common';
import type { CandidateFeatures, VacancyFeatures } from '@werkbrug/matching-core';
import { FeatureLoader, type Loaded, type MemberVersion } from './match-features.store';
import type { MatchSide } from './match-list';
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
  /** Undefined when a load failed: the next caller loads again. */
  private readonly states = new Map<string, Promise<RegionState | undefined>>();

  constructor(
    private readonly loader: FeatureLoader,
    private readonly skills: SkillSpaceProvider,
  ) {}

  /**
   * The region as of now (refreshed), prepared with `snapshot`. After a rematch (a new snapshot) the copy this
   * process keeps is checked against what is stored and prepared again, instead of reading the region's rows:
   * at 10,000 + 10,000 that read cost every worker a second or more of CPU after every rematch.
   */
  current(regionCode: string, snapshot: ScoringSnapshot): Promise<RegionState> {
    return this.serialized(regionCode, async (kept) => {
      if (kept && kept.snapshot.runId === snapshot.runId) {
        await this.refresh(kept);
        return kept;
      }
      if (kept && this.readWithCurrentSpace(kept)) {
        await this.verify(kept);
        return kept.preparedWith(snapshot, contextFromSnapshot(this.skills.get(), snapshot));
      }
      return this.load(regionCode, snapshot);
    });
  }

  /**
   * This process's copy of the region, made exactly what is stored: every matchable member's version compared
   * with the one it was read at, the changed and the new read, the departed dropped (also those who left without
   * a changed row, which a watermark cannot see). A full rematch scores from it instead of reading the region
   * again. Undefined when this process keeps no copy of the region, or one read with another skill space.
   */
  async verifiedCopy(regionCode: string): Promise<RegionState | undefined> {
    if (!this.states.has(regionCode)) return undefined;
    let copy: RegionState | undefined;
    await this.serialized(regionCode, async (kept) => {
      if (kept && this.readWithCurrentSpace(kept)) {
        await this.verify(kept);
        copy = kept;
      }
      return kept;
    });
    return copy;
  }

  /**
   * The changed row itself, read fresh whatever the copy's watermark says, and noted with its version; in turn
   * with the copy's other work, so a check against what is stored cannot be overwritten by an older read.
   */
  async reload(state: RegionState, side: MatchSide, id: string): Promise<void> {
    const { space } = this.skills.get();
    await this.serialized(state.regionCode, async (kept) => {
      if (side === 'CANDIDATE') {
        const [loaded] = await this.loader.candidateVersionsByIds(space, [id]);
        if (loaded) state.putReadCandidate(loaded);
        else state.removeCandidate(id);
      } else {
        const [loaded] = await this.loader.vacancyVersionsByIds(space, [id]);
        if (loaded) state.putReadVacancy(loaded);
        else state.removeVacancy(id);
      }
      return kept;
    });
  }

  /** A copy's features name skills by this process's skill space: one read with another cannot be reused. */
  private readWithCurrentSpace(kept: RegionState): boolean {
    return kept.context.space === this.skills.get().space;
  }

  forget(regionCode: string): void {
    this.states.delete(regionCode);
  }

  /** Work on a region's copy one at a time; a failed one leaves no copy, so the next caller loads again. */
  private async serialized<T extends RegionState | undefined>(
    regionCode: string,
    work: (kept: RegionState | undefined) => Promise<T>,
  ): Promise<T> {
    const previous = this.states.get(regionCode);
    const next = (async () => work(await previous?.catch(() => undefined)))();
    this.states.set(regionCode, next);
    try {
      return await next;
    } catch (error) {
      if (this.states.get(regionCode) === next) this.states.delete(regionCode);
      throw error;
    }
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
    await Promise.all([
      (async () => {
        if (!candidates) return;
        for await (const page of this.loader.regionPages(WORKER_SCOPE, 'CANDIDATE', space, regionCode)) {
          for (const { features, updatedAt } of page as Loaded<CandidateFeatures>[]) {
            state.changedSinceSeen(features.id, updatedAt);
            state.putCandidate(features);
          }
        }
      })(),
      (async () => {
        for await (const page of this.loader.regionPages(WORKER_SCOPE, 'VACANCY', space, regionCode)) {
          for (const { features, updatedAt } of page as Loaded<VacancyFeatures>[]) {
            state.changedSinceSeen(features.id, updatedAt);
            state.putVacancy(features);
          }
        }
      })(),
    ]);
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
    state.expectChanges(candidates.length + vacancies.length);
    // The overlap reads recent rows again and again; only those that changed since are prepared again.
    for (const { features, updatedAt } of candidates) {
      if (state.changedSinceSeen(features.id, updatedAt)) state.putCandidate(features);
    }
    for (const { features, updatedAt } of vacancies) {
      if (state.changedSinceSeen(features.id, updatedAt)) state.putVacancy(features);
    }
    state.watermark = now;
  }

  private async verify(state: RegionState): Promise<void> {
    const { space } = this.skills.get();
    const now = await this.loader.databaseNow();
    const [candidates, vacancies] = await Promise.all([
      this.loader.regionMemberVersions(WORKER_SCOPE, 'CANDIDATE', state.regionCode),
      this.loader.regionMemberVersions(WORKER_SCOPE, 'VACANCY', state.regionCode),
    ]);
    const departedCandidates = state.memberCandidateIds().filter((id) => !candidates.has(id));
    const departedVacancies = state.memberVacancyIds().filter((id) => !vacancies.has(id));
    // Every member is held, matchable or incomplete; one that is not (or not as read) is read again, and so is a
    // vacancy whose employer changed sector since it was read.
    const unseen = (members: Map<string, MemberVersion>) =>
      [...members]
        .filter(([id, { at, employerSector }]) => {
          if (state.seenAt(id) !== at || !state.holds(id)) return true;
          const vacancy = employerSector === undefined ? undefined : state.vacancies.get(id);
          return vacancy !== undefined && vacancy.features.employerSector !== employerSector;
        })
        .map(([id]) => id);
    const [changedCandidates, changedVacancies] = await Promise.all([
      this.loader.candidateVersionsByIds(space, unseen(candidates)),
      this.loader.vacancyVersionsByIds(space, unseen(vacancies)),
    ]);
    state.expectChanges(
      departedCandidates.length +
        departedVacancies.length +
        changedCandidates.length +
        changedVacancies.length,
    );
    for (const id of departedCandidates) state.removeCandidate(id);
    for (const id of departedVacancies) state.removeVacancy(id);
    // Read by id, a row may have moved to another region since the members were listed.
    for (const loaded of changedCandidates) state.putReadCandidate(loaded);
    for (const loaded of changedVacancies) state.putReadVacancy(loaded);
    state.watermark = now;
  }
}
