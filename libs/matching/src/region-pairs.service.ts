import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MatchListStore } from './match-list.store';
import { RegionLists } from './region-lists';
import { RegionPairs } from './region-pairs';
import { keepRecent } from './recent-regions';

/**
 * Regions whose pairs a process keeps (a 10,000 × 10,000 region's lists and pairs take some tens of megabytes); a
 * mobility team reads its own region, so a few cover the teams a gateway serves at a time.
 */
const KEPT_REGIONS = 4;

interface HeldRegion {
  lists: RegionLists;
  pairs: RegionPairs | null;
  /** The lists' version `pairs` was built from. */
  version: number;
  rebuilding: Promise<RegionPairs> | null;
}

/**
 * A region's pairs for the mobility team's region list, kept in this process and brought up to date from the
 * stored lists when they change: only the lists written since the copy's version are read (binary COPY), and the
 * pairs are ordered again once per version rather than once per request.
 *
 * Freshness: a request that finds a newer list version than the pairs' rebuilds them and answers from the new
 * pairs; requests arriving while that rebuild runs answer from the previous pairs rather than queue behind it
 * (during a rematch the lists change every few hundred milliseconds). Whether a candidate or vacancy may be
 * shown is never taken from here: the caller decides that per request on current data.
 */
@Injectable()
export class RegionPairsService {
  private readonly regions = new Map<string, HeldRegion>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: MatchListStore,
  ) {}

  /** The region's pairs as of its stored lists now, or as of a rebuild running meanwhile. */
  async current(regionCode: string): Promise<RegionPairs> {
    const held = this.hold(regionCode);
    const version = await this.store.regionVersion(this.dataSource.manager, regionCode);
    if (held.pairs && held.version === version) return held.pairs;
    if (held.rebuilding) return held.pairs ?? held.rebuilding;
    const previous = held.pairs;
    held.rebuilding = this.rebuild(regionCode, held).finally(() => (held.rebuilding = null));
    // A rebuild that fails (a lost connection) leaves the previous order, which is still a list of real pairs;
    // who may be shown is read per request anyway.
    return held.rebuilding.catch((error: unknown) => {
      if (previous) return previous;
      throw error;
    });
  }

  private hold(regionCode: string): HeldRegion {
    const held = this.regions.get(regionCode) ?? {
      lists: new RegionLists(regionCode),
      pairs: null,
      version: -1,
      rebuilding: null,
    };
    keepRecent(this.regions, regionCode, held, KEPT_REGIONS);
    return held;
  }

  /**
   * Catches the copy up in one REPEATABLE READ snapshot, without the region's lock so writers are not held up:
   * writers take their versions and commit in order under that lock, so the snapshot holds every version below
   * its highest. When lists were deleted (the copy then holds lists the table does not), the copy starts again.
   * Only a full rematch deletes lists, and it writes every list anew, so the version moves with it. (An erasure
   * deletes the erased person's own list too, without a version; they are no longer shown anyway.)
   */
  private async rebuild(regionCode: string, held: HeldRegion): Promise<RegionPairs> {
    const version = await this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const stored = await this.store.regionListCount(tx, regionCode);
      await this.catchUp(tx, held.lists);
      if (held.lists.size !== stored.lists) {
        held.lists = new RegionLists(regionCode);
        await this.catchUp(tx, held.lists);
      }
      return stored.version;
    });
    // Ordered after the snapshot's connection is back in the pool.
    const pairs = await RegionPairs.buildGivingWay(
      held.lists.listsOf('CANDIDATE'),
      held.lists.listsOf('VACANCY'),
    );
    Object.assign(held, { pairs, version });
    return pairs;
  }

  private async catchUp(tx: EntityManager, lists: RegionLists): Promise<void> {
    let highest = lists.version;
    for await (const page of this.store.changedSince(tx, lists.regionCode, lists.version, lists.idOf)) {
      highest = Math.max(highest, lists.apply(page));
    }
    lists.caughtUp(highest);
  }
}
