import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PreparedCandidate, PreparedVacancy } from '@werkbrug/matching-core';
import { DataSource, EntityManager } from 'typeorm';
import { fullLists, scoreAgainst } from './list-scoring';
import { applyPairChange, otherSide, type MatchList, type MatchSide } from './match-list';
import { MatchListStore } from './match-list.store';
import type { RegionState } from './region-state';
import { RegionStatesService } from './region-states.service';
import { RematchService } from './rematch.service';
import { isOutdated } from './scoring-snapshot';
import { SkillSpaceProvider } from './skill-space.provider';
import { SnapshotStore } from './snapshot.store';

export interface RescoreResult {
  /** Lists written (the item's own and the other side's it entered, left or moved in). */
  readonly listsUpdated: number;
  /** Other-side owners rescored in full because the item left their full list. */
  readonly ownersRescored: number;
  /** Set when the region has no current snapshot: a full rematch was requested instead. */
  readonly rematchRequested?: boolean;
}

type Prepared = PreparedCandidate | PreparedVacancy;

/**
 * Keeps a region's top-K lists current when one candidate or vacancy changes: the item is scored against the
 * whole other side (in memory), its own list is replaced, and every list of the other side it enters, moves in or
 * leaves is updated — in one transaction under the region's lock, so readers see both sides change together.
 * The result depends only on the current data and the region's snapshot, so a retried or duplicated job writes
 * the same lists.
 */
@Injectable()
export class IncrementalMatcher {
  private readonly logger = new Logger(IncrementalMatcher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: RegionStatesService,
    private readonly snapshots: SnapshotStore,
    private readonly lists: MatchListStore,
    private readonly skills: SkillSpaceProvider,
    private readonly rematch: RematchService,
  ) {}

  async rescore(side: MatchSide, regionCode: string, id: string): Promise<RescoreResult> {
    const snapshot = await this.snapshots.get(regionCode);
    if (!snapshot || isOutdated(this.skills.get(), snapshot)) {
      // No lists on the current model yet: only a full rematch can build them, and it picks up this change too.
      // Requesting joins a run already under way, so a burst of changes makes one run, not one each.
      const run = await this.rematch.request(regionCode, 'no current scores', null);
      await this.rematch.ensureUnderWay(run);
      return { listsUpdated: 0, ownersRescored: 0, rematchRequested: true };
    }
    const t = [performance.now()];
    const state = await this.states.current(regionCode, snapshot);
    t.push(performance.now());
    await this.states.reload(state, side, id);
    t.push(performance.now());
    const write = await this.dataSource.transaction(async (tx) => {
      await this.lists.lockRegion(tx, regionCode);
      await this.catchUp(tx, state);
      t.push(performance.now());
      return this.apply(tx, state, side, id);
    });
    t.push(performance.now());
    // Only once committed: a rolled-back write must not reach the in-memory lists.
    state.lists.committed(write.lists, write.fromVersion, write.toVersion);
    const ms = t.slice(1).map((at, i) => Math.round(at - t[i]));
    this.logger.debug(
      `rescored ${side.toLowerCase()} ${id}: ${write.result.listsUpdated} lists, ${write.result.ownersRescored} ` +
        `owners in full; region ${ms[0]} ms, reload ${ms[1]} ms, lock and catch-up ${ms[2]} ms, score and write ${ms[3]} ms`,
    );
    return write.result;
  }

  /**
   * Loads the region and its lists into this process ahead of the first change (after a full rematch replaced
   * them), so that change does not wait for it. Without the region's lock, so writers are not held up: one
   * REPEATABLE READ snapshot keeps the pages consistent, and writers take their versions and commit in order
   * under the lock, so whatever highest version the snapshot holds, everything below it is in it too.
   */
  async warm(regionCode: string): Promise<void> {
    const snapshot = await this.snapshots.get(regionCode);
    if (!snapshot || isOutdated(this.skills.get(), snapshot)) return;
    const state = await this.states.current(regionCode, snapshot);
    await this.dataSource.transaction('REPEATABLE READ', (tx) => this.catchUp(tx, state));
  }

  /** Brings the in-memory lists up to what is stored; under the region's lock, so nothing changes meanwhile. */
  private catchUp(tx: EntityManager, state: RegionState): Promise<void> {
    return state.lists.serialize(async () => {
      const stored = await this.lists.regionVersion(tx, state.regionCode);
      if (stored === state.lists.version) return;
      let highest = state.lists.version;
      const pages = this.lists.changedSince(tx, state.regionCode, state.lists.version, state.lists.idOf);
      for await (const page of pages) {
        highest = Math.max(highest, state.lists.apply(page));
      }
      state.lists.caughtUp(highest);
    });
  }

  /** Runs inside the caller's transaction and region lock, with `state.lists` caught up. */
  private async apply(
    tx: EntityManager,
    state: RegionState,
    side: MatchSide,
    id: string,
  ): Promise<{ result: RescoreResult; lists: MatchList[]; fromVersion: number; toVersion: number }> {
    const k = state.snapshot.k;
    const fromVersion = state.lists.version;
    const stamp = {
      modelVersion: state.snapshot.modelVersion,
      scoredOn: state.snapshot.scoredOn,
      k,
      listVersion: await this.lists.nextVersion(tx),
    };
    const item: Prepared | undefined =
      side === 'CANDIDATE' ? state.candidates.get(id) : state.vacancies.get(id);
    const others: Prepared[] = side === 'CANDIDATE' ? state.vacancyArray() : state.candidateArray();
    const scored = item
      ? scoreAgainst(side, item, others, k)
      : { own: null, scores: new Map<string, number>() };

    const affected = new Map<string, MatchList>();
    for (const list of state.lists.containing(otherSide(side), id)) affected.set(list.ownerId, list);
    for (const list of state.lists.enterable(otherSide(side), scored.scores, k))
      affected.set(list.ownerId, list);

    const updated: MatchList[] = [];
    const inexact: string[] = [];
    for (const list of affected.values()) {
      const change = applyPairChange(list, k, id, scored.scores.get(list.ownerId) ?? null);
      if (change.exact) {
        if (change.list !== list) updated.push(change.list);
      } else inexact.push(list.ownerId);
    }
    // The item fell off these owners' full lists: their K-th place needs the whole other side.
    const otherItems = inexact.flatMap((owner) => {
      const found = side === 'CANDIDATE' ? state.vacancies.get(owner) : state.candidates.get(owner);
      return found ? [found] : [];
    });
    const mine: Prepared[] = side === 'CANDIDATE' ? state.candidateArray() : state.vacancyArray();
    updated.push(...fullLists(otherSide(side), otherItems, mine, k));
    const vanished = inexact
      .filter((owner) => !otherItems.some((o) => o.features.id === owner))
      .map((ownerId): MatchList => ({ side: otherSide(side), ownerId, otherIds: [], scores: [] }));
    // An item that cannot be matched any more keeps an empty list if it had one (see MatchListStore).
    const own: MatchList | null =
      scored.own ?? (state.lists.get(side, id) ? { side, ownerId: id, otherIds: [], scores: [] } : null);
    const written = own ? [...updated, ...vanished, own] : [...updated, ...vanished];
    await this.lists.upsert(tx, state.regionCode, written, stamp);
    return {
      result: { listsUpdated: written.length, ownersRescored: otherItems.length },
      lists: written,
      fromVersion,
      toVersion: stamp.listVersion,
    };
  }
}
