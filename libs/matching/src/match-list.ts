/**
 * A persisted top-K list and how a single changed pair updates it. Pure, so the exactness argument below is
 * unit-tested without a database.
 */
export type MatchSide = 'CANDIDATE' | 'VACANCY';

export const otherSide = (side: MatchSide): MatchSide => (side === 'CANDIDATE' ? 'VACANCY' : 'CANDIDATE');

export interface MatchList {
  readonly side: MatchSide;
  readonly ownerId: string;
  /** Best first. */
  readonly otherIds: readonly string[];
  readonly scores: readonly number[];
}

/**
 * Higher score first; equal scores by lower id. Inputs are loaded ordered by id and the matrix breaks ties by
 * lower index, so this is the same order the matrix produces.
 */
export const ranksBefore = (scoreA: number, idA: string, scoreB: number, idB: string): boolean =>
  scoreA > scoreB || (scoreA === scoreB && idA < idB);

/** The weakest kept score of a full list; -1 while the list has room (any eligible pair gets in). */
export function floorScore(list: Pick<MatchList, 'scores'>, k: number): number {
  return list.scores.length >= k ? list.scores[k - 1] : -1;
}

/** Whether a pair with this score would enter the list (ignoring whether it is already on it). */
export function wouldEnter(list: MatchList, k: number, otherId: string, score: number): boolean {
  if (list.otherIds.length < k) return true;
  return ranksBefore(score, otherId, list.scores[k - 1], list.otherIds[k - 1]);
}

export interface PairUpdate {
  readonly list: MatchList;
  /**
   * False when the result may be missing a pair: the changed pair fell off a full list, so its replacement (the
   * owner's K+1-th best) is unknown and the owner must be rescored against the whole other side.
   */
  readonly exact: boolean;
}

/**
 * Applies a new score (or ineligibility, `null`) for one pair to the owner's exact top-K list. Only this pair's
 * score changed, so:
 * - not on the list: it enters if it ranks before the K-th entry (or the list has room); exact either way;
 * - on the list and still ranking at or before the old K-th entry, or the list had room: exact;
 * - on a full list and now below the old K-th entry or ineligible: the K-th place is unknown (not exact).
 */
export function applyPairChange(
  list: MatchList,
  k: number,
  otherId: string,
  score: number | null,
): PairUpdate {
  const at = list.otherIds.indexOf(otherId);
  const full = list.otherIds.length >= k;
  const ids = [...list.otherIds];
  const scores = [...list.scores];
  if (at >= 0) {
    if (full) {
      // Everything off the list ranks after the old K-th entry; the pair keeps a place only if it still does not.
      const lastId = ids[k - 1];
      const lastScore = scores[k - 1];
      const keepsPlace =
        score !== null &&
        (otherId === lastId ? score >= lastScore : ranksBefore(score, otherId, lastScore, lastId));
      if (!keepsPlace) {
        ids.splice(at, 1);
        scores.splice(at, 1);
        return { list: { ...list, otherIds: ids, scores }, exact: false };
      }
    }
    ids.splice(at, 1);
    scores.splice(at, 1);
  } else if (score === null || (full && !ranksBefore(score, otherId, scores[k - 1], ids[k - 1]))) {
    return { list, exact: true };
  }
  if (score !== null) insertSorted(ids, scores, otherId, score);
  ids.length = Math.min(ids.length, k);
  scores.length = ids.length;
  return { list: { ...list, otherIds: ids, scores }, exact: true };
}

function insertSorted(ids: string[], scores: number[], id: string, score: number): void {
  let i = 0;
  while (i < ids.length && ranksBefore(scores[i], ids[i], score, id)) i++;
  ids.splice(i, 0, id);
  scores.splice(i, 0, score);
}
