import {
  rowEntries,
  scoreMatrixTopK,
  type PreparedCandidate,
  type PreparedVacancy,
} from '@werkbrug/matching-core';
import type { MatchList, MatchSide } from './match-list';

/** Top-K lists from the matrix, for one changed item or for whole owners, with ids instead of indices. */
type Prepared = PreparedCandidate | PreparedVacancy;

/**
 * Of `others`, those that can be eligible with at least one of `owners`: a pair is only a match when some
 * required skill of the vacancy has credit from the candidate, so everything else would be scored just to be
 * ruled out. Order is kept, so ties still break by id. Scoring one changed vacancy against 10,000 candidates
 * then touches the few hundred that share a skill instead of all of them (about 20 ms less per update).
 */
function sharingASkill(
  side: MatchSide,
  owners: readonly Prepared[],
  others: readonly Prepared[],
): Prepared[] {
  const space = (owners[0] ?? others[0])?.context.space.size ?? 0;
  const marked = new Uint8Array(space);
  const skillsOf =
    side === 'CANDIDATE'
      ? (p: Prepared) => (p as PreparedCandidate).credSkill
      : (p: Prepared) => (p as PreparedVacancy).requiredSkill;
  const otherSkillsOf =
    side === 'CANDIDATE'
      ? (p: Prepared) => (p as PreparedVacancy).requiredSkill
      : (p: Prepared) => (p as PreparedCandidate).credSkill;
  for (const owner of owners) for (const skill of skillsOf(owner)) marked[skill] = 1;
  // Plain loops: this runs over every item of the other side on every change.
  const out: Prepared[] = [];
  for (let i = 0; i < others.length; i++) {
    const skills = otherSkillsOf(others[i]);
    for (let j = 0; j < skills.length; j++) {
      if (marked[skills[j]] === 1) {
        out.push(others[i]);
        break;
      }
    }
  }
  return out;
}

/** The item's own top-K list, and its score with every other-side item it is eligible for. */
export function scoreAgainst(
  side: MatchSide,
  item: Prepared,
  others: readonly Prepared[],
  k: number,
): { own: MatchList; scores: Map<string, number> } {
  const scores = new Map<string, number>();
  const reachable = sharingASkill(side, [item], others);
  if (side === 'CANDIDATE') {
    const vacancies = reachable as PreparedVacancy[];
    const result = scoreMatrixTopK([item as PreparedCandidate], vacancies, { k, kPerVacancy: 1 });
    for (let vi = 0; vi < vacancies.length; vi++) {
      if (result.byVacancy.count[vi] > 0) scores.set(vacancies[vi].features.id, result.byVacancy.score[vi]);
    }
    return {
      own: listFrom('CANDIDATE', item.features.id, rowEntries(result.byCandidate, 0), vacancies),
      scores,
    };
  }
  const candidates = reachable as PreparedCandidate[];
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
  const reachable = sharingASkill(side, owners, others);
  if (side === 'CANDIDATE') {
    const result = scoreMatrixTopK(owners as PreparedCandidate[], reachable as PreparedVacancy[], { k });
    return owners.map((o, row) =>
      listFrom(side, o.features.id, rowEntries(result.byCandidate, row), reachable),
    );
  }
  const result = scoreMatrixTopK(reachable as PreparedCandidate[], owners as PreparedVacancy[], { k });
  return owners.map((o, row) => listFrom(side, o.features.id, rowEntries(result.byVacancy, row), reachable));
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
