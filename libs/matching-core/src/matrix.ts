import { HARD_RULES, type HardRule } from './hard-rules';
import { BLOCK, MatrixRun } from './matrix-run';
import type { PreparedCandidate, PreparedVacancy } from './prepare';
import { finish, type TopKTable } from './top-k';

export interface MatrixOptions {
  /** List length per candidate and per vacancy (default 50). */
  readonly k?: number;
  /**
   * List length per candidate, when it differs: scoring one changed vacancy against a region needs one entry per
   * candidate, and a 10,000 × 50 table it would never fill costs an allocation of megabytes per change.
   */
  readonly kPerCandidate?: number;
  /** List length per vacancy, when it differs (one changed candidate against a region). */
  readonly kPerVacancy?: number;
}

export interface MatrixResult {
  readonly modelVersion: string;
  /** Pairs considered, nC × nV. */
  readonly pairsScored: number;
  /** Pairs that broke no hard rule. */
  readonly pairsEligible: number;
  /** How many pairs each hard rule rejected (the first rule broken, in HARD_RULES order). */
  readonly rejections: Readonly<Record<HardRule, number>>;
  /** Row per candidate: best vacancies (indices into `vacancies`). */
  readonly byCandidate: TopKTable;
  /** Row per vacancy: best candidates (indices into `candidates`). */
  readonly byVacancy: TopKTable;
}

export function assertPrepared(
  candidates: readonly PreparedCandidate[],
  vacancies: readonly PreparedVacancy[],
): void {
  const context = candidates[0]?.context ?? vacancies[0]?.context;
  for (const c of candidates) {
    // Guards callers that cast an Incomplete: an invented score must be impossible, not merely unlikely.
    if (c.kind !== 'candidate') throw new TypeError('only complete, prepared candidates can be scored');
    if (c.context !== context) throw new Error('all inputs must come from one scoring context');
  }
  for (const v of vacancies) {
    if (v.kind !== 'vacancy') throw new TypeError('only complete, prepared vacancies can be scored');
    if (v.context !== context) throw new Error('all inputs must come from one scoring context');
  }
}

/**
 * Scores every candidate against every vacancy and keeps the top K on both sides. Per candidate, skill credit is
 * accumulated over inverted lists, which also yields the vacancies sharing at least one (close) required skill;
 * only those reach the per-pair loop, which checks the remaining hard rules and combines the components without
 * allocating. Explanations are built separately (explainMatch) for the pairs that are kept.
 */
export function scoreMatrixTopK(
  candidates: readonly PreparedCandidate[],
  vacancies: readonly PreparedVacancy[],
  options: MatrixOptions = {},
): MatrixResult {
  assertPrepared(candidates, vacancies);
  const k = options.k ?? 50;
  const run = new MatrixRun(candidates, vacancies, options.kPerCandidate ?? k, options.kPerVacancy ?? k);
  for (let from = 0; from < vacancies.length; from += BLOCK) {
    run.selectBlock(from);
    for (let ci = 0; ci < candidates.length; ci++) run.scoreCandidate(ci);
  }
  return {
    modelVersion: candidates[0]?.context.model.version ?? vacancies[0]?.context.model.version ?? '',
    pairsScored: candidates.length * vacancies.length,
    pairsEligible: run.eligible,
    rejections: Object.fromEntries(HARD_RULES.map((rule, i) => [rule, run.rejected[i]])) as Record<
      HardRule,
      number
    >,
    byCandidate: finish(run.byCandidate),
    byVacancy: finish(run.byVacancy),
  };
}
