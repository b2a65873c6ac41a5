import {
  rowEntries,
  scoreMatrixTopK,
  type PreparedCandidate,
  type PreparedVacancy,
} from '@werkbrug/matching-core';
import type { MatchList, MatchSide } from './match-list';

/** Top-K lists from the matrix, for one changed item or for whole owners, with ids instead of indices. */
type Prepared = PreparedCandidate | PreparedVacancy;

/** The item's own top-K list, and its score with every other-side item it is eligible for. */
export function scoreAgainst(
  side: MatchSide,
  item: Prepared,
  others: readonly Prepared[],
  k: number,
): { own: MatchList; scores: Map<string, number> } {
  const scores = new Map<string, number>();
  if (side === 'CANDIDATE') {
    const vacancies = others as PreparedVacancy[];
    const result = scoreMatrixTopK([item as PreparedCandidate], vacancies, { k, kPerVacancy: 1 });
    for (let vi = 0; vi < vacancies.length; vi++) {
      if (result.byVacancy.count[vi] > 0) scores.set(vacancies[vi].features.id, result.byVacancy.score[vi]);
    }
    return {
      own: listFrom('CANDIDATE', item.features.id, rowEntries(result.byCandidate, 0), vacancies),
      scores,
    };
  }
  const candidates = others as PreparedCandidate[];
  const result = scoreMatrixTopK(candidates, [item as PreparedVacancy], { k, kPerCandidate: 1 });
  for (let ci = 0; ci < candidates.length; ci++) {
    if (result.byCandidate.count[ci] > 0)
      scores.set(candidates[ci].features.id, result.byCandidate.score[ci]);
  }
  return { own: listFrom('VACANCY', item.features.id, rowEntries(result.byVacancy, 0), candidates), scores };
}

/** Complete top-K lists for `owners` of `side` against all of `others`. */
export function fullLists(
  side: MatchSide,
  owners: readonly Prepared[],
  others: readonly Prepared[],
  k: number,
): MatchList[] {
  if (owners.length === 0) return [];
  if (side === 'CANDIDATE') {
    const result = scoreMatrixTopK(owners as PreparedCandidate[], others as PreparedVacancy[], { k });
    return owners.map((o, row) => listFrom(side, o.features.id, rowEntries(result.byCandidate, row), others));
  }
  const result = scoreMatrixTopK(others as PreparedCandidate[], owners as PreparedVacancy[], { k });
  return owners.map((o, row) => listFrom(side, o.features.id, rowEntries(result.byVacancy, row), others));
}

export function listFrom(
  side: MatchSide,
  ownerId: string,
  entries: readonly { index: number; score: number }[],
  others: readonly Prepared[],
): MatchList {
  return {
    side,
    ownerId,
    otherIds: entries.map((e) => others[e.index].features.id),
    scores: entries.map((e) => e.score),
  };
}
