import { explainMatch } from './explain';
import { checkPair, HARD_RULES, type HardRule } from './hard-rules';
import { scoreMatrixTopK } from './matrix';
import { BLOCK } from './matrix-run';
import { rawPairScore } from './pair-score';
import { prepareCandidate, type PreparedCandidate, type PreparedVacancy } from './prepare';
import {
  prepareCandidates,
  prepareVacancies,
  rankCandidatesForVacancy,
  rankVacanciesForCandidate,
} from './rank';
import {
  candidateFeatures,
  fixtureContext,
  randomCandidateFeatures,
  randomVacancyFeatures,
  readyCandidate,
  readyVacancy,
  seededRandom,
} from './testing-fixtures';
import { rowEntries } from './top-k';

function region(seed: number, candidates: number, vacancies: number) {
  const context = fixtureContext();
  const random = seededRandom(seed);
  const c = prepareCandidates(
    context,
    Array.from({ length: candidates }, (_, n) => randomCandidateFeatures(random, n)),
  );
  const v = prepareVacancies(
    context,
    Array.from({ length: vacancies }, (_, n) => randomVacancyFeatures(random, n)),
  );
  return { context, candidates: c.ready, vacancies: v.ready };
}

/** Every pair the slow way: the reference the matrix must reproduce exactly. */
function bruteForce(candidates: PreparedCandidate[], vacancies: PreparedVacancy[], k: number) {
  const rows = candidates.map(() => [] as { index: number; raw: number }[]);
  const columns = vacancies.map(() => [] as { index: number; raw: number }[]);
  const rejections = Object.fromEntries(HARD_RULES.map((r) => [r, 0])) as Record<HardRule, number>;
  candidates.forEach((c, ci) =>
    vacancies.forEach((v, vi) => {
      const code = checkPair(c, v);
      if (code < 0) rejections[HARD_RULES[-code - 1]]++;
      const raw = rawPairScore(c, v);
      if (raw === null) return;
      rows[ci].push({ index: vi, raw });
      columns[vi].push({ index: ci, raw });
    }),
  );
  // Ranked on the score as shown (one decimal), equal shown scores by input order (ids, as the loaders sort):
  // raw differences below the shown precision must not order a list, or a rematch and a rescoring would disagree.
  const top = (list: { index: number; raw: number }[]) =>
    list
      .map(({ index, raw }) => ({ index, score: Math.round(raw * 10) / 10 }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, k);
  return { rows: rows.map(top), columns: columns.map(top), rejections };
}

describe('scoreMatrixTopK', () => {
  it('keeps exactly the brute-force top K on both sides, with the same scores and rejection counts', () => {
    const { candidates, vacancies } = region(1, 60, 80);
    const k = 5;
    const result = scoreMatrixTopK(candidates, vacancies, { k });
    const expected = bruteForce(candidates, vacancies, k);
    candidates.forEach((_, row) => expect(rowEntries(result.byCandidate, row)).toEqual(expected.rows[row]));
    vacancies.forEach((_, row) => expect(rowEntries(result.byVacancy, row)).toEqual(expected.columns[row]));
    expect(result.rejections).toEqual(expected.rejections);
    expect(result.pairsScored).toBe(60 * 80);
    const rejected = Object.values(result.rejections).reduce((t, n) => t + n, 0);
    expect(result.pairsEligible + rejected).toBe(result.pairsScored);
    expect(result.pairsEligible).toBeGreaterThan(50);
  });

  it('gives bit-equal scores to explainMatch for every kept pair', () => {
    const { candidates, vacancies } = region(2, 80, 100);
    const result = scoreMatrixTopK(candidates, vacancies, { k: 100 });
    let compared = 0;
    candidates.forEach((c, row) => {
      for (const { index, score } of rowEntries(result.byCandidate, row)) {
        expect(explainMatch(c, vacancies[index], { improvements: false }).score).toBe(score);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(100);
  });

  it('spans several vacancy blocks without losing or duplicating pairs', () => {
    const { candidates, vacancies } = region(3, 6, BLOCK + 300);
    const result = scoreMatrixTopK(candidates, vacancies, { k: 3 });
    const expected = bruteForce(candidates, vacancies, 3);
    candidates.forEach((_, row) => expect(rowEntries(result.byCandidate, row)).toEqual(expected.rows[row]));
    expect(result.rejections).toEqual(expected.rejections);
  });

  it('breaks ties by index, whatever the order of evaluation', () => {
    const context = fixtureContext();
    const c = readyCandidate(context);
    const twins = [0, 1, 2].map((n) => readyVacancy(context, { id: `twin-${n}` }));
    const result = scoreMatrixTopK([c], twins, { k: 2 });
    expect(rowEntries(result.byCandidate, 0).map((e) => e.index)).toEqual([0, 1]);
  });

  it('handles empty inputs and rejects a bad k', () => {
    const context = fixtureContext();
    expect(scoreMatrixTopK([], [readyVacancy(context)]).byVacancy.count[0]).toBe(0);
    expect(scoreMatrixTopK([readyCandidate(context)], []).pairsScored).toBe(0);
    expect(() => scoreMatrixTopK([readyCandidate(context)], [readyVacancy(context)], { k: 0 })).toThrow(
      RangeError,
    );
  });

  it('refuses incomplete inputs and inputs from different contexts', () => {
    const context = fixtureContext();
    const incomplete = prepareCandidate(context, candidateFeatures({ home: null }));
    expect(incomplete.kind).toBe('incomplete');
    expect(() => scoreMatrixTopK([incomplete as PreparedCandidate], [readyVacancy(context)])).toThrow(
      TypeError,
    );
    expect(() => scoreMatrixTopK([readyCandidate(context)], [readyVacancy(fixtureContext())])).toThrow(
      /one scoring context/,
    );
  });
});

describe('rankVacanciesForCandidate / rankCandidatesForVacancy', () => {
  const { candidates, vacancies } = region(4, 30, 50);

  it('return explained, eligible matches, best first, at most k', () => {
    const ranking = rankVacanciesForCandidate(candidates[0], vacancies, { k: 7 });
    expect(ranking.matches.length).toBeLessThanOrEqual(7);
    expect(ranking.pairsScored).toBe(50);
    const scores = ranking.matches.map((m) => m.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const m of ranking.matches) {
      expect(m.eligible).toBe(true);
      expect(m.candidateId).toBe(candidates[0].features.id);
    }
  });

  it('rank candidates for a vacancy the same way the matrix does', () => {
    const vi = vacancies.findIndex((v) => v.open);
    const ranking = rankCandidatesForVacancy(vacancies[vi], candidates, { k: 5, improvements: false });
    const matrix = scoreMatrixTopK(candidates, vacancies, { k: 5 });
    expect(ranking.matches.map((m) => m.score)).toEqual(rowEntries(matrix.byVacancy, vi).map((e) => e.score));
    expect(ranking.matches.every((m) => m.improvements.length === 0)).toBe(true);
  });
});
