import fc from 'fast-check';
import {
  CandidateStatus,
  CandidateTrack,
  ContractType,
  Sector,
  Shift,
  SkillLevel,
  SupportNeed,
  TravelMode,
  VacancyKind,
  VacancyStatus,
  Weekday,
} from '@werkbrug/core/domain-enums';
import { explainMatch } from './explain';
import type { CandidateFeatures, VacancyFeatures } from './features';
import { scoreMatrixTopK } from './matrix';
import { COMPONENTS } from './model';
import { scorePair } from './pair-score';
import { isIncomplete, prepareCandidate, prepareVacancy } from './prepare';
import {
  prepareCandidates,
  prepareVacancies,
  rankCandidatesForVacancy,
  rankVacanciesForCandidate,
} from './rank';
import {
  candidateFeatures,
  fixtureContext,
  fixtureSpace,
  HOME,
  OCCUPATIONS,
  TODAY,
} from './testing-fixtures';
import { rowEntries } from './top-k';

const context = fixtureContext();
const size = fixtureSpace().size;
const skillIndex = fc.integer({ min: 0, max: size - 1 });
const skills = fc.uniqueArray(skillIndex, { maxLength: 6 });
const level = fc.constantFrom(
  SkillLevel.BASIC,
  SkillLevel.INDEPENDENT,
  SkillLevel.PROFICIENT,
  SkillLevel.EXPERT,
);
const iso = (days: number) => new Date(Date.parse(TODAY) + days * 86_400_000).toISOString().slice(0, 10);
const date = fc.option(fc.integer({ min: -30, max: 400 }).map(iso), { nil: null });
const hours = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([a, b]) => ({
  hoursMin: Math.min(a, b),
  hoursMax: Math.max(a, b),
}));
const point = fc.record({
  lat: fc.double({ min: HOME.lat - 0.3, max: HOME.lat + 0.3, noNaN: true }),
  lon: fc.double({ min: HOME.lon - 0.4, max: HOME.lon + 0.4, noNaN: true }),
});
const employer = fc.constantFrom('employer-a', 'employer-b', 'employer-c');

const candidate: fc.Arbitrary<CandidateFeatures> = fc
  .record({
    id: fc.uuid(),
    employerId: employer,
    regionCode: fc.constantFrom('AM25', 'AM18'),
    status: fc.constantFrom(...Object.values(CandidateStatus)),
    sharing: fc.oneof(fc.constant('REGION' as const), fc.uniqueArray(employer, { maxLength: 2 })),
    strengths: fc.uniqueArray(fc.record({ skill: skillIndex, level }), {
      minLength: 1,
      maxLength: 6,
      selector: (s) => s.skill,
    }),
    developmentSkills: skills,
    home: point,
    maxTravelKm: fc.integer({ min: 1, max: 60 }),
    travelMode: fc.constantFrom(...Object.values(TravelMode)),
    sectorsOpen: fc.subarray(Object.values(Sector), { maxLength: 4 }),
    contractTypes: fc.subarray(Object.values(ContractType), { maxLength: 3 }),
    availableFrom: date,
    contractEndDate: date,
    track: fc.constantFrom(...Object.values(CandidateTrack)),
    supportNeeds: fc.subarray(Object.values(SupportNeed), { maxLength: 2 }),
    searchDirections: fc.subarray(Object.values(OCCUPATIONS), { maxLength: 3 }),
  })
  .chain((base) => hours.map((h) => ({ ...base, ...h })));

const vacancy: fc.Arbitrary<VacancyFeatures> = fc
  .record({
    id: fc.uuid(),
    employerId: employer,
    employerSector: fc.constantFrom(...Object.values(Sector)),
    regionCode: fc.constantFrom('AM25', 'AM18'),
    status: fc.constantFrom(VacancyStatus.OPEN, VacancyStatus.OPEN, VacancyStatus.CLOSED),
    required: fc.uniqueArray(skillIndex, { minLength: 1, maxLength: 5 }),
    niceToHave: skills,
    trainedOnTheJob: skills,
    location: point,
    contractType: fc.constantFrom(...Object.values(ContractType)),
    startDate: date,
    kind: fc.constantFrom(...Object.values(VacancyKind)),
    workDays: fc.subarray(Object.values(Weekday)),
    shifts: fc.subarray(Object.values(Shift)),
    occupation: fc.option(fc.constantFrom(...Object.values(OCCUPATIONS)), { nil: null }),
  })
  .chain((base) => hours.map((h) => ({ ...base, ...h })));

const prepare = (c: CandidateFeatures, v: VacancyFeatures) => {
  const pc = prepareCandidate(context, c);
  const pv = prepareVacancy(context, v);
  if (isIncomplete(pc) || isIncomplete(pv)) throw new Error('arbitraries produce complete inputs');
  return [pc, pv] as const;
};
const score = (c: CandidateFeatures, v: VacancyFeatures) => scorePair(...prepare(c, v));

/** The same pair with every hard rule on the terms of work satisfied, so skills alone decide. */
function compatible(c: CandidateFeatures, v: VacancyFeatures): [CandidateFeatures, VacancyFeatures] {
  return [
    { ...c, status: CandidateStatus.ACTIVE, employerId: 'employer-a', sharing: 'REGION', contractTypes: [] },
    {
      ...v,
      status: VacancyStatus.OPEN,
      employerId: 'employer-b',
      regionCode: c.regionCode,
      hoursMin: c.hoursMin,
      hoursMax: c.hoursMax,
      startDate: c.availableFrom,
      location: c.home,
      shifts: [Shift.DAY],
    },
  ];
}

describe('scoring properties', () => {
  it('scores stay within 0–100, in the matrix as in single pairs', () => {
    fc.assert(
      fc.property(
        fc.array(candidate, { minLength: 1, maxLength: 4 }),
        fc.array(vacancy, { minLength: 1, maxLength: 4 }),
        (cs, vs) => {
          const c = prepareCandidates(context, cs).ready;
          const v = prepareVacancies(context, vs).ready;
          const result = scoreMatrixTopK(c, v, { k: 4 });
          for (let row = 0; row < c.length; row++) {
            for (const e of rowEntries(result.byCandidate, row)) {
              expect(e.score).toBeGreaterThanOrEqual(0);
              expect(e.score).toBeLessThanOrEqual(100);
              expect(scorePair(c[row], v[e.index])).toBe(e.score);
            }
          }
        },
      ),
    );
  });

  it('adding a skill the vacancy asks for never lowers the score', () => {
    let compared = 0;
    fc.assert(
      fc.property(candidate, vacancy, fc.nat(), level, (anyC, anyV, pick, newLevel) => {
        const [c, v] = compatible(anyC, anyV);
        const asked = [...v.required, ...v.niceToHave].filter((s) => !c.strengths.some((x) => x.skill === s));
        fc.pre(asked.length > 0);
        const before = score(c, v);
        const added = { skill: asked[pick % asked.length], level: newLevel };
        const after = score({ ...c, strengths: [...c.strengths, added] }, v);
        if (before !== null) {
          compared++;
          expect(after).not.toBeNull();
          expect(after).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 300 },
    );
    // Guards against a vacuous pass: most generated pairs must have been comparable.
    expect(compared).toBeGreaterThan(100);
  });

  it('explains every component in Dutch and English, eligible or not', () => {
    fc.assert(
      fc.property(candidate, vacancy, (c, v) => {
        const e = explainMatch(...prepare(c, v));
        // The search direction is listed exactly where it counts: both sides have something to compare.
        const counted = c.searchDirections.length > 0 && v.occupation !== null;
        expect(e.breakdown.map((b) => b.component)).toEqual(
          COMPONENTS.filter((name) => name !== 'SEARCH_DIRECTION' || counted),
        );
        expect(e.breakdown.reduce((t, b) => t + b.weight, 0)).toBeCloseTo(1, 9);
        for (const b of e.breakdown) {
          expect(b.explanation.nl.trim().length).toBeGreaterThan(0);
          expect(b.explanation.en.trim().length).toBeGreaterThan(0);
        }
        for (const text of [...e.brokenRules, ...e.improvements].map((x) => x.explanation)) {
          expect(text.nl.trim().length * text.en.trim().length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('fairness: no identity or protected traits', () => {
  type Protected =
    | 'name'
    | 'fullName'
    | 'firstName'
    | 'lastName'
    | 'email'
    | 'phone'
    | 'age'
    | 'dateOfBirth'
    | 'birthDate'
    | 'gender'
    | 'sex'
    | 'nationality'
    | 'ethnicity'
    | 'religion'
    | 'health'
    | 'diagnosis'
    | 'medical';
  type Free<T> = [Extract<keyof T, Protected>] extends [never] ? true : false;

  it('the input types have no field for them (checked by the compiler)', () => {
    const candidateIsFree: Free<CandidateFeatures> = true;
    const vacancyIsFree: Free<VacancyFeatures> = true;
    // @ts-expect-error a name is not a feature: the literal does not compile
    const withName: CandidateFeatures = { ...candidateFeatures(), name: 'Jan Jansen' };
    expect([candidateIsFree, vacancyIsFree, withName.id]).toEqual([true, true, 'cand-1']);
  });

  it('scores and explanations do not change with the id or with anything that is not a feature', () => {
    const identity = fc.record({
      // A marker that cannot occur in any explanation, so finding it would prove a leak.
      name: fc.string().map((s) => `⟦${s}⟧`),
      dateOfBirth: fc.integer({ min: 0, max: 30_000 }).map((d) => iso(-d - 6_000)),
      age: fc.integer({ min: 16, max: 70 }),
      gender: fc.constantFrom('F', 'M', 'X'),
      nationality: fc.constantFrom('NL', 'PL', 'SY', 'TR'),
      health: fc.string(),
    });
    fc.assert(
      fc.property(
        candidate,
        vacancy,
        identity,
        fc.uuid(),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (c, v, id, newId, extra) => {
          const plain = explainMatch(...prepare(c, v));
          const dressed = explainMatch(...prepare({ ...extra, ...c, ...id, id: newId }, { ...extra, ...v }));
          expect({ ...dressed, candidateId: c.id }).toEqual(plain);
          expect(JSON.stringify(dressed)).not.toContain('⟦');
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('incomplete inputs', () => {
  it('are never scored or ranked, and say why', () => {
    const blank = fc.constantFrom<Partial<CandidateFeatures>>(
      { strengths: [] },
      { home: null },
      { strengths: [], home: null },
    );
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 5 }),
        fc.array(fc.tuple(candidate, blank), { minLength: 1, maxLength: 5 }),
        vacancy,
        (good, bad, v) => {
          const broken = bad.map(([c, gap]) => ({ ...c, ...gap }));
          const set = prepareCandidates(context, [...good, ...broken]);
          expect(set.incomplete.map((x) => x.id).sort()).toEqual(broken.map((c) => c.id).sort());
          for (const x of set.incomplete) expect(x.reasons.length).toBeGreaterThan(0);
          const pv = prepareVacancy(context, { ...v, status: VacancyStatus.OPEN });
          if (isIncomplete(pv)) throw new Error('vacancy arbitrary is complete');
          const ranked = rankCandidatesForVacancy(pv, set.ready, { k: 10, improvements: false }).matches.map(
            (m) => m.candidateId,
          );
          for (const c of broken) expect(ranked).not.toContain(c.id);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a vacancy without required skills or without a location is incomplete', () => {
    const vacancies = prepareVacancies(context, [
      { ...fc.sample(vacancy, 1)[0], id: 'no-skills', required: [], niceToHave: [], trainedOnTheJob: [] },
      { ...fc.sample(vacancy, 1)[0], id: 'only-trained', required: [], trainedOnTheJob: [0] },
      { ...fc.sample(vacancy, 1)[0], id: 'nowhere', location: null },
    ]);
    expect(vacancies.ready).toEqual([]);
    expect(vacancies.incomplete.map((x) => [x.id, x.reasons])).toEqual([
      ['no-skills', ['NO_SKILLS']],
      ['only-trained', ['NO_REQUIRED_SKILLS']],
      ['nowhere', ['NO_LOCATION']],
    ]);
    const c = prepareCandidate(context, candidateFeatures());
    if (isIncomplete(c)) throw new Error('fixture is complete');
    expect(rankVacanciesForCandidate(c, vacancies.ready).matches).toEqual([]);
  });
});
