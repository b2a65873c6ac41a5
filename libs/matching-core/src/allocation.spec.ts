import fc from 'fast-check';
import { planAllocation, type AllocationInput, type AllocationPlan } from './allocation';

type Edge = AllocationInput['edges'][number];

const candidates = (...ids: string[]) => ids.map((id) => ({ id }));
const vacancy = (id: string, employerId: string, positions = 1) => ({ id, employerId, positions });
const edge = (candidate: string, vacancy: string, score: number): Edge => ({ candidate, vacancy, score });
const pairs = (plan: AllocationPlan) => plan.introductions.map((i) => `${i.candidate}→${i.vacancy}`);
const total = (pairs: readonly { readonly score: number }[]) => pairs.reduce((t, p) => t + p.score, 0);

/** Ann is everyone's favourite; Bob and Cas each fit one vacancy. */
const contested: AllocationInput = {
  candidates: candidates('ann', 'bob', 'cas'),
  vacancies: [vacancy('v1', 'employer-x'), vacancy('v2', 'employer-y'), vacancy('v3', 'employer-z')],
  edges: [
    edge('ann', 'v1', 90),
    edge('ann', 'v2', 85),
    edge('ann', 'v3', 80),
    edge('bob', 'v1', 70),
    edge('cas', 'v2', 60),
  ],
};

describe('planAllocation', () => {
  it('spreads introductions where each vacancy alone would chase the same person', () => {
    const { optimal, greedy, positions } = planAllocation(contested);
    expect(positions).toBe(3);
    expect(pairs(greedy)).toEqual(['ann→v1', 'ann→v2', 'ann→v3']);
    expect(greedy.totals).toEqual({
      totalScore: 255,
      introductions: 3,
      candidatesReached: 1,
      vacanciesServed: 3,
      positionsFilled: 3,
      maxIntroductionsPerCandidate: 3,
      candidatesOverLimit: 1,
      attentionGini: 0.667,
      feasible: { totalScore: 90, positionsFilled: 1, vacanciesServed: 1 },
    });
    expect(pairs(optimal)).toEqual(['bob→v1', 'cas→v2', 'ann→v3']);
    expect(optimal.totals).toEqual({
      totalScore: 210,
      introductions: 3,
      candidatesReached: 3,
      vacanciesServed: 3,
      positionsFilled: 3,
      maxIntroductionsPerCandidate: 1,
      candidatesOverLimit: 0,
      attentionGini: 0,
      feasible: { totalScore: 210, positionsFilled: 3, vacanciesServed: 3 },
    });
  });

  it('shows per employer how attention is spread', () => {
    const { optimal, greedy } = planAllocation(contested);
    expect(greedy.byEmployer).toEqual([
      {
        employerId: 'employer-x',
        vacancies: 1,
        positions: 1,
        introductions: 1,
        candidates: 1,
        sharedCandidates: 1,
        totalScore: 90,
      },
      {
        employerId: 'employer-y',
        vacancies: 1,
        positions: 1,
        introductions: 1,
        candidates: 1,
        sharedCandidates: 1,
        totalScore: 85,
      },
      {
        employerId: 'employer-z',
        vacancies: 1,
        positions: 1,
        introductions: 1,
        candidates: 1,
        sharedCandidates: 1,
        totalScore: 80,
      },
    ]);
    expect(
      optimal.byEmployer.map((e) => [e.employerId, e.candidates, e.sharedCandidates, e.totalScore]),
    ).toEqual([
      ['employer-x', 1, 0, 70],
      ['employer-y', 1, 0, 60],
      ['employer-z', 1, 0, 80],
    ]);
  });

  it('allows more introductions per candidate when asked, and fills several positions of one vacancy', () => {
    const two = planAllocation(contested, { introductionsPerCandidate: 2 });
    expect(pairs(two.optimal)).toEqual(['bob→v1', 'ann→v2', 'ann→v3']);
    expect(two.optimal.totals.totalScore).toBe(235);
    const wide = planAllocation({
      ...contested,
      vacancies: [
        vacancy('v1', 'employer-x', 3),
        vacancy('v2', 'employer-y', 0),
        vacancy('v3', 'employer-z', 0),
      ],
    });
    expect(pairs(wide.optimal)).toEqual(['ann→v1', 'bob→v1']);
    expect(wide.optimal.totals.positionsFilled).toBe(2);
  });

  it('leaves out pairs below minScore, unknown ids and scores of 0; a pair listed twice counts once, at its best', () => {
    const result = planAllocation(
      {
        ...contested,
        edges: [
          ...contested.edges,
          edge('ann', 'v1', 95),
          edge('dan', 'v1', 99),
          edge('bob', 'gone', 99),
          edge('cas', 'v3', 0),
        ],
      },
      { minScore: 65 },
    );
    expect(result.edgesUsed).toBe(4);
    expect(result.edgesIgnored).toBe(5);
    expect(pairs(result.optimal)).toEqual(['bob→v1', 'ann→v2']);
    expect(result.greedy.introductions[0]).toEqual({
      candidate: 'ann',
      vacancy: 'v1',
      employerId: 'employer-x',
      score: 95,
    });
  });

  it('breaks ties by id, whatever the input order', () => {
    const tied: AllocationInput = {
      candidates: candidates('zoe', 'amy'),
      vacancies: [vacancy('v2', 'employer-y'), vacancy('v1', 'employer-x')],
      edges: [edge('zoe', 'v1', 50), edge('amy', 'v1', 50), edge('zoe', 'v2', 50), edge('amy', 'v2', 50)],
    };
    const reversed = {
      candidates: [...tied.candidates].reverse(),
      vacancies: [...tied.vacancies].reverse(),
      edges: [...tied.edges].reverse(),
    };
    expect(planAllocation(reversed)).toEqual(planAllocation(tied));
    expect(pairs(planAllocation(tied).greedy)).toEqual(['amy→v1', 'amy→v2']);
    expect(planAllocation(tied).optimal.totals.totalScore).toBe(100);
  });

  it('rejects inconsistent input', () => {
    const twice = { ...contested, candidates: candidates('ann', 'ann') };
    expect(() => planAllocation(twice)).toThrow('candidate ann is listed twice');
    const negative = { ...contested, vacancies: [vacancy('v1', 'employer-x', -1)] };
    expect(() => planAllocation(negative)).toThrow(RangeError);
    expect(() => planAllocation({ ...contested, edges: [edge('ann', 'v1', NaN)] })).toThrow(RangeError);
    expect(() => planAllocation(contested, { introductionsPerCandidate: 0 })).toThrow(RangeError);
  });
});

describe('allocation properties', () => {
  const instance = (maxCandidates: number, maxVacancies: number, maxEdges: number) =>
    fc
      .record({
        nC: fc.integer({ min: 1, max: maxCandidates }),
        nV: fc.integer({ min: 1, max: maxVacancies }),
        positions: fc.array(fc.integer({ min: 0, max: 2 }), {
          minLength: maxVacancies,
          maxLength: maxVacancies,
        }),
        raw: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 1000 })), {
          maxLength: maxEdges,
        }),
        limit: fc.integer({ min: 1, max: 2 }),
      })
      .map(({ nC, nV, positions, raw, limit }) => ({
        limit,
        input: {
          candidates: Array.from({ length: nC }, (_, i) => ({ id: `c${i}` })),
          vacancies: Array.from({ length: nV }, (_, i) => vacancy(`v${i}`, `e${i % 3}`, positions[i])),
          edges: raw.map(([c, v, s]) => edge(`c${c % nC}`, `v${v % nV}`, s / 10)),
        } satisfies AllocationInput,
      }));

  /** Best score per pair, as the plan sees them. */
  const bestEdges = (input: AllocationInput): Edge[] => {
    const best = new Map<string, Edge>();
    for (const e of input.edges) {
      const key = `${e.candidate}|${e.vacancy}`;
      if ((best.get(key)?.score ?? -1) < e.score) best.set(key, e);
    }
    return [...best.values()];
  };

  function isFeasible(
    input: AllocationInput,
    plan: readonly { candidate: string; vacancy: string }[],
    limit: number,
  ) {
    const count = (key: (x: { candidate: string; vacancy: string }) => string) => {
      const n = new Map<string, number>();
      for (const x of plan) n.set(key(x), (n.get(key(x)) ?? 0) + 1);
      return n;
    };
    const perVacancy = count((x) => x.vacancy);
    return (
      [...count((x) => x.candidate).values()].every((n) => n <= limit) &&
      input.vacancies.every((v) => (perVacancy.get(v.id) ?? 0) <= v.positions) &&
      new Set(plan.map((x) => `${x.candidate}|${x.vacancy}`)).size === plan.length
    );
  }

  /** The best total over every subset of pairs that respects the limits. */
  function bruteForce(input: AllocationInput, limit: number): number {
    const edges = bestEdges(input);
    const usedC = new Map<string, number>();
    const usedV = new Map<string, number>();
    const positions = new Map(input.vacancies.map((v) => [v.id, v.positions]));
    const search = (i: number): number => {
      if (i === edges.length) return 0;
      let best = search(i + 1);
      const { candidate, vacancy: v, score } = edges[i];
      if ((usedC.get(candidate) ?? 0) < limit && (usedV.get(v) ?? 0) < (positions.get(v) ?? 0)) {
        usedC.set(candidate, (usedC.get(candidate) ?? 0) + 1);
        usedV.set(v, (usedV.get(v) ?? 0) + 1);
        best = Math.max(best, score + search(i + 1));
        usedC.set(candidate, (usedC.get(candidate) ?? 0) - 1);
        usedV.set(v, (usedV.get(v) ?? 0) - 1);
      }
      return best;
    };
    return search(0);
  }

  /** A feasible plan built in a random order: whatever fits is taken. */
  function randomFeasible(input: AllocationInput, limit: number, order: readonly number[]): number {
    const edges = bestEdges(input);
    const plan: Edge[] = [];
    for (const k of order) {
      const e = edges[k % Math.max(1, edges.length)];
      if (e !== undefined && isFeasible(input, [...plan, e], limit)) plan.push(e);
    }
    return total(plan);
  }

  it('equals a brute force on tiny instances', () => {
    fc.assert(
      fc.property(instance(4, 4, 12), ({ input, limit }) => {
        const { optimal } = planAllocation(input, { introductionsPerCandidate: limit });
        expect(total(optimal.introductions)).toBeCloseTo(bruteForce(input, limit), 6);
      }),
      { numRuns: 300 },
    );
  });

  it('respects positions and limits, and beats the feasible greedy plan and random feasible plans', () => {
    fc.assert(
      fc.property(
        instance(30, 20, 150),
        fc.array(fc.nat(), { minLength: 50, maxLength: 200 }),
        ({ input, limit }, order) => {
          const { optimal, greedy } = planAllocation(input, { introductionsPerCandidate: limit });
          const best = new Map(bestEdges(input).map((e) => [`${e.candidate}|${e.vacancy}`, e.score]));
          for (const i of optimal.introductions)
            expect(i.score).toBe(best.get(`${i.candidate}|${i.vacancy}`));
          expect(isFeasible(input, optimal.introductions, limit)).toBe(true);
          expect(isFeasible(input, greedy.introductions, Infinity)).toBe(true);
          expect(optimal.totals.maxIntroductionsPerCandidate).toBeLessThanOrEqual(limit);
          const optimum = total(optimal.introductions);
          expect(optimum).toBeGreaterThanOrEqual(greedy.totals.feasible.totalScore - 0.05);
          expect(optimum).toBeGreaterThanOrEqual(randomFeasible(input, limit, order) - 1e-6);
          expect(optimal.totals.feasible.totalScore).toBe(optimal.totals.totalScore);
          // Renaming candidates changes the order they are routed in, never the optimum.
          const renamed = (id: string) => `r${(Number(id.slice(1)) * 7919) % 10007}`;
          const shuffled = planAllocation(
            {
              ...input,
              candidates: input.candidates.map((c) => ({ id: renamed(c.id) })),
              edges: input.edges.map((e) => ({ ...e, candidate: renamed(e.candidate) })),
            },
            { introductionsPerCandidate: limit },
          );
          expect(total(shuffled.optimal.introductions)).toBeCloseTo(optimum, 6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the greedy plan gives every vacancy its own top candidates', () => {
    fc.assert(
      fc.property(instance(8, 5, 30), ({ input }) => {
        const { greedy } = planAllocation(input);
        for (const v of input.vacancies) {
          const mine = bestEdges(input)
            .filter((e) => e.vacancy === v.id)
            .map((e) => e.score)
            .sort((a, b) => b - a);
          const taken = greedy.introductions.filter((i) => i.vacancy === v.id).map((i) => i.score);
          expect(taken).toEqual(mine.slice(0, v.positions));
        }
      }),
      { numRuns: 150 },
    );
  });
});
