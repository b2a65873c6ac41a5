import fc from 'fast-check';
import { ContractType, Shift, SupportNeed, VacancyStatus, Weekday } from '@werkbrug/core/domain-enums';
import { suggestCombinations, type CombinationSuggestion } from './combinations';
import { hoursValue } from './components';
import { explainMatch } from './explain';
import type { CandidateFeatures, VacancyFeatures } from './features';
import { brokenRules } from './hard-rules';
import { scorePair } from './pair-score';
import type { PreparedCandidate, PreparedVacancy } from './prepare';
import {
  fixtureContext,
  fixtureSpace,
  HOME,
  randomVacancyFeatures,
  readyCandidate,
  readyVacancy,
  seededRandom,
  skill,
} from './testing-fixtures';

const context = fixtureContext();
const { MON, TUE, WED, THU, FRI, SAT, SUN } = Weekday;
const candidate = (overrides: Partial<CandidateFeatures> = {}) =>
  readyCandidate(context, { hoursMin: 32, hoursMax: 36, ...overrides });
const part = (
  id: string,
  employerId: string,
  [hoursMin, hoursMax]: [number, number],
  workDays: Weekday[],
  overrides: Partial<VacancyFeatures> = {},
) =>
  readyVacancy(context, { id, employerId, hoursMin, hoursMax, workDays, shifts: [Shift.DAY], ...overrides });
const ids = (suggestions: readonly CombinationSuggestion[]) => suggestions.map((s) => s.vacancyIds.join('+'));
const component = (s: CombinationSuggestion, i: number, name: string) => {
  const found = s.parts[i].explanation.breakdown.find((b) => b.component === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};

describe('suggestCombinations', () => {
  const a = part('vac-a', 'employer-b', [16, 20], [MON, TUE]);
  const b = part('vac-b', 'employer-c', [16, 20], [WED, THU]);

  it('combines two part-time jobs at different employers on different days, with explanations', () => {
    const c = candidate();
    const [s, ...rest] = suggestCombinations(c, [a, b]);
    expect(rest).toEqual([]);
    expect(s.vacancyIds).toEqual(['vac-a', 'vac-b']);
    expect(s.offeredHours).toEqual({ hoursMin: 32, hoursMax: 40 });
    expect(s.hours).toEqual({ hoursMin: 32, hoursMax: 36 });
    expect([s.reason, s.bestSingleScore]).toEqual(['NO_SINGLE_FITS', null]);
    expect(s.explanation.nl).toContain(
      'Samen 32–36 uur per week bij 2 werkgevers, zonder botsende dagen of diensten',
    );
    expect(s.explanation.nl).toContain('16–20 uur op ma, di (dagdienst)');
    expect(s.explanation.en).toContain('Together 32–36 hours a week at 2 employers');
    expect(s.explanation.en).toContain('No suitable vacancy offers enough hours on its own');
    expect(s.parts.map((p) => p.share)).toEqual([0.5, 0.5]);
    for (const [i, p] of s.parts.entries()) {
      expect(p.explanation.eligible).toBe(true);
      expect(p.explanation.score).toBe(p.score);
      expect(p.explanation.improvements).toEqual([]);
      expect(component(s, i, 'HOURS').value).toBeCloseTo(hoursValue(36, 40), 3);
      expect(component(s, i, 'HOURS').explanation.nl).toContain('samen met de andere delen 32–40 uur');
    }
    // On its own each part breaks the hours rule; as a part it breaks none.
    expect(explainMatch(c, a).brokenRules.map((r) => r.rule)).toEqual(['HOURS_NO_OVERLAP']);
    expect(brokenRules(c, a, 'PART')).toEqual([]);
  });

  it('weights the parts by their hours and judges HOURS on the combined range', () => {
    const small = part('vac-s', 'employer-b', [10, 14], [MON]);
    const large = part('vac-l', 'employer-c', [20, 24], [TUE, WED, THU], { required: [skill('forklift')] });
    const [s] = suggestCombinations(candidate(), [large, small]);
    expect(s.vacancyIds).toEqual(['vac-l', 'vac-s']);
    expect(s.parts.map((p) => p.share)).toEqual([0.647, 0.353]);
    const mean = (22 * s.parts[0].score + 12 * s.parts[1].score) / 34;
    expect(Math.abs(s.score - mean)).toBeLessThanOrEqual(0.1);
    expect(component(s, 0, 'HOURS').value).toBeCloseTo(hoursValue(36, 38), 3);
  });

  it.each([
    ['the same employer', 0, part('x', 'employer-b', [16, 20], [WED, THU])],
    ['a shared day with the same shift', 0, part('x', 'employer-c', [16, 20], [TUE, WED])],
    [
      'a shared day, evening shift',
      1,
      part('x', 'employer-c', [16, 20], [MON, TUE], { shifts: [Shift.EVENING] }),
    ],
    ['a shared day, no shift information', 0, part('x', 'employer-c', [16, 20], [MON], { shifts: [] })],
    ['unknown days, same shift', 0, part('x', 'employer-c', [16, 20], [])],
    ['unknown days, evening shift', 1, part('x', 'employer-c', [16, 20], [], { shifts: [Shift.EVENING] })],
    [
      'rotating day and evening shifts on a shared day',
      0,
      part('x', 'employer-c', [16, 20], [TUE], { shifts: [Shift.DAY, Shift.EVENING] }),
    ],
  ])('with vac-a: %s gives %i suggestions', (_, count, other) => {
    expect(suggestCombinations(candidate(), [a, other])).toHaveLength(count);
  });

  it('a part must pass every other hard rule', () => {
    const failing = [
      part('far', 'employer-c', [16, 20], [WED], { location: { lat: HOME.lat + 1, lon: HOME.lon } }),
      part('own', 'employer-a', [16, 20], [WED]),
      part('closed', 'employer-c', [16, 20], [WED], { status: VacancyStatus.CLOSED }),
      part('contract', 'employer-c', [16, 20], [WED], { contractType: ContractType.TEMPORARY_AGENCY }),
      part('skills', 'employer-c', [16, 20], [WED], { required: [skill('cook')], niceToHave: [] }),
      part('night', 'employer-c', [16, 20], [WED], { shifts: [Shift.NIGHT] }),
    ];
    const c = candidate({ supportNeeds: [SupportNeed.NO_NIGHT_SHIFTS] });
    expect(ids(suggestCombinations(c, [a, ...failing]))).toEqual([]);
    expect(ids(suggestCombinations(c, [a, ...failing, b]))).toEqual(['vac-a+vac-b']);
  });

  it('the parts together overlap the wanted hours, and each part is too small alone', () => {
    const big = [part('p', 'employer-b', [20, 24], [MON]), part('q', 'employer-c', [20, 24], [TUE])];
    expect(suggestCombinations(candidate(), big)).toEqual([]);
    const tiny = [part('p', 'employer-b', [8, 10], [MON]), part('q', 'employer-c', [8, 10], [TUE])];
    expect(suggestCombinations(candidate(), tiny)).toEqual([]);
    expect(suggestCombinations(candidate({ hoursMin: 0 }), [a, b])).toEqual([]);
  });

  it('takes three parts only when two fall short, and never a part that is not needed', () => {
    const c = candidate({ hoursMin: 30, hoursMax: 36 });
    const three = [
      part('x', 'employer-b', [10, 12], [MON]),
      part('y', 'employer-c', [10, 12], [TUE]),
      part('z', 'employer-d', [10, 12], [WED]),
    ];
    expect(ids(suggestCombinations(c, three))).toEqual(['x+y+z']);
    expect(suggestCombinations(c, three, { maxParts: 2 })).toEqual([]);
    expect(suggestCombinations(c, three)[0].explanation.nl).toContain('bij 3 werkgevers');
    // x + y falls short, but with w either one suffices: x + y + w would carry a part that is not needed.
    const needless = [...three.slice(0, 2), part('w', 'employer-e', [18, 20], [THU])];
    expect(ids(suggestCombinations(c, needless)).sort()).toEqual(['w+x', 'w+y']);
  });

  it('when a single vacancy fits the hours, a combination must beat it by the margin', () => {
    const c = candidate();
    const weakSingle = part('single', 'employer-d', [32, 36], [FRI], {
      required: [skill('cook'), skill('communicate')],
    });
    const bestSingle = scorePair(c, weakSingle) ?? NaN;
    const [s] = suggestCombinations(c, [a, b, weakSingle]);
    expect([s.reason, s.bestSingleScore]).toEqual(['BEATS_SINGLES', bestSingle]);
    expect(s.score).toBeGreaterThanOrEqual(bestSingle + 5);
    expect(s.explanation.nl).toContain('punten hoger dan de beste losse vacature');
    const margin = s.score - bestSingle + 0.1;
    expect(suggestCombinations(c, [a, b, weakSingle], { singleMargin: margin })).toEqual([]);
    const strongSingle = part('single', 'employer-d', [32, 36], [FRI]);
    expect(suggestCombinations(c, [a, b, strongSingle])).toEqual([]);
  });

  it('applies minPartScore to the parts as their explanations score them', () => {
    const weak = part('weak', 'employer-c', [16, 20], [WED], { required: [skill('communicate')] });
    const [s] = suggestCombinations(candidate(), [a, weak]);
    const lowest = Math.min(...s.parts.map((p) => p.score));
    expect(suggestCombinations(candidate(), [a, weak], { minPartScore: lowest })).toHaveLength(1);
    expect(suggestCombinations(candidate(), [a, weak], { minPartScore: lowest + 0.1 })).toEqual([]);
  });

  it('orders by score, then vacancy ids, whatever the input order, and keeps the limit', () => {
    const days = [[MON, TUE], [WED, THU], [FRI, SAT], [SUN]];
    const same = ['d', 'b', 'c', 'a'].map((id, i) => part(`vac-${id}`, `employer-${id}x`, [16, 20], days[i]));
    const expected = [
      'vac-a+vac-b',
      'vac-a+vac-c',
      'vac-a+vac-d',
      'vac-b+vac-c',
      'vac-b+vac-d',
      'vac-c+vac-d',
    ];
    expect(ids(suggestCombinations(candidate(), same))).toEqual(expected);
    expect(ids(suggestCombinations(candidate(), [...same].reverse(), { limit: 4 }))).toEqual(
      expected.slice(0, 4),
    );
    expect(suggestCombinations(candidate(), same, { limit: 0 })).toEqual([]);
  });

  it('handles a candidate against 10,000 vacancies quickly (figures in README.md)', () => {
    const random = seededRandom(11);
    const vacancies = Array.from({ length: 10_000 }, (_, i) =>
      readyVacancy(context, {
        ...randomVacancyFeatures(random, i),
        status: VacancyStatus.OPEN,
        employerId: `employer-${i % 50}`,
        workDays: Object.values(Weekday).filter(() => random() < 0.35),
      }),
    );
    const c = candidate({ hoursMin: 32, hoursMax: 38, maxTravelKm: 40, contractTypes: [] });
    suggestCombinations(c, vacancies, { singleMargin: -100 });
    const started = performance.now();
    const suggestions = suggestCombinations(c, vacancies, { singleMargin: -100 });
    // A loose guard against a change in complexity, not a benchmark: about 25 ms when measured.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(suggestions).toHaveLength(10);
  });
});

describe('combination properties', () => {
  const size = fixtureSpace().size;
  const hours = (min: number, max: number) =>
    fc
      .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
      .map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);
  const candidateArb = fc.record({
    hours: hours(20, 40),
    maxTravelKm: fc.constantFrom(5, 15, 40),
    supportNeeds: fc.subarray(Object.values(SupportNeed), { maxLength: 1 }),
  });
  const vacancyArb = fc.record({
    employer: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    hours: hours(2, 20),
    workDays: fc.subarray(Object.values(Weekday), { maxLength: 3 }),
    shifts: fc.subarray(Object.values(Shift)),
    required: fc.oneof(
      fc.constant([skill('forklift'), skill('picking')]),
      fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { minLength: 1, maxLength: 4 }),
    ),
    dLat: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
    contractType: fc.constantFrom(ContractType.PERMANENT, ContractType.FIXED_TERM, ContractType.SECONDMENT),
  });
  type C = typeof candidateArb extends fc.Arbitrary<infer T> ? T : never;
  type V = typeof vacancyArb extends fc.Arbitrary<infer T> ? T : never;
  const prepare = (c: C, vs: V[]) => ({
    c: candidate({
      hoursMin: c.hours[0],
      hoursMax: c.hours[1],
      maxTravelKm: c.maxTravelKm,
      supportNeeds: c.supportNeeds,
    }),
    vs: vs.map((v, i) =>
      part(`vac-${i}`, `employer-${v.employer}`, [v.hours[0], v.hours[1]], v.workDays, {
        shifts: v.shifts,
        required: v.required,
        contractType: v.contractType,
        location: { lat: HOME.lat + v.dLat, lon: HOME.lon },
      }),
    ),
  });
  const collide = (x: VacancyFeatures, y: VacancyFeatures) => {
    const sharedDay =
      x.workDays.length === 0 || y.workDays.length === 0 || x.workDays.some((d) => y.workDays.includes(d));
    const sharedShift =
      x.shifts.length === 0 || y.shifts.length === 0 || x.shifts.some((s) => y.shifts.includes(s));
    return sharedDay && sharedShift;
  };
  /** Every valid combination of the instance, by brute force over all pairs and triples. */
  function bruteForce(c: PreparedCandidate, vs: readonly PreparedVacancy[]): string[] {
    const parts = vs.filter((v) => brokenRules(c, v, 'PART').length === 0 && v.hoursMax < c.hoursMin);
    const valid = (group: PreparedVacancy[]) => {
      const total = (key: 'hoursMin' | 'hoursMax') => group.reduce((t, v) => t + v[key], 0);
      return (
        new Set(group.map((v) => v.features.employerId)).size === group.length &&
        group.every((x, i) => group.every((y, j) => i === j || !collide(x.features, y.features))) &&
        total('hoursMin') <= c.hoursMax &&
        total('hoursMax') >= c.hoursMin &&
        group.every((x) => total('hoursMax') - x.hoursMax < c.hoursMin)
      );
    };
    const found: string[] = [];
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) {
        if (valid([parts[i], parts[j]]))
          found.push(
            [parts[i], parts[j]]
              .map((v) => v.features.id)
              .sort()
              .join('+'),
          );
        for (let k = j + 1; k < parts.length; k++) {
          const group = [parts[i], parts[j], parts[k]];
          if (valid(group))
            found.push(
              group
                .map((v) => v.features.id)
                .sort()
                .join('+'),
            );
        }
      }
    return found.sort();
  }

  it('one employer per part, no collisions, hours within the wanted range, every part needed', () => {
    let seen = 0;
    fc.assert(
      fc.property(candidateArb, fc.array(vacancyArb, { maxLength: 12 }), (cArb, vArb) => {
        const { c, vs } = prepare(cArb, vArb);
        const suggestions = suggestCombinations(c, vs, { singleMargin: -100, limit: 50 });
        seen += suggestions.length;
        for (const s of suggestions) {
          const features = s.parts.map((p) => vs.find((v) => v.features.id === p.vacancyId)?.features);
          const group = features.map((f) => f ?? fail('unknown vacancy'));
          expect(new Set(group.map((f) => f.employerId)).size).toBe(group.length);
          for (const [i, x] of group.entries())
            for (const y of group.slice(i + 1)) expect(collide(x, y)).toBe(false);
          const min = group.reduce((t, f) => t + f.hoursMin, 0);
          const max = group.reduce((t, f) => t + f.hoursMax, 0);
          expect(s.offeredHours).toEqual({ hoursMin: min, hoursMax: max });
          expect(s.hours.hoursMin).toBeGreaterThanOrEqual(c.hoursMin);
          expect(s.hours.hoursMax).toBeLessThanOrEqual(c.hoursMax);
          expect(s.hours.hoursMin).toBeLessThanOrEqual(s.hours.hoursMax);
          for (const f of group) expect(max - f.hoursMax).toBeLessThan(c.hoursMin);
          for (const p of s.parts)
            expect([p.explanation.eligible, p.explanation.score]).toEqual([true, p.score]);
        }
        for (let i = 1; i < suggestions.length; i++) {
          const [x, y] = [suggestions[i - 1], suggestions[i]];
          expect(
            x.score > y.score ||
              (x.score === y.score && x.vacancyIds.join('\u0000') < y.vacancyIds.join('\u0000')),
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    expect(seen).toBeGreaterThan(20);
  });

  it('with a pool holding every part, finds exactly the combinations a brute force finds', () => {
    let seen = 0;
    fc.assert(
      fc.property(candidateArb, fc.array(vacancyArb, { minLength: 4, maxLength: 8 }), (cArb, vArb) => {
        const { c, vs } = prepare(cArb, vArb);
        const found = suggestCombinations(c, vs, { singleMargin: -1000, limit: 1000, poolSize: 100 });
        const expected = bruteForce(c, vs);
        seen += expected.length;
        expect(found.map((s) => s.vacancyIds.join('+')).sort()).toEqual(expected);
      }),
      { numRuns: 200 },
    );
    expect(seen).toBeGreaterThan(20);
  });
});

function fail(message: string): never {
  throw new Error(message);
}
