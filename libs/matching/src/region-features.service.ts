import { Injectable } from '@nestjs/common';
import type { SystemScope } from '@werkbrug/core';
import {
  isIncomplete,
  prepareCandidate,
  prepareVacancy,
  type CandidateFeatures,
  type PreparedCandidate,
  type PreparedVacancy,
  type ScoringContext,
  type SkillSpace,
  type VacancyFeatures,
} from '@werkbrug/matching-core';
import { FeatureLoader, type Loaded } from './match-features.store';
import { keepRecent } from './recent-regions';
import { WATERMARK_OVERLAP_MS } from './region-states.service';
import { SkillSpaceProvider } from './skill-space.provider';

/** Reading a region's candidates or vacancies to answer a question about one of the other side. */
const DIAGNOSTICS: SystemScope = { system: 'diagnostics' };
/**
 * A copy is read whole again after this long: an erased profile, or one moved to another region, leaves no
 * changed row in this region to notice, so without it a copy could go on holding someone who is gone.
 */
const RELOAD_AFTER_MS = 10 * 60_000;
const KEPT_REGIONS = 8;

interface Held<P> {
  readonly context: ScoringContext;
  readonly byId: Map<string, P>;
  /** Read but left out (incomplete, or not matchable when read): not read again on every refresh. */
  readonly leftOut: Set<string>;
  readonly loadedAt: number;
  watermark: Date;
}

/** How one side is read and which of its prepared items are kept (the matchable ones). */
interface Side<F extends { id: string }, P> {
  readonly side: 'CANDIDATE' | 'VACANCY';
  readonly all: (space: SkillSpace, regionCode: string) => AsyncIterable<readonly F[]>;
  readonly changedSince: (space: SkillSpace, regionCode: string, since: Date) => Promise<readonly F[]>;
  readonly byIds: (space: SkillSpace, ids: readonly string[]) => Promise<readonly F[]>;
  readonly prepared: (context: ScoringContext, features: F) => P | null;
}

async function* featuresOf<F>(pages: AsyncIterable<Loaded<F>[]>): AsyncGenerator<F[]> {
  for await (const page of pages) yield page.map((loaded) => loaded.features);
}

/**
 * A region's candidates and vacancies prepared for the hard rules and scoring, kept in the gateway for questions
 * that compare one side with the whole other side (a vacancy's drop-out counts, a candidate's part-time
 * combinations): read whole once, giving way between pages, then only what changed since, by `updated_at`, which
 * every change the matching model reads moves (the worker keeps its copy the same way). At 10,000 candidates,
 * reading and preparing the region for every question took two seconds and held up every other request.
 */
@Injectable()
export class RegionFeaturesService {
  private readonly candidateCopies = new Map<string, Promise<Held<PreparedCandidate>>>();
  private readonly vacancyCopies = new Map<string, Promise<Held<PreparedVacancy>>>();
  private readonly candidateSide: Side<CandidateFeatures, PreparedCandidate>;
  private readonly vacancySide: Side<VacancyFeatures, PreparedVacancy>;

  constructor(
    private readonly loader: FeatureLoader,
    private readonly skills: SkillSpaceProvider,
  ) {
    this.candidateSide = {
      side: 'CANDIDATE',
      byIds: (space, ids) => this.loader.candidatesByIds(space, ids),
      all: (space, regionCode) =>
        featuresOf(
          this.loader.regionPages(DIAGNOSTICS, 'CANDIDATE', space, regionCode, 1000) as AsyncIterable<
            Loaded<CandidateFeatures>[]
          >,
        ),
      changedSince: async (space, regionCode, since) =>
        (await this.loader.candidatesChangedSince(DIAGNOSTICS, space, regionCode, since)).map(
          (c) => c.features,
        ),
      prepared: (context, features) => {
        const c = prepareCandidate(context, features);
        return !isIncomplete(c) && c.active ? c : null;
      },
    };
    this.vacancySide = {
      side: 'VACANCY',
      byIds: (space, ids) => this.loader.vacanciesByIds(space, ids),
      all: (space, regionCode) =>
        featuresOf(
          this.loader.regionPages(DIAGNOSTICS, 'VACANCY', space, regionCode, 1000) as AsyncIterable<
            Loaded<VacancyFeatures>[]
          >,
        ),
      changedSince: async (space, regionCode, since) =>
        (await this.loader.regionVacancies(space, regionCode, since)).map((v) => v.features),
      prepared: (context, features) => {
        const v = prepareVacancy(context, features);
        return !isIncomplete(v) && v.open ? v : null;
      },
    };
  }

  /** The region's active candidates with complete profiles, as stored now, prepared with `context`. */
  async candidates(regionCode: string, context: ScoringContext): Promise<PreparedCandidate[]> {
    return [...(await this.current(this.candidateCopies, this.candidateSide, regionCode, context)).values()];
  }

  /**
   * The region's open vacancies with complete profiles, as stored now, prepared with `context`, by id (the order a
   * fresh read gives, so equal suggestions come out in the same order whatever changed in between).
   */
  async vacancies(regionCode: string, context: ScoringContext): Promise<PreparedVacancy[]> {
    const byId = await this.current(this.vacancyCopies, this.vacancySide, regionCode, context);
    return [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  }

  private async current<F extends { id: string }, P>(
    copies: Map<string, Promise<Held<P>>>,
    side: Side<F, P>,
    regionCode: string,
    context: ScoringContext,
  ): Promise<Map<string, P>> {
    const previous = copies.get(regionCode);
    // One refresh at a time per region: the next waits for the one before and then reads only what changed.
    const next = (async () => {
      const held = await previous?.catch(() => undefined);
      if (held && held.context === context && Date.now() - held.loadedAt < RELOAD_AFTER_MS) {
        await this.refresh(side, regionCode, held);
        return held;
      }
      return this.load(side, regionCode, context);
    })();
    keepRecent(copies, regionCode, next, KEPT_REGIONS);
    try {
      return (await next).byId;
    } catch (error) {
      if (copies.get(regionCode) === next) copies.delete(regionCode);
      throw error;
    }
  }

  private async load<F extends { id: string }, P>(
    side: Side<F, P>,
    regionCode: string,
    context: ScoringContext,
  ): Promise<Held<P>> {
    const held: Held<P> = {
      context,
      byId: new Map(),
      leftOut: new Set(),
      loadedAt: Date.now(),
      watermark: await this.loader.databaseNow(),
    };
    for await (const page of side.all(this.skills.get().space, regionCode)) {
      for (const features of page) put(side, held, features);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return held;
  }

  private async refresh<F extends { id: string }, P>(
    side: Side<F, P>,
    regionCode: string,
    held: Held<P>,
  ): Promise<void> {
    const { space } = this.skills.get();
    const now = await this.loader.databaseNow();
    const since = new Date(held.watermark.getTime() - WATERMARK_OVERLAP_MS);
    for (const features of await side.changedSince(space, regionCode, since)) put(side, held, features);
    // The watermark misses a change whose transaction ran longer than the overlap, and a row that is gone: the
    // region's member ids as stored now settle who is in (a consent withdrawn is never counted a moment longer).
    const members = new Set(await this.loader.regionMemberIds(DIAGNOSTICS, side.side, regionCode));
    for (const id of held.byId.keys()) if (!members.has(id)) held.byId.delete(id);
    const missing = [...members].filter((id) => !held.byId.has(id) && !held.leftOut.has(id));
    for (const features of await side.byIds(space, missing)) put(side, held, features);
    held.watermark = now;
  }
}

/**
 * An item in, prepared, while it is matchable; out when it no longer is (closed, paused, incomplete). Those left
 * out are remembered, so a refresh does not read a member with an incomplete profile again each time.
 */
function put<F extends { id: string }, P>(side: Side<F, P>, held: Held<P>, features: F): void {
  const prepared = side.prepared(held.context, features);
  if (prepared) {
    held.byId.set(features.id, prepared);
    held.leftOut.delete(features.id);
  } else {
    held.byId.delete(features.id);
    held.leftOut.add(features.id);
  }
}
