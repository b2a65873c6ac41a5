import { uuidString } from './chunk-codec';
import { floorScore, type MatchList, type MatchSide } from './match-list';

export interface VersionedList extends MatchList {
  readonly listVersion: number;
}

/**
 * A region's top-K lists as this process last saw them. An incremental update reads the lists it touches from
 * here instead of searching the table: under the region's lock it first catches up with every list written since
 * `version` (one indexed query), so what it reads is exactly what is stored. Removed lists are empty lists.
 *
 * Ids are interned: the same uuid appears in up to K lists of the other side, and one string per id instead of
 * one per occurrence keeps a region of 70,000 lists in tens of megabytes.
 */
/** A cached list also holds its ids as numbers: `containing` scans typed arrays, not strings. */
interface CachedList extends VersionedList {
  readonly otherNumbers: Int32Array;
}

export class RegionLists {
  /** Every list written up to this version is reflected here. */
  version = 0;
  private readonly lists: Record<MatchSide, Map<string, CachedList>> = {
    CANDIDATE: new Map(),
    VACANCY: new Map(),
  };
  private readonly ids = new Map<string, string>();
  private readonly numbers = new Map<string, number>();
  /** The same ids by their 16 bytes (as a latin1 key), for lists read in binary. */
  private readonly byBytes = new Map<string, string>();
  private catchingUp: Promise<unknown> = Promise.resolve();

  constructor(readonly regionCode: string) {}

  /**
   * Catch-ups one at a time: a change arriving while the region is being preloaded waits for that load instead
   * of reading the whole region a second time alongside it.
   */
  serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = this.catchingUp.then(work, work);
    this.catchingUp = run.catch(() => undefined);
    return run;
  }

  get size(): number {
    return this.lists.CANDIDATE.size + this.lists.VACANCY.size;
  }

  /** Every list of `side` held, empty ones included. */
  listsOf(side: MatchSide): IterableIterator<MatchList> {
    return this.lists[side].values();
  }

  get(side: MatchSide, ownerId: string): MatchList | undefined {
    return this.lists[side].get(ownerId);
  }

  /** Lists of `side` that hold `otherId`: a scan of flat arrays, a few milliseconds for a region of 20,000 lists. */
  containing(side: MatchSide, otherId: string): MatchList[] {
    const id = this.ids.get(otherId);
    if (id === undefined) return [];
    const found: MatchList[] = [];
    const number = this.numbers.get(id)!;
    for (const list of this.lists[side].values()) if (list.otherNumbers.includes(number)) found.push(list);
    return found;
  }

  /** Of `scores`' owners (of `side`), the lists a pair with that score would enter: room left, or above the floor. */
  enterable(side: MatchSide, scores: ReadonlyMap<string, number>, k: number): MatchList[] {
    const found: MatchList[] = [];
    for (const [ownerId, score] of scores) {
      const list = this.lists[side].get(ownerId);
      if (list && score >= floorScore(list, k)) found.push(list);
    }
    return found;
  }

  /**
   * Lists read from the table, every one newer than `version`, possibly a page at a time: the version moves on
   * only with `caughtUp`, once every page is in.
   */
  apply(lists: readonly VersionedList[]): number {
    let highest = 0;
    for (const list of lists) {
      this.put(list);
      if (list.listVersion > highest) highest = list.listVersion;
    }
    return highest;
  }

  caughtUp(version: number): void {
    if (version > this.version) this.version = version;
  }

  /**
   * After a write committed: the lists it wrote at `toVersion`, on top of the lists as of `fromVersion`. If the
   * copy moved on meanwhile (another job in this process caught up further), only newer lists are taken.
   */
  committed(lists: readonly MatchList[], fromVersion: number, toVersion: number): void {
    for (const list of lists) this.put({ ...list, listVersion: toVersion });
    if (this.version === fromVersion) this.version = toVersion;
  }

  private put(list: VersionedList): void {
    const byOwner = this.lists[list.side];
    const current = byOwner.get(list.ownerId);
    if (current && current.listVersion >= list.listVersion) return;
    // An empty list stays (as it does in the table): it may be a vacancy nobody qualifies for yet.
    const otherIds = list.otherIds.map((id) => this.intern(id));
    byOwner.set(list.ownerId, {
      side: list.side,
      ownerId: this.intern(list.ownerId),
      otherIds,
      otherNumbers: Int32Array.from(otherIds, (id) => this.numbers.get(id)!),
      scores: list.scores,
      listVersion: list.listVersion,
    });
  }

  /** The interned id of the uuid at `bytes[offset…offset+16)`. */
  readonly idOf = (bytes: Buffer, offset: number): string => {
    const key = bytes.toString('latin1', offset, offset + 16);
    const known = this.byBytes.get(key);
    if (known !== undefined) return known;
    const id = this.intern(uuidString(bytes, offset));
    this.byBytes.set(key, id);
    return id;
  };

  private intern(id: string): string {
    const known = this.ids.get(id);
    if (known !== undefined) return known;
    this.ids.set(id, id);
    this.numbers.set(id, this.numbers.size);
    return id;
  }
}
