import { rowEntries, scoreMatrixTopK } from '@werkbrug/matching-core';
import {
  fixtureContext,
  fixtureSpace,
  readyCandidate,
  readyVacancy,
  seededRandom,
} from '@werkbrug/matching-core/testing-fixtures';
import { fullLists, listFrom, scoreAgainst } from './list-scoring';

/** A small region where many pairs share no skill (the shortcut's case) and many tie. */
function region(seed: number) {
  const random = seededRandom(seed);
  const context = fixtureContext();
  const size = fixtureSpace().size;
  const skills = (n: number) => [...new Set(Array.from({ length: n }, () => Math.floor(random() * size)))];
  const id = (prefix: string, i: number) => `${prefix}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const candidates = Array.from({ length: 30 }, (_, i) =>
    readyCandidate(context, {
      id: id('c', i),
      strengths: skills(1 + Math.floor(random() * 3)).map((skill) => ({ skill, level: 3 as never })),
      hoursMin: 8,
      hoursMax: 40,
    }),
  );
  const vacancies = Array.from({ length: 25 }, (_, i) =>
    readyVacancy(context, {
      id: id('d', i),
      required: skills(1 + Math.floor(random() * 2)),
      niceToHave: [],
      hoursMin: 8,
      hoursMax: 40,
    }),
  );
  return { candidates, vacancies };
}

describe('list scoring', () => {
  it.each([1, 2, 3, 4, 5])(
    'gives the lists of the whole matrix while scoring only pairs sharing a skill (%i)',
    (seed) => {
      const { candidates, vacancies } = region(seed);
      const k = 4;
      const all = scoreMatrixTopK(candidates, vacancies, { k });
      expect(all.pairsEligible).toBeGreaterThan(0);
      expect(all.pairsEligible).toBeLessThan(candidates.length * vacancies.length);
      const byCandidate = candidates.map((c, row) =>
        listFrom('CANDIDATE', c.features.id, rowEntries(all.byCandidate, row), vacancies),
      );
      const byVacancy = vacancies.map((v, row) =>
        listFrom('VACANCY', v.features.id, rowEntries(all.byVacancy, row), candidates),
      );
      expect(fullLists('CANDIDATE', candidates.slice(3, 9), vacancies, k)).toEqual(byCandidate.slice(3, 9));
      expect(fullLists('VACANCY', vacancies.slice(0, 5), candidates, k)).toEqual(byVacancy.slice(0, 5));
      candidates.forEach((c, i) =>
        expect(scoreAgainst('CANDIDATE', c, vacancies, k).own).toEqual(byCandidate[i]),
      );
      vacancies.forEach((v, i) => {
        const { own, scores } = scoreAgainst('VACANCY', v, candidates, k);
        expect(own).toEqual(byVacancy[i]);
        // Every eligible pair's score, not only the top K: the other side's lists may need any of them.
        const one = scoreMatrixTopK(candidates, [v], { k: candidates.length });
        expect([...scores.values()].sort()).toEqual(
          rowEntries(one.byVacancy, 0)
            .map((e) => e.score)
            .sort(),
        );
      });
    },
  );
});
