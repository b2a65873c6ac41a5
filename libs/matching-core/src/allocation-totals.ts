export interface Introduction {
  readonly candidate: string;
  readonly vacancy: string;
  readonly employerId: string;
  readonly score: number;
}

/** What the plan would still be worth if every candidate accepted only as many introductions as allowed. */
export interface FeasibleTotals {
  readonly totalScore: number;
  readonly positionsFilled: number;
  readonly vacanciesServed: number;
}

export interface PlanTotals {
  /** Sum of the introduced pairs' scores, one decimal. */
  readonly totalScore: number;
  readonly introductions: number;
  /** Distinct candidates introduced at least once. */
  readonly candidatesReached: number;
  /** Vacancies with at least one introduction. */
  readonly vacanciesServed: number;
  /** Positions with a candidate introduced: Σ over vacancies of min(positions, introductions). */
  readonly positionsFilled: number;
  readonly maxIntroductionsPerCandidate: number;
  /** Candidates introduced more often than the per-candidate limit: chased by several employers at once. */
  readonly candidatesOverLimit: number;
  /**
   * Gini coefficient of introductions per candidate, over the candidates with at least one pair: 0 when attention
   * is spread evenly, towards 1 when it goes to a few. Three decimals.
   */
  readonly attentionGini: number;
  /** Each over-chased candidate keeps only their best introductions within the limit. */
  readonly feasible: FeasibleTotals;
}

export interface EmployerAttention {
  readonly employerId: string;
  readonly vacancies: number;
  readonly positions: number;
  readonly introductions: number;
  /** Distinct candidates this employer's vacancies are introduced to. */
  readonly candidates: number;
  /** Of those, candidates introduced to another employer as well. */
  readonly sharedCandidates: number;
  readonly totalScore: number;
}

export interface AllocationPlan {
  /** By vacancy id, then best score first, then candidate id. */
  readonly introductions: readonly Introduction[];
  readonly totals: PlanTotals;
  /** By employer id. */
  readonly byEmployer: readonly EmployerAttention[];
}

/** The indexed pairs a plan refers to: candidates and vacancies in id order, edges by candidate then vacancy. */
export interface PlanEdges {
  readonly candidates: readonly { readonly id: string }[];
  readonly vacancies: readonly {
    readonly id: string;
    readonly employerId: string;
    readonly positions: number;
  }[];
  readonly edgeCandidate: Int32Array;
  readonly edgeVacancy: Int32Array;
  readonly score: Float64Array;
}

const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

/** `plan` holds edge indices in ascending order. */
export function planSummary(edges: PlanEdges, plan: readonly number[], limit: number): AllocationPlan {
  const { candidates, vacancies, edgeCandidate, edgeVacancy, score } = edges;
  const introductions = plan
    .map((e) => ({ e, v: vacancies[edgeVacancy[e]] }))
    .sort((a, b) => edgeVacancy[a.e] - edgeVacancy[b.e] || score[b.e] - score[a.e] || a.e - b.e)
    .map(({ e, v }) => ({
      candidate: candidates[edgeCandidate[e]].id,
      vacancy: v.id,
      employerId: v.employerId,
      score: score[e],
    }));
  const perCandidate = new Int32Array(candidates.length);
  const perVacancy = new Int32Array(vacancies.length);
  for (const e of plan) {
    perCandidate[edgeCandidate[e]]++;
    perVacancy[edgeVacancy[e]]++;
  }
  let positionsFilled = 0;
  for (let v = 0; v < vacancies.length; v++)
    positionsFilled += Math.min(vacancies[v].positions, perVacancy[v]);
  return {
    introductions,
    totals: {
      totalScore: oneDecimal(plan.reduce((t, e) => t + score[e], 0)),
      introductions: plan.length,
      candidatesReached: perCandidate.filter((n) => n > 0).length,
      vacanciesServed: perVacancy.filter((n) => n > 0).length,
      positionsFilled,
      maxIntroductionsPerCandidate: perCandidate.reduce((m, n) => Math.max(m, n), 0),
      candidatesOverLimit: perCandidate.filter((n) => n > limit).length,
      attentionGini: attentionGini(edges, perCandidate),
      feasible: feasibleTotals(edges, plan, limit),
    },
    byEmployer: employerAttention(edges, plan),
  };
}

/** Over candidates with at least one pair: a candidate nobody could be introduced to is not left out by a plan. */
function attentionGini(edges: PlanEdges, perCandidate: Int32Array): number {
  const reachable = new Uint8Array(perCandidate.length);
  for (const c of edges.edgeCandidate) reachable[c] = 1;
  const loads = Array.from(perCandidate)
    .filter((_, c) => reachable[c] === 1)
    .sort((a, b) => a - b);
  const total = loads.reduce((t, x) => t + x, 0);
  if (total === 0) return 0;
  const n = loads.length;
  const ranked = loads.reduce((t, x, i) => t + (i + 1) * x, 0);
  return Math.round(((2 * ranked) / (n * total) - (n + 1) / n) * 1000) / 1000;
}

function feasibleTotals(edges: PlanEdges, plan: readonly number[], limit: number): FeasibleTotals {
  const { edgeCandidate, edgeVacancy, score } = edges;
  const kept = new Int32Array(edges.candidates.length);
  const served = new Set<number>();
  let totalScore = 0;
  let positionsFilled = 0;
  for (const e of [...plan].sort((a, b) => score[b] - score[a] || a - b)) {
    if (kept[edgeCandidate[e]]++ >= limit) continue;
    totalScore += score[e];
    positionsFilled++;
    served.add(edgeVacancy[e]);
  }
  return { totalScore: oneDecimal(totalScore), positionsFilled, vacanciesServed: served.size };
}

function employerAttention(edges: PlanEdges, plan: readonly number[]): EmployerAttention[] {
  const { vacancies, edgeCandidate, edgeVacancy, score } = edges;
  const rows = new Map<string, { vacancies: number; positions: number; edges: number[] }>();
  for (const v of vacancies) {
    const row = rows.get(v.employerId) ?? { vacancies: 0, positions: 0, edges: [] };
    row.vacancies++;
    row.positions += v.positions;
    rows.set(v.employerId, row);
  }
  for (const e of plan) rows.get(vacancies[edgeVacancy[e]].employerId)?.edges.push(e);
  const employersOf = new Map<number, Set<string>>();
  for (const e of plan) {
    const set = employersOf.get(edgeCandidate[e]) ?? new Set<string>();
    set.add(vacancies[edgeVacancy[e]].employerId);
    employersOf.set(edgeCandidate[e], set);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([employerId, row]) => {
      const people = new Set(row.edges.map((e) => edgeCandidate[e]));
      return {
        employerId,
        vacancies: row.vacancies,
        positions: row.positions,
        introductions: row.edges.length,
        candidates: people.size,
        sharedCandidates: [...people].filter((c) => (employersOf.get(c)?.size ?? 0) > 1).length,
        totalScore: oneDecimal(row.edges.reduce((t, e) => t + score[e], 0)),
      };
    });
}
