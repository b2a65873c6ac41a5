// Ranking metrics for bench/matching-eval.ts, for either direction: vacancies ranked for a candidate, or
// candidates ranked for a vacancy. Items are judged by occupation: the same occupation is relevant (2), another
// occupation of the same ISCO-08 unit group partly relevant (1).

export interface RankingMetrics {
  /** Share of queries whose own-occupation item is in the top 10. */
  readonly recallAt10: number;
  /** Share whose top 10 holds any item of the query's ISCO-08 unit group. */
  readonly iscoRecallAt10: number;
  /** Graded NDCG@10 (own occupation 2, same ISCO unit group 1). */
  readonly ndcgAt10: number;
  /** Mean reciprocal rank of the own-occupation item (0 beyond rank 10). */
  readonly mrrAt10: number;
  readonly queries: number;
}

export interface Judged {
  /** Item indices, best first (at most 10 are read). */
  readonly ranked: ArrayLike<number>;
  /** The item of the query's own occupation. */
  readonly truth: number;
  readonly isco: string;
}

const gain = (relevance: number, rank: number): number => (2 ** relevance - 1) / Math.log2(rank + 2);

/** `itemIsco[i]`: the ISCO unit group of item i, over the whole pool the rankings were drawn from. */
export function rankingMetrics(judged: readonly Judged[], itemIsco: readonly string[]): RankingMetrics {
  const groupSize = new Map<string, number>();
  for (const isco of itemIsco) groupSize.set(isco, (groupSize.get(isco) ?? 0) + 1);
  let hits = 0;
  let iscoHits = 0;
  let ndcg = 0;
  let mrr = 0;
  for (const { ranked, truth, isco } of judged) {
    let dcg = 0;
    let iscoHit = false;
    for (let rank = 0; rank < Math.min(10, ranked.length); rank++) {
      const item = ranked[rank];
      const relevance = item === truth ? 2 : itemIsco[item] === isco ? 1 : 0;
      if (relevance === 2) {
        hits++;
        mrr += 1 / (rank + 1);
      }
      if (relevance > 0) iscoHit = true;
      dcg += gain(relevance, rank);
    }
    if (iscoHit) iscoHits++;
    const siblings = Math.min(9, (groupSize.get(isco) ?? 1) - 1);
    let ideal = gain(2, 0);
    for (let rank = 1; rank <= siblings; rank++) ideal += gain(1, rank);
    ndcg += dcg / ideal;
  }
  const n = judged.length || 1;
  return {
    recallAt10: hits / n,
    iscoRecallAt10: iscoHits / n,
    ndcgAt10: ndcg / n,
    mrrAt10: mrr / n,
    queries: judged.length,
  };
}

export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

export function rounded(m: RankingMetrics): RankingMetrics {
  return {
    recallAt10: round4(m.recallAt10),
    iscoRecallAt10: round4(m.iscoRecallAt10),
    ndcgAt10: round4(m.ndcgAt10),
    mrrAt10: round4(m.mrrAt10),
    queries: m.queries,
  };
}
