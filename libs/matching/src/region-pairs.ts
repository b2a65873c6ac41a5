import type { MatchList } from './match-list';

/**
 * Every pair on a region's match lists (on the candidate's list, the vacancy's or both), ordered best first: score
 * descending, then candidate id, then vacancy id, the order the mobility team's region list is read in.
 *
 * Built once per version of the region's lists and then filtered per request, because ordering and deduplicating
 * 840,000 list entries (10,000 × 10,000) took PostgreSQL 1.3 s per request on an idle machine, and under ten
 * concurrent requests none finished within the pool's wait. Each pair is one number, so ordering them is one
 * native sort of a Float64Array: (1000 − score × 10) · 2^36 + candidate order · 2^18 + vacancy order. Scores are
 * stored with one decimal (0–100), and up to 2^18 candidates and vacancies per region fit (the largest region
 * benchmarked has 50,000); the whole key stays below 2^53.
 */
const SIDE_BITS = 2 ** 18;
/** In tenths of a point: far below a tenth, far above a real's rounding error. */
const TENTH_TOLERANCE = 1e-3;
const SCORE_UNIT = 2 ** 36;
export const MAX_PER_SIDE = SIDE_BITS;

export interface RegionPair {
  readonly candidateId: string;
  readonly vacancyId: string;
  readonly score: number;
}

/**
 * Ids as PostgreSQL sends them with `uuid_send`, 16 bytes each, in ascending order (uuid order is byte order):
 * a request's sets of ids arrive as one value each instead of thousands of rows and strings.
 */
export type SortedIds = Buffer;

/** `ids` as SortedIds; for tests and callers that hold strings. */
export function sortedIdBytes(ids: Iterable<string>): SortedIds {
  return Buffer.concat([...new Set(ids)].sort().map((id) => Buffer.from(id.replace(/-/g, ''), 'hex')));
}

/** What a request lets through, decided on current data per request. */
export interface PairFilter {
  readonly candidates: SortedIds;
  readonly vacancies: SortedIds;
  /** A pair passes when its candidate or its vacancy is among these (a skill on either side). */
  readonly either?: { readonly candidates: SortedIds; readonly vacancies: SortedIds } | null;
  readonly minScore?: number | null;
  readonly maxScore?: number | null;
}

export interface PairPage {
  readonly items: RegionPair[];
  readonly totalCount: number;
}

/** Lists or keys handled between two yields of `buildSteps`: a few milliseconds of work each. */
const SLICE_LISTS = 500;
const SLICE_KEYS = 50_000;

export class RegionPairs {
  private readonly candidateBytes: SortedIds;
  private readonly vacancyBytes: SortedIds;

  private constructor(
    private readonly candidateIds: readonly string[],
    private readonly vacancyIds: readonly string[],
    /** Per pair, best first: its candidate and vacancy (index into the id arrays) and its score in tenths. */
    private readonly candidateOf: Int32Array,
    private readonly vacancyOf: Int32Array,
    private readonly tenthsOf: Int16Array,
  ) {
    this.candidateBytes = sortedIdBytes(candidateIds);
    this.vacancyBytes = sortedIdBytes(vacancyIds);
  }

  get size(): number {
    return this.tenthsOf.length;
  }

  static build(candidateLists: Iterable<MatchList>, vacancyLists: Iterable<MatchList>): RegionPairs {
    const steps = RegionPairs.buildSteps(candidateLists, vacancyLists);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same, giving way to other work between slices: a whole region takes about half a second, and a gateway
   * that stopped answering for that long would turn callers away as overloaded (admission control).
   */
  static async buildGivingWay(
    candidateLists: Iterable<MatchList>,
    vacancyLists: Iterable<MatchList>,
  ): Promise<RegionPairs> {
    const steps = RegionPairs.buildSteps(candidateLists, vacancyLists);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** RegionPairs.build as a generator that yields between slices of its work. */
  private static *buildSteps(
    candidateLists: Iterable<MatchList>,
    vacancyLists: Iterable<MatchList>,
  ): Generator<void, RegionPairs> {
    const candidates = new Set<string>();
    const vacancies = new Set<string>();
    let entries = 0;
    function* collect(
      lists: Iterable<MatchList>,
      owners: Set<string>,
      others: Set<string>,
      into: MatchList[],
    ) {
      for (const list of lists) {
        if (list.otherIds.length === 0) continue;
        into.push(list);
        owners.add(list.ownerId);
        for (const id of list.otherIds) others.add(id);
        entries += list.otherIds.length;
        if (into.length % SLICE_LISTS === 0) yield;
      }
    }
    const byCandidate: MatchList[] = [];
    const byVacancy: MatchList[] = [];
    yield* collect(candidateLists, candidates, vacancies, byCandidate);
    yield* collect(vacancyLists, vacancies, candidates, byVacancy);
    if (candidates.size > MAX_PER_SIDE || vacancies.size > MAX_PER_SIDE) {
      throw new RangeError(`a region of more than ${MAX_PER_SIDE} candidates or vacancies`);
    }
    const candidateIds = [...candidates].sort();
    const vacancyIds = [...vacancies].sort();
    const candidateOrder = new Map(candidateIds.map((id, i) => [id, i]));
    const vacancyOrder = new Map(vacancyIds.map((id, i) => [id, i]));
    yield;

    const keys = new Float64Array(entries);
    let n = 0;
    const key = (score: number, c: number, v: number) =>
      (1000 - Math.round(score * 10)) * SCORE_UNIT + c * SIDE_BITS + v;
    for (const [i, list] of byCandidate.entries()) {
      const c = candidateOrder.get(list.ownerId)!;
      list.otherIds.forEach((id, j) => (keys[n++] = key(list.scores[j], c, vacancyOrder.get(id)!)));
      if (i % SLICE_LISTS === 0) yield;
    }
    for (const [i, list] of byVacancy.entries()) {
      const v = vacancyOrder.get(list.ownerId)!;
      list.otherIds.forEach((id, j) => (keys[n++] = key(list.scores[j], candidateOrder.get(id)!, v)));
      if (i % SLICE_LISTS === 0) yield;
    }
    keys.sort();
    yield;
    // A pair on both lists has two keys; the first (the higher score) is kept.
    const seen = new Set<number>();
    const candidateOf = new Int32Array(keys.length);
    const vacancyOf = new Int32Array(keys.length);
    const tenthsOf = new Int16Array(keys.length);
    let kept = 0;
    for (let i = 0; i < keys.length; i++) {
      const pair = keys[i] % SCORE_UNIT;
      if (!seen.has(pair)) {
        seen.add(pair);
        tenthsOf[kept] = 1000 - Math.floor(keys[i] / SCORE_UNIT);
        candidateOf[kept] = Math.floor(pair / SIDE_BITS);
        vacancyOf[kept] = pair % SIDE_BITS;
        kept++;
      }
      if (i % SLICE_KEYS === 0) yield;
    }
    return new RegionPairs(
      candidateIds,
      vacancyIds,
      candidateOf.slice(0, kept),
      vacancyOf.slice(0, kept),
      tenthsOf.slice(0, kept),
    );
  }

  /** Every pair scoring at least `minScore`, best first (for plans over the whole region). */
  atLeast(minScore: number): RegionPair[] {
    const minTenths = Math.ceil(minScore * 10 - TENTH_TOLERANCE);
    const pairs: RegionPair[] = [];
    for (let i = 0; i < this.tenthsOf.length && this.tenthsOf[i] >= minTenths; i++) {
      pairs.push({
        candidateId: this.candidateIds[this.candidateOf[i]],
        vacancyId: this.vacancyIds[this.vacancyOf[i]],
        score: this.tenthsOf[i] / 10,
      });
    }
    return pairs;
  }

  /** The `first` pairs after `offset` that pass `filter`, and how many pass in all. */
  page(filter: PairFilter, first: number, offset: number): PairPage {
    const candidateOk = among(this.candidateBytes, filter.candidates);
    const vacancyOk = among(this.vacancyBytes, filter.vacancies);
    const either = filter.either && {
      candidates: among(this.candidateBytes, filter.either.candidates),
      vacancies: among(this.vacancyBytes, filter.either.vacancies),
    };
    // Scores are stored with one decimal and compared in tenths: a bound between two tenths keeps only the scores
    // inside it (minScore 70.14 starts at 70.2). The tolerance absorbs binary fractions (70.1 × 10 = 700.999…)
    // and a stored score read back as a double (56.9 as a real is 56.900001…).
    const minTenths = filter.minScore == null ? -Infinity : Math.ceil(filter.minScore * 10 - TENTH_TOLERANCE);
    const maxTenths = filter.maxScore == null ? Infinity : Math.floor(filter.maxScore * 10 + TENTH_TOLERANCE);
    const items: RegionPair[] = [];
    let totalCount = 0;
    for (let i = 0; i < this.tenthsOf.length; i++) {
      const tenths = this.tenthsOf[i];
      if (tenths > maxTenths) continue;
      if (tenths < minTenths) break;
      const c = this.candidateOf[i];
      const v = this.vacancyOf[i];
      if (!candidateOk[c] || !vacancyOk[v]) continue;
      if (either && !either.candidates[c] && !either.vacancies[v]) continue;
      if (totalCount >= offset && items.length < first) {
        items.push({ candidateId: this.candidateIds[c], vacancyId: this.vacancyIds[v], score: tenths / 10 });
      }
      totalCount++;
    }
    return { items, totalCount };
  }
}

/** Per id of `held` (both sorted), whether it is in `wanted`: one merge, no strings. */
function among(held: SortedIds, wanted: SortedIds): Uint8Array {
  const found = new Uint8Array(held.length / 16);
  let w = 0;
  for (let h = 0; h < found.length && w < wanted.length;) {
    const order = held.compare(wanted, w, w + 16, h * 16, h * 16 + 16);
    if (order === 0) {
      found[h++] = 1;
      w += 16;
    } else if (order < 0) {
      h++;
    } else {
      w += 16;
    }
  }
  return found;
}
