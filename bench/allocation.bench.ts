// Region-wide allocation plan on a synthetic region: the exact plan (min-cost flow) next to the greedy one, from
// top-K pairs on both sides. Run with `npm run bench:allocation -- --candidates 2000 --vacancies 2000 --k 50`;
// the last line is one JSON object.
import { planAllocation, type AllocationInput } from '@werkbrug/matching-core';
import { prng } from './matching-eval-data';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/**
 * Scores mix a per-candidate strength (some people suit many jobs) with pair noise, and each side keeps its best
 * K of 3K sampled pairs, as the matrix's top-K tables do: popular candidates then sit on many vacancies' lists.
 */
function syntheticRegion(
  candidateCount: number,
  vacancyCount: number,
  k: number,
  maxPositions: number,
  seed: number,
): AllocationInput {
  const random = prng(seed);
  const candidates = Array.from({ length: candidateCount }, (_, i) => ({ id: `cand-${i}` }));
  const vacancies = Array.from({ length: vacancyCount }, (_, i) => ({
    id: `vac-${i}`,
    employerId: `employer-${i % 120}`,
    positions: 1 + Math.floor(random() * random() * maxPositions),
  }));
  const strength = candidates.map(() => random());
  const score = (c: number) => Math.round((35 + 40 * strength[c] + 20 * random()) * 10) / 10;
  const edges: { candidate: string; vacancy: string; score: number }[] = [];
  const keepBest = (drawn: { other: number; score: number }[]) =>
    drawn.sort((a, b) => b.score - a.score).slice(0, k);
  for (let c = 0; c < candidateCount; c++) {
    const drawn = Array.from({ length: 3 * k }, () => ({
      other: Math.floor(random() * vacancyCount),
      score: score(c),
    }));
    for (const d of keepBest(drawn))
      edges.push({ candidate: candidates[c].id, vacancy: vacancies[d.other].id, score: d.score });
  }
  for (let v = 0; v < vacancyCount; v++) {
    const drawn = Array.from({ length: 3 * k }, () => {
      const c = Math.floor(random() * candidateCount);
      return { other: c, score: score(c) };
    });
    for (const d of keepBest(drawn))
      edges.push({ candidate: candidates[d.other].id, vacancy: vacancies[v].id, score: d.score });
  }
  return { candidates, vacancies, edges };
}

function main(): void {
  const candidateCount = argument('candidates', 2000);
  const vacancyCount = argument('vacancies', 2000);
  const k = argument('k', 50);
  const rounds = argument('rounds', 3);
  const introductionsPerCandidate = argument('introductions', 1);
  const maxPositions = argument('max-positions', 4);
  const input = syntheticRegion(candidateCount, vacancyCount, k, maxPositions, argument('seed', 7));
  const timings: number[] = [];
  let result: ReturnType<typeof planAllocation> | undefined;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    result = planAllocation(input, { introductionsPerCandidate });
    timings.push(performance.now() - started);
  }
  if (result === undefined) throw new Error('--rounds must be at least 1');
  const seconds = (ms: number) => Math.round(ms) / 1000;
  console.log(
    JSON.stringify({
      candidates: candidateCount,
      vacancies: vacancyCount,
      k,
      introductionsPerCandidate,
      edgesInput: input.edges.length,
      edgesUsed: result.edgesUsed,
      positions: result.positions,
      seconds: seconds(Math.min(...timings)),
      secondsPerRound: timings.map(seconds),
      optimal: result.optimal.totals,
      greedy: result.greedy.totals,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

main();
