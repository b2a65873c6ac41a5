import fc from 'fast-check';
import type { MatchList } from './match-list';
import { RegionPairs, sortedIdBytes } from './region-pairs';

const candidate = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const vacancy = (n: number) => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

interface Filter {
  readonly candidate: (id: string) => boolean;
  readonly vacancy: (id: string) => boolean;
  readonly skill?: { candidate: (id: string) => boolean; vacancy: (id: string) => boolean };
  readonly minScore?: number;
  readonly maxScore?: number;
}

/** What the region list's SQL did: every pair on either list once, with the higher score, best first. */
function naive(lists: readonly MatchList[], filter: Filter) {
  const pairs = new Map<string, { candidateId: string; vacancyId: string; score: number }>();
  for (const list of lists) {
    list.otherIds.forEach((other, i) => {
      const [candidateId, vacancyId] =
        list.side === 'CANDIDATE' ? [list.ownerId, other] : [other, list.ownerId];
      const key = `${candidateId}|${vacancyId}`;
      const score = list.scores[i];
      if ((pairs.get(key)?.score ?? -1) < score) pairs.set(key, { candidateId, vacancyId, score });
    });
  }
  return [...pairs.values()]
    .filter(
      (p) =>
        filter.candidate(p.candidateId) &&
        filter.vacancy(p.vacancyId) &&
        (!filter.skill || filter.skill.candidate(p.candidateId) || filter.skill.vacancy(p.vacancyId)) &&
        (filter.minScore == null || p.score >= filter.minScore) &&
        (filter.maxScore == null || p.score <= filter.maxScore),
    )
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.candidateId.localeCompare(b.candidateId) ||
        a.vacancyId.localeCompare(b.vacancyId),
    );
}

const ids = (make: (n: number) => string, test: (id: string) => boolean) =>
  sortedIdBytes(Array.from({ length: 13 }, (_, n) => make(n)).filter(test));

/** The filter as a request hands it over: the ids of all 13 candidates and vacancies that pass. */
const asPairFilter = (filter: Filter) => ({
  candidates: ids(candidate, filter.candidate),
  vacancies: ids(vacancy, filter.vacancy),
  either: filter.skill && {
    candidates: ids(candidate, filter.skill.candidate),
    vacancies: ids(vacancy, filter.skill.vacancy),
  },
  minScore: filter.minScore,
  maxScore: filter.maxScore,
});

const everything = asPairFilter({ candidate: () => true, vacancy: () => true });

describe('RegionPairs', () => {
  it('lists a pair on both lists once, best first, ties by candidate then vacancy', async () => {
    const lists: MatchList[] = [
      { side: 'CANDIDATE', ownerId: candidate(2), otherIds: [vacancy(1), vacancy(2)], scores: [80, 70.5] },
      { side: 'CANDIDATE', ownerId: candidate(1), otherIds: [vacancy(2)], scores: [70.5] },
      { side: 'VACANCY', ownerId: vacancy(1), otherIds: [candidate(2), candidate(3)], scores: [80, 12.3] },
      { side: 'VACANCY', ownerId: vacancy(3), otherIds: [], scores: [] },
    ];
    const bySide = (side: string) => lists.filter((l) => l.side === side);
    const pairs = RegionPairs.build(bySide('CANDIDATE'), bySide('VACANCY'));
    const page = pairs.page(everything, 10, 0);
    expect(pairs.atLeast(70.5)).toEqual(page.items.slice(0, 3));
    // Bounds between two tenths keep only the scores inside them, as comparing the stored scores would.
    const scores = (minScore: number, maxScore: number) =>
      pairs.page({ ...everything, minScore, maxScore }, 10, 0).items.map((p) => p.score);
    expect(scores(70.44, 80)).toEqual([80, 70.5, 70.5]);
    expect(scores(12.3, 70.56)).toEqual([70.5, 70.5, 12.3]);
    expect(scores(12.31, 70.49)).toEqual([]);
    expect(pairs.atLeast(70.51).map((p) => p.score)).toEqual([80]);
    const givingWay = await RegionPairs.buildGivingWay(bySide('CANDIDATE'), bySide('VACANCY'));
    expect(givingWay.page(everything, 10, 0)).toEqual(page);
    expect(page).toEqual({
      totalCount: 4,
      items: [
        { candidateId: candidate(2), vacancyId: vacancy(1), score: 80 },
        { candidateId: candidate(1), vacancyId: vacancy(2), score: 70.5 },
        { candidateId: candidate(2), vacancyId: vacancy(2), score: 70.5 },
        { candidateId: candidate(3), vacancyId: vacancy(1), score: 12.3 },
      ],
    });
  });

  it('pages and filters exactly as reading every pair would', () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((t) => t / 10);
    const list = (side: 'CANDIDATE' | 'VACANCY') =>
      fc
        .record({
          owner: fc.integer({ min: 0, max: 12 }),
          entries: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 12 }), score), {
            maxLength: 6,
            selector: ([other]) => other,
          }),
        })
        .map(({ owner, entries }): MatchList => {
          const sorted = [...entries].sort((a, b) => b[1] - a[1]);
          return side === 'CANDIDATE'
            ? {
                side,
                ownerId: candidate(owner),
                otherIds: sorted.map(([o]) => vacancy(o)),
                scores: sorted.map(([, s]) => s),
              }
            : {
                side,
                ownerId: vacancy(owner),
                otherIds: sorted.map(([o]) => candidate(o)),
                scores: sorted.map(([, s]) => s),
              };
        });
    const unique = (side: 'CANDIDATE' | 'VACANCY') =>
      fc.uniqueArray(list(side), { maxLength: 10, selector: (l) => l.ownerId });
    fc.assert(
      fc.property(
        unique('CANDIDATE'),
        unique('VACANCY'),
        fc.integer({ min: 0, max: 12 }),
        fc.option(score, { nil: undefined }),
        fc.option(score, { nil: undefined }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 20 }),
        (byCandidate, byVacancy, cut, minScore, maxScore, first, offset) => {
          const filter: Filter = {
            candidate: (id) => id !== candidate(cut),
            vacancy: (id) => id !== vacancy((cut + 3) % 13),
            skill:
              cut % 2 === 0
                ? { candidate: (c) => c < candidate(8), vacancy: (v) => v > vacancy(4) }
                : undefined,
            minScore,
            maxScore,
          };
          const expected = naive([...byCandidate, ...byVacancy], filter);
          const page = RegionPairs.build(byCandidate, byVacancy).page(asPairFilter(filter), first, offset);
          expect(page.totalCount).toBe(expected.length);
          expect(page.items).toEqual(expected.slice(offset, offset + first));
        },
      ),
      { numRuns: 300 },
    );
  });
});
