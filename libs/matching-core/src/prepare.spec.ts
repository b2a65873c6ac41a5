import { SkillLevel } from '@werkbrug/core/domain-enums';
import { createScoringContext } from './context';
import { prepareCandidate, prepareVacancy, type Incomplete } from './prepare';
import { countSkillFrequencies, specificityFromFrequencies } from './specificity';
import {
  candidateFeatures,
  fixtureContext,
  fixtureSpace,
  readyCandidate,
  readyVacancy,
  skill,
  vacancyFeatures,
} from './testing-fixtures';

const context = fixtureContext();
const reasons = (x: unknown) => (x as Incomplete).reasons;

describe('prepareCandidate / prepareVacancy', () => {
  it('marks a profile without skills, location, valid hours or travel limit as incomplete, with every reason', () => {
    const c = prepareCandidate(
      context,
      candidateFeatures({ strengths: [], home: null, hoursMin: 30, hoursMax: 20, maxTravelKm: NaN }),
    );
    expect(c.kind).toBe('incomplete');
    expect(reasons(c)).toEqual(['NO_SKILLS', 'NO_LOCATION', 'INVALID_HOURS', 'INVALID_TRAVEL_DISTANCE']);
    expect(reasons(prepareCandidate(context, candidateFeatures({ home: { lat: NaN, lon: 5 } })))).toEqual([
      'NO_LOCATION',
    ]);
  });

  it('keeps a skill listed twice in its strictest role, and the best level of a repeated strength', () => {
    const v = readyVacancy(context, {
      required: [skill('stock'), skill('stock')],
      trainedOnTheJob: [skill('stock'), skill('reports')],
      niceToHave: [skill('reports'), skill('serve')],
    });
    expect([...v.requiredSkill]).toEqual([skill('stock')]);
    expect([...v.trainedSkill]).toEqual([skill('reports')]);
    expect([...v.niceSkill]).toEqual([skill('serve')]);
    expect([...v.requiredWeight]).toEqual([1]);
    const c = readyCandidate(context, {
      strengths: [
        { skill: skill('stock'), level: SkillLevel.BASIC },
        { skill: skill('stock'), level: SkillLevel.EXPERT },
      ],
    });
    expect([...c.strengthLevel]).toEqual([SkillLevel.EXPERT]);
  });

  it('rejects skill indices outside the space and levels outside 1–4', () => {
    expect(() => prepareVacancy(context, vacancyFeatures({ required: [fixtureSpace().size] }))).toThrow(
      RangeError,
    );
    expect(() =>
      prepareCandidate(context, candidateFeatures({ strengths: [{ skill: 0, level: 7 as SkillLevel }] })),
    ).toThrow(RangeError);
    expect(() => prepareCandidate(context, candidateFeatures({ availableFrom: '2027-02-30' }))).toThrow(
      RangeError,
    );
  });

  it('treats a past start date as today', () => {
    expect(readyVacancy(context, { startDate: '2020-01-01' }).startDay).toBe(context.todayDay);
  });
});

describe('specificity', () => {
  it('weighs rare skills above common ones, and never below 1', () => {
    const counts = countSkillFrequencies(4, [
      [0, 1],
      [0, 2],
      [0, 0],
    ]);
    expect([...counts]).toEqual([3, 1, 1, 0]);
    const w = specificityFromFrequencies(counts, 3);
    expect(w[0]).toBeCloseTo(1, 10);
    expect(w[1]).toBeGreaterThan(w[0]);
    expect(w[3]).toBeGreaterThan(w[1]);
  });

  it('is validated and softened by the model exponent when the context is created', () => {
    const space = fixtureSpace();
    const base = {
      space,
      labels: () => ({ en: '', nl: null }),
      today: '2026-11-20',
      allowOwnEmployer: false,
    };
    expect(() => createScoringContext({ ...base, specificity: new Float64Array(3) })).toThrow(/entries/);
    expect(() => createScoringContext({ ...base, specificity: new Float64Array(space.size) })).toThrow(/> 0/);
    const ctx = createScoringContext({ ...base, specificity: new Float64Array(space.size).fill(16) });
    expect(ctx.specificity[0]).toBeCloseTo(16 ** ctx.model.params.specificityExponent, 10);
  });
});
