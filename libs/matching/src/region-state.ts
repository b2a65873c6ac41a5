import { CandidateStatus, VacancyStatus } from '@werkbrug/core/domain-enums';
import {
  isIncomplete,
  type Incomplete,
  prepareCandidate,
  prepareVacancy,
  type CandidateFeatures,
  type PreparedCandidate,
  type PreparedVacancy,
  type ScoringContext,
  type VacancyFeatures,
} from '@werkbrug/matching-core';
import type { Loaded } from './match-features.store';
import { RegionLists } from './region-lists';
import type { ScoringSnapshot } from './scoring-snapshot';

/**
 * The first index whose id is not below `id`, in items ordered by id. Ids are uuids as PostgreSQL writes them
 * (fixed-width lowercase hex), so string order is PostgreSQL's uuid order.
 */
export function lowerBound<T>(items: readonly T[], id: string, idOf: (item: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (idOf(items[mid]) < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Of ids in order, the index range [from, to) of those with first <= id < last (null: no upper bound). */
export function idRange(
  ids: readonly string[],
  first: string,
  last: string | null,
): { from: number; to: number } {
  const own = (id: string) => id;
  return {
    from: lowerBound(ids, first, own),
    to: last === null ? ids.length : lowerBound(ids, last, own),
  };
}

/**
 * The id-ordered array with `id` replaced, inserted or (no item) removed: a copy, since a caller may still hold
 * the old one, but no re-sort of ten thousand items for every change.
 */
function withItem<T extends { features: { id: string } }>(list: readonly T[], id: string, item?: T): T[] {
  const at = lowerBound(list, id, (x) => x.features.id);
  const found = at < list.length && list[at].features.id === id;
  const next = list.slice();
  if (item) next.splice(at, found ? 1 : 0, item);
  else if (found) next.splice(at, 1);
  return next;
}

/** More changes than this at once re-sort the ordered arrays instead of copying them per change. */
const BULK_CHANGES = 64;

const byId = <T extends { features: { id: string } }>(a: T, b: T) =>
  a.features.id < b.features.id ? -1 : a.features.id > b.features.id ? 1 : 0;

const matchableCandidate = (c: PreparedCandidate | Incomplete): c is PreparedCandidate =>
  !isIncomplete(c) && c.active;
const matchableVacancy = (v: PreparedVacancy | Incomplete): v is PreparedVacancy =>
  !isIncomplete(v) && v.open;

/** Of `features`, the candidates that can be matched (active, complete), prepared in `context`; the rest counted. */
export function matchableCandidates(
  context: ScoringContext,
  features: readonly CandidateFeatures[],
): { prepared: PreparedCandidate[]; incomplete: number } {
  const prepared = features.map((f) => prepareCandidate(context, f)).filter(matchableCandidate);
  return { prepared, incomplete: features.length - prepared.length };
}

/** Of `features`, the vacancies that can be matched (open, complete), prepared in `context`. */
export function matchableVacancies(
  context: ScoringContext,
  features: readonly VacancyFeatures[],
): PreparedVacancy[] {
  return features.map((f) => prepareVacancy(context, f)).filter(matchableVacancy);
}

/**
 * A region's matchable candidates and vacancies, prepared in one scoring context and kept in a worker's memory:
 * an incremental update scores one changed item against the other side without reading the region again.
 * Only active candidates and open vacancies with complete data are held; everything else cannot be matched.
 */
export class RegionState {
  readonly candidates = new Map<string, PreparedCandidate>();
  readonly vacancies = new Map<string, PreparedVacancy>();
  /** Matchable-status members whose data is incomplete: not scored, but counted, and members of the region. */
  private readonly incompleteCandidateIds = new Set<string>();
  private readonly incompleteVacancyIds = new Set<string>();
  /** The region's stored lists as this process last read them (see RegionLists). */
  readonly lists: RegionLists;
  /** When each row refreshed into this state had last changed (candidates and vacancies have distinct ids). */
  private readonly seen = new Map<string, number>();
  private candidateList?: PreparedCandidate[];
  private vacancyList?: PreparedVacancy[];

  constructor(
    readonly regionCode: string,
    readonly snapshot: ScoringSnapshot,
    readonly context: ScoringContext,
    /** Rows changed after this moment (minus a margin) are read again before the next update. */
    public watermark: Date,
  ) {
    this.lists = new RegionLists(regionCode);
  }

  get incompleteCandidates(): number {
    return this.incompleteCandidateIds.size;
  }

  get incompleteVacancies(): number {
    return this.incompleteVacancyIds.size;
  }

  /** Whether a refreshed row changed since it was last refreshed here (and notes it as seen). */
  changedSinceSeen(id: string, updatedAt: Date): boolean {
    const at = updatedAt.getTime();
    if (this.seen.get(id) === at) return false;
    this.seen.set(id, at);
    return true;
  }

  /** When the row held for `id` had last changed, in epoch milliseconds; undefined when never read. */
  seenAt(id: string): number | undefined {
    return this.seen.get(id);
  }

  /** Whether `id` is held as a member of the region (candidate or vacancy, matchable or incomplete). */
  holds(id: string): boolean {
    return (
      this.candidates.has(id) ||
      this.vacancies.has(id) ||
      this.incompleteCandidateIds.has(id) ||
      this.incompleteVacancyIds.has(id)
    );
  }

  /** Every candidate held as a member of the region: the matchable and the incomplete ones. */
  memberCandidateIds(): string[] {
    return [...this.candidates.keys(), ...this.incompleteCandidateIds];
  }

  memberVacancyIds(): string[] {
    return [...this.vacancies.keys(), ...this.incompleteVacancyIds];
  }

  /** The ids of the incomplete candidate members, in order. */
  incompleteCandidateIdList(): string[] {
    return [...this.incompleteCandidateIds].sort();
  }

  putCandidate(features: CandidateFeatures): void {
    const prepared = prepareCandidate(this.context, features);
    const matchable = matchableCandidate(prepared) ? prepared : undefined;
    if (matchable) this.candidates.set(features.id, matchable);
    else this.candidates.delete(features.id);
    if (isIncomplete(prepared) && features.status === CandidateStatus.ACTIVE)
      this.incompleteCandidateIds.add(features.id);
    else this.incompleteCandidateIds.delete(features.id);
    this.candidateList = this.candidateList && withItem(this.candidateList, features.id, matchable);
  }

  putVacancy(features: VacancyFeatures): void {
    const prepared = prepareVacancy(this.context, features);
    const matchable = matchableVacancy(prepared) ? prepared : undefined;
    if (matchable) this.vacancies.set(features.id, matchable);
    else this.vacancies.delete(features.id);
    if (isIncomplete(prepared) && features.status === VacancyStatus.OPEN)
      this.incompleteVacancyIds.add(features.id);
    else this.incompleteVacancyIds.delete(features.id);
    this.vacancyList = this.vacancyList && withItem(this.vacancyList, features.id, matchable);
  }

  /** A row read by id, noted with its version: kept if it is still in this region, else dropped. */
  putReadCandidate({ features, updatedAt }: Loaded<CandidateFeatures>): void {
    this.changedSinceSeen(features.id, updatedAt);
    if (features.regionCode === this.regionCode) this.putCandidate(features);
    else this.removeCandidate(features.id);
  }

  putReadVacancy({ features, updatedAt }: Loaded<VacancyFeatures>): void {
    this.changedSinceSeen(features.id, updatedAt);
    if (features.regionCode === this.regionCode) this.putVacancy(features);
    else this.removeVacancy(features.id);
  }

  removeCandidate(id: string): void {
    this.incompleteCandidateIds.delete(id);
    if (this.candidates.delete(id))
      this.candidateList = this.candidateList && withItem(this.candidateList, id);
  }

  removeVacancy(id: string): void {
    this.incompleteVacancyIds.delete(id);
    if (this.vacancies.delete(id)) this.vacancyList = this.vacancyList && withItem(this.vacancyList, id);
  }

  /**
   * The same members prepared with another snapshot (a finished rematch's), without reading a row: what was read
   * stays as read, with its versions, so the copy goes on refreshing from the same watermark. The lists start
   * empty and are caught up from the table: a rematch has just replaced all of them.
   */
  preparedWith(snapshot: ScoringSnapshot, context: ScoringContext): RegionState {
    const next = new RegionState(this.regionCode, snapshot, context, this.watermark);
    for (const [id, at] of this.seen) next.seen.set(id, at);
    for (const candidate of this.candidates.values()) next.putCandidate(candidate.features);
    for (const vacancy of this.vacancies.values()) next.putVacancy(vacancy.features);
    for (const id of this.incompleteCandidateIds) next.incompleteCandidateIds.add(id);
    for (const id of this.incompleteVacancyIds) next.incompleteVacancyIds.add(id);
    return next;
  }

  /**
   * Before many changes at once: the ordered arrays are dropped and sorted again when next asked for, instead of
   * being copied once per change (10,000 changes to 50,000 members would copy half a billion entries).
   */
  expectChanges(count: number): void {
    if (count <= BULK_CHANGES) return;
    this.candidateList = undefined;
    this.vacancyList = undefined;
  }

  /** Ordered by id: the matrix breaks ties by index, so every process ranks equal scores alike. */
  candidateArray(): PreparedCandidate[] {
    this.candidateList ??= [...this.candidates.values()].sort(byId);
    return this.candidateList;
  }

  vacancyArray(): PreparedVacancy[] {
    this.vacancyList ??= [...this.vacancies.values()].sort(byId);
    return this.vacancyList;
  }
}
