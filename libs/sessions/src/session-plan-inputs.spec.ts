import { bestPairScores } from './session-plan-inputs';

// Ids that differ in their first character, a digit against a letter: PostgreSQL puts digits first.
const candidateA = '0a000000-0000-4000-8000-000000000000';
const candidateB = 'a0000000-0000-4000-8000-000000000000';
const employerX = '1e000000-0000-4000-8000-000000000000';
const employerY = 'e1000000-0000-4000-8000-000000000000';
const vacancy = (n: number) => `${n}0000000-0000-4000-8000-00000000000${n}`;

describe('the best score per candidate and employer', () => {
  const employerOf = new Map([
    [vacancy(1), employerX],
    [vacancy(2), employerX],
    [vacancy(3), employerY],
  ]);

  it('keeps the best score of any of the employer’s vacancies, from either side’s list', () => {
    const scores = bestPairScores(
      [
        { candidateId: candidateA, vacancyId: vacancy(1), score: 61.5 },
        { candidateId: candidateA, vacancyId: vacancy(2), score: 72 },
        // The same pair from the vacancy's list.
        { candidateId: candidateA, vacancyId: vacancy(1), score: 61.5 },
        { candidateId: candidateA, vacancyId: vacancy(3), score: 40 },
      ],
      employerOf,
    );
    expect(scores).toEqual([
      { candidateId: candidateA, employerId: employerX, score: 72, vacancyId: vacancy(2) },
      { candidateId: candidateA, employerId: employerY, score: 40, vacancyId: vacancy(3) },
    ]);
  });

  it('takes the lowest vacancy id among equal scores, whatever order the lists give', () => {
    for (const order of [
      [vacancy(2), vacancy(1)],
      [vacancy(1), vacancy(2)],
    ]) {
      const scores = bestPairScores(
        order.map((vacancyId) => ({ candidateId: candidateB, vacancyId, score: 55 })),
        employerOf,
      );
      expect(scores).toEqual([
        { candidateId: candidateB, employerId: employerX, score: 55, vacancyId: vacancy(1) },
      ]);
    }
  });

  it('leaves out vacancies it was not given (closed ones, other employers)', () => {
    expect(
      bestPairScores([{ candidateId: candidateA, vacancyId: vacancy(9), score: 90 }], employerOf),
    ).toEqual([]);
  });

  it('orders by candidate, then employer, as PostgreSQL orders uuids', () => {
    const scores = bestPairScores(
      [
        { candidateId: candidateB, vacancyId: vacancy(3), score: 50 },
        { candidateId: candidateB, vacancyId: vacancy(1), score: 50 },
        { candidateId: candidateA, vacancyId: vacancy(3), score: 50 },
      ],
      employerOf,
    );
    expect(scores.map((s) => [s.candidateId, s.employerId])).toEqual([
      [candidateA, employerY],
      [candidateB, employerX],
      [candidateB, employerY],
    ]);
  });
});
