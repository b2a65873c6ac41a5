import { Injectable } from '@nestjs/common';
import type { SystemScope } from '@werkbrug/core';
import {
  isIncomplete,
  prepareCandidate,
  type CandidateFeatures,
  type PreparedCandidate,
  type ScoringContext,
} from '@werkbrug/matching-core';
import { FeatureLoader } from './match-features.store';
import { SkillSpaceProvider } from './skill-space.provider';

/** Reading a region's candidates to count them against one vacancy, for someone who may see that vacancy. */
const DIAGNOSTICS: SystemScope = { system: 'diagnostics' };
/** Transactions commit in a different order than they read the clock (as RegionStatesService re-reads). */
const WATERMARK_OVERLAP_MS = 5000;
/**
 * A copy read whole again after this long: an erased profile, or one moved to another region, leaves no changed
 * row in this region to notice, so without it the counts could go on counting someone who is gone.
 */
const RELOAD_AFTER_MS = 10 * 60_000;
const KEPT_REGIONS = 8;

interface HeldCandidates {
  readonly context: ScoringContext;
  readonly byId: Map<string, PreparedCandidate>;
  readonly loadedAt: number;
  watermark: Date;
}

/**
 * A region's candidates prepared for the hard rules, kept in the gateway for the drop-out counts of a vacancy:
 * read whole once (giving way between pages), then only those changed since (by `updated_at`, which every change
 * the matching model reads moves, the way the worker keeps its own copy). Reading and preparing 10,000 candidates
 * for every question took two seconds and held up every other request meanwhile.
 */
@Injectable()
export class RegionCandidatesService {
  private readonly regions = new Map<string, Promise<HeldCandidates>>();

  constructor(
    private readonly loader: FeatureLoader,
    private readonly skills: SkillSpaceProvider,
  ) {}

  /** The region's candidates with complete profiles, as stored now, prepared with `context`. */
  async current(regionCode: string, context: ScoringContext): Promise<Iterable<PreparedCandidate>> {
    const previous = this.regions.get(regionCode);
    // One refresh at a time per region: the next waits for the one before and then reads only what changed.
    const next = (async () => {
      const held = await previous?.catch(() => undefined);
      if (held && held.context === context && Date.now() - held.loadedAt < RELOAD_AFTER_MS) {
        await this.refresh(regionCode, held);
        return held;
      }
      return this.load(regionCode, context);
    })();
    this.regions.delete(regionCode);
    this.regions.set(regionCode, next);
    while (this.regions.size > KEPT_REGIONS) this.regions.delete(this.regions.keys().next().value!);
    try {
      return (await next).byId.values();
    } catch (error) {
      if (this.regions.get(regionCode) === next) this.regions.delete(regionCode);
      throw error;
    }
  }

  private async load(regionCode: string, context: ScoringContext): Promise<HeldCandidates> {
    const held: HeldCandidates = {
      context,
      byId: new Map(),
      loadedAt: Date.now(),
      watermark: await this.loader.databaseNow(),
    };
    const pages = this.loader.regionPages(
      DIAGNOSTICS,
      'CANDIDATE',
      this.skills.get().space,
      regionCode,
      1000,
    );
    for await (const page of pages) {
      for (const features of page as CandidateFeatures[]) put(held, features);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return held;
  }

  private async refresh(regionCode: string, held: HeldCandidates): Promise<void> {
    const now = await this.loader.databaseNow();
    const since = new Date(held.watermark.getTime() - WATERMARK_OVERLAP_MS);
    const changed = await this.loader.candidatesChangedSince(
      DIAGNOSTICS,
      this.skills.get().space,
      regionCode,
      since,
    );
    for (const { features } of changed) put(held, features);
    held.watermark = now;
  }
}

/** A candidate in, prepared; out when their profile is incomplete (the counts compare complete profiles only). */
function put(held: HeldCandidates, features: CandidateFeatures): void {
  const prepared = prepareCandidate(held.context, features);
  if (isIncomplete(prepared)) held.byId.delete(features.id);
  else held.byId.set(features.id, prepared);
}
