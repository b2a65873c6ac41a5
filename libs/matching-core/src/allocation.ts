import { maxWeightBMatching, type BipartiteGraph } from './allocation-flow';
import { planSummary, type AllocationPlan, type PlanEdges } from './allocation-totals';

export type {
  AllocationPlan,
  EmployerAttention,
  FeasibleTotals,
  Introduction,
  PlanTotals,
} from './allocation-totals';

export interface AllocationInput {
  readonly candidates: readonly { readonly id: string }[];
  readonly vacancies: readonly {
    readonly id: string;
    readonly employerId: string;
    readonly positions: number;
  }[];
  /** The persisted top-K pairs. Edges naming a candidate or vacancy not listed are ignored (and counted). */
  readonly edges: readonly { readonly candidate: string; readonly vacancy: string; readonly score: number }[];
}

export interface AllocationOptions {
  /** Introductions one candidate may receive at the same time (default 1). */
  readonly introductionsPerCandidate?: number;
  /** Pairs scoring below this are never introduced (default 0). */
  readonly minScore?: number;
}

export interface AllocationComparison {
  /** Maximum total score within positions and the per-candidate limit. */
  readonly optimal: AllocationPlan;
  /** Each vacancy on its own takes its best candidates, as employers would without coordination. */
  readonly greedy: AllocationPlan;
  readonly positions: number;
  readonly introductionsPerCandidate: number;
  /** Distinct pairs considered (at or above minScore, above 0). */
  readonly edgesUsed: number;
  /** Pairs naming an unknown candidate or vacancy, or scoring below minScore or at most 0. */
  readonly edgesIgnored: number;
}

/** Scores are compared at 0.001 points: integer gains keep the potentials' sums exact. */
const SCALE = 1000;

/**
 * A region-wide proposal of who to introduce where, next to the greedy plan of each vacancy taking its own top
 * candidates. Both are computed from the same edges; see README.md for the method and its cost.
 */
export function planAllocation(
  input: AllocationInput,
  options: AllocationOptions = {},
): AllocationComparison {
  const limit = options.introductionsPerCandidate ?? 1;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`introductionsPerCandidate must be an integer ≥ 1, got ${limit}`);
  }
  const edges = indexEdges(input, options.minScore ?? 0);
  const { graph, capacity } = edges;
  const chosen = maxWeightBMatching(graph, limit, capacity);
  const optimal: number[] = [];
  for (let e = 0; e < chosen.length; e++) if (chosen[e] === 1) optimal.push(e);
  return {
    optimal: planSummary(edges, optimal, limit),
    greedy: planSummary(edges, greedyPlan(edges), limit),
    positions: capacity.reduce((t, n) => t + n, 0),
    introductionsPerCandidate: limit,
    edgesUsed: edges.score.length,
    edgesIgnored: input.edges.length - edges.score.length,
  };
}

interface IndexedEdges extends PlanEdges {
  readonly graph: BipartiteGraph;
  readonly capacity: Int32Array;
}

function sortedIds<T extends { readonly id: string }>(items: readonly T[], what: string): T[] {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id) throw new RangeError(`${what} ${sorted[i].id} is listed twice`);
  }
  return sorted;
}

/**
 * Candidates and vacancies in id order, so the plan does not depend on input order; pairs ordered by candidate,
 * then vacancy, where a pair listed twice keeps its best score.
 */
function indexEdges(input: AllocationInput, minScore: number): IndexedEdges {
  const candidates = sortedIds(input.candidates, 'candidate');
  const vacancies = sortedIds(input.vacancies, 'vacancy');
  for (const v of vacancies) {
    if (!Number.isInteger(v.positions) || v.positions < 0)
      throw new RangeError(`vacancy ${v.id} has ${v.positions} positions; expected an integer ≥ 0`);
  }
  const raw = rawEdges(input, minScore, candidates, vacancies);
  // Two stable counting sorts, by vacancy and then by candidate, order the pairs without a comparator.
  const byVacancy = countingOrder(raw.vacancy, raw.count, vacancies.length, null);
  const order = countingOrder(raw.candidate, raw.count, candidates.length, byVacancy);
  const edgeCandidate = new Int32Array(raw.count);
  const edgeVacancy = new Int32Array(raw.count);
  const scores = new Float64Array(raw.count);
  let m = 0;
  for (const i of order) {
    if (m > 0 && edgeCandidate[m - 1] === raw.candidate[i] && edgeVacancy[m - 1] === raw.vacancy[i]) {
      scores[m - 1] = Math.max(scores[m - 1], raw.score[i]);
      continue;
    }
    edgeCandidate[m] = raw.candidate[i];
    edgeVacancy[m] = raw.vacancy[i];
    scores[m++] = raw.score[i];
  }
  const score = scores.slice(0, m);
  const graph: BipartiteGraph = {
    candidates: candidates.length,
    vacancies: vacancies.length,
    edgeCandidate: edgeCandidate.slice(0, m),
    edgeVacancy: edgeVacancy.slice(0, m),
    gain: scaled(score),
    candidateStart: bucketStarts(edgeCandidate, m, candidates.length),
    vacancyStart: bucketStarts(edgeVacancy, m, vacancies.length),
    vacancyEdges: countingOrder(edgeVacancy, m, vacancies.length, null),
  };
  const capacity = Int32Array.from(vacancies, (v) => v.positions);
  const { edgeCandidate: ec, edgeVacancy: ev } = graph;
  return { candidates, vacancies, edgeCandidate: ec, edgeVacancy: ev, score, graph, capacity };
}

/** The usable edges as indices, in input order. */
function rawEdges(
  input: AllocationInput,
  minScore: number,
  candidates: readonly { readonly id: string }[],
  vacancies: readonly { readonly id: string }[],
) {
  const candidateIndex = new Map(candidates.map((c, i) => [c.id, i]));
  const vacancyIndex = new Map(vacancies.map((v, i) => [v.id, i]));
  const n = input.edges.length;
  const raw = {
    candidate: new Int32Array(n),
    vacancy: new Int32Array(n),
    score: new Float64Array(n),
    count: 0,
  };
  for (const { candidate, vacancy, score } of input.edges) {
    if (!Number.isFinite(score)) throw new RangeError(`edge ${candidate}–${vacancy} has score ${score}`);
    const c = candidateIndex.get(candidate);
    const v = vacancyIndex.get(vacancy);
    if (c === undefined || v === undefined || score < minScore || score <= 0) continue;
    raw.candidate[raw.count] = c;
    raw.vacancy[raw.count] = v;
    raw.score[raw.count++] = score;
  }
  return raw;
}

function scaled(score: Float64Array): Float64Array {
  const gain = new Float64Array(score.length);
  for (let e = 0; e < score.length; e++) gain[e] = Math.round(score[e] * SCALE);
  return gain;
}

/** Offsets of the first n keys' buckets: key k occupies [start[k], start[k + 1]). */
function bucketStarts(keys: Int32Array, n: number, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) start[keys[i] + 1]++;
  for (let k = 0; k < buckets; k++) start[k + 1] += start[k];
  return start;
}

/** Positions 0…n−1 (taken in the order `within`, else ascending) stably sorted by key. */
function countingOrder(keys: Int32Array, n: number, buckets: number, within: Int32Array | null): Int32Array {
  const next = bucketStarts(keys, n, buckets);
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = within === null ? j : within[j];
    order[next[keys[i]]++] = i;
  }
  return order;
}

/**
 * Every vacancy takes its top `positions` candidates by score (lower candidate id on ties), blind to the rest.
 * Selection by repeated scans: positions are few, and a full sort per vacancy cost more than the plan it feeds.
 */
function greedyPlan(edges: IndexedEdges): number[] {
  const { graph, capacity, score } = edges;
  const taken = new Uint8Array(score.length);
  const plan: number[] = [];
  for (let v = 0; v < graph.vacancies; v++) {
    const from = graph.vacancyStart[v];
    const to = graph.vacancyStart[v + 1];
    for (let k = 0; k < Math.min(capacity[v], to - from); k++) {
      let best = -1;
      for (let i = from; i < to; i++) {
        const e = graph.vacancyEdges[i];
        if (taken[e] === 0 && (best < 0 || score[e] > score[best])) best = e;
      }
      taken[best] = 1;
      plan.push(best);
    }
  }
  return plan.sort((a, b) => a - b);
}
