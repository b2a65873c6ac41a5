import { explainMatch } from './explain';
import type { MatchExplanation } from './explanation-types';
import type { HardRule } from './hard-rules';
import { scoreMatrixTopK, type MatrixResult } from './matrix';
import {
  isIncomplete,
  prepareCandidate,
  prepareVacancy,
  type Incomplete,
  type PreparedCandidate,
  type PreparedVacancy,
} from './prepare';
import type { ScoringContext } from './context';
import type { CandidateFeatures, VacancyFeatures } from './features';
import { rowEntries } from './top-k';

export interface RankOptions {
  readonly k?: number;
  /** Compute "what would raise the score" for each ranked pair (default true). */
  readonly improvements?: boolean;
}

export interface Ranking {
  /** Best first; only eligible pairs, each fully explained. */
  readonly matches: readonly MatchExplanation[];
  readonly pairsScored: number;
  readonly pairsEligible: number;
  readonly rejections: Readonly<Record<HardRule, number>>;
}

export interface PreparedSet<T> {
  readonly ready: T[];
  /** Never scored or ranked; the reasons tell the user what to complete. */
  readonly incomplete: Incomplete[];
}

export function prepareCandidates(
  context: ScoringContext,
  features: readonly CandidateFeatures[],
): PreparedSet<PreparedCandidate> {
  return split(features.map((f) => prepareCandidate(context, f)));
}

export function prepareVacancies(
  context: ScoringContext,
  features: readonly VacancyFeatures[],
): PreparedSet<PreparedVacancy> {
  return split(features.map((f) => prepareVacancy(context, f)));
}

function split<T extends PreparedCandidate | PreparedVacancy>(items: (T | Incomplete)[]): PreparedSet<T> {
  const ready: T[] = [];
  const incomplete: Incomplete[] = [];
  for (const item of items) {
    if (isIncomplete(item)) incomplete.push(item);
    else ready.push(item);
  }
  return { ready, incomplete };
}

/** The candidate's best vacancies, explained (what a job seeker sees). */
export function rankVacanciesForCandidate(
  candidate: PreparedCandidate,
  vacancies: readonly PreparedVacancy[],
  options: RankOptions = {},
): Ranking {
  const result = scoreMatrixTopK([candidate], vacancies, { k: options.k });
  const matches = rowEntries(result.byCandidate, 0).map(({ index }) =>
    explainMatch(candidate, vacancies[index], options),
  );
  return summary(result, matches);
}

/** The vacancy's best candidates, explained (what an HR lead sees, anonymised by the caller). */
export function rankCandidatesForVacancy(
  vacancy: PreparedVacancy,
  candidates: readonly PreparedCandidate[],
  options: RankOptions = {},
): Ranking {
  const result = scoreMatrixTopK(candidates, [vacancy], { k: options.k });
  const matches = rowEntries(result.byVacancy, 0).map(({ index }) =>
    explainMatch(candidates[index], vacancy, options),
  );
  return summary(result, matches);
}

function summary(result: MatrixResult, matches: MatchExplanation[]): Ranking {
  return {
    matches,
    pairsScored: result.pairsScored,
    pairsEligible: result.pairsEligible,
    rejections: result.rejections,
  };
}
