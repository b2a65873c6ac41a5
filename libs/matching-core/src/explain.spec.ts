import { CandidateTrack, Sector, SkillLevel, TravelMode } from '@werkbrug/core/domain-enums';
import { explainMatch } from './explain';
import type { MatchExplanation } from './explanation-types';
import { COMPONENTS, type ComponentName } from './model';
import { prepareCandidate, type PreparedCandidate } from './prepare';
import { similarity } from './skill-space';
import { SAME_UNIT_GROUP } from './components';
import type { OccupationRef } from './features';
import {
  candidateFeatures,
  fixtureContext,
  fixtureSpace,
  OCCUPATIONS,
  readyCandidate,
  readyVacancy,
  skill,
} from './testing-fixtures';

const context = fixtureContext();
const part = (e: MatchExplanation, name: ComponentName) => {
  const found = e.breakdown.find((b) => b.component === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};
const explain = (candidate = {}, vacancy = {}) =>
  explainMatch(readyCandidate(context, candidate), readyVacancy(context, vacancy));
const share = (skills: number[], of: number) =>
  context.specificity[of] / skills.reduce((t, s) => t + context.specificity[s], 0);
const required = [skill('forklift'), skill('stock'), skill('picking')];

describe('explainMatch breakdown', () => {
  const e = explain();

  it('lists every component once, in order, with weights summing to 1 and contributions to the score', () => {
    // No search directions agreed: that component does not count and is not listed.
    expect(e.breakdown.map((b) => b.component)).toEqual(COMPONENTS.filter((c) => c !== 'SEARCH_DIRECTION'));
    expect(e.breakdown.reduce((t, b) => t + b.weight, 0)).toBeCloseTo(1, 2);
    expect(e.breakdown.reduce((t, b) => t + b.contribution, 0)).toBeCloseTo(e.score ?? NaN, 0);
    expect(e.modelVersion).toBe(context.model.version);
    expect(e.skillSpaceVersion).toBe(fixtureSpace().version);
  });

  it('REQUIRED_SKILLS: specificity share times level factor of each skill present', () => {
    const { levelFactor } = context.model.params;
    const expected =
      share(required, skill('forklift')) * levelFactor[SkillLevel.PROFICIENT] +
      share(required, skill('stock')) * levelFactor[SkillLevel.INDEPENDENT];
    expect(part(e, 'REQUIRED_SKILLS').value).toBeCloseTo(expected, 3);
    expect(part(e, 'REQUIRED_SKILLS').explanation.nl).toContain('2 van de 3');
    expect(part(e, 'REQUIRED_SKILLS').explanation.en).toContain('2 of the 3');
  });

  it('REQUIRED_SKILLS: a higher level and a rarer skill count for more', () => {
    const expert = explain({
      strengths: [
        { skill: skill('forklift'), level: SkillLevel.EXPERT },
        { skill: skill('stock'), level: SkillLevel.EXPERT },
      ],
    });
    expect(part(expert, 'REQUIRED_SKILLS').value).toBeGreaterThan(part(e, 'REQUIRED_SKILLS').value);
    const specificity = Float64Array.from(context.specificity, () => 1);
    specificity[skill('forklift')] = 9;
    const rare = fixtureContext({ specificity });
    const only = (s: string) =>
      explainMatch(
        readyCandidate(rare, { strengths: [{ skill: skill(s), level: SkillLevel.EXPERT }] }),
        readyVacancy(rare, { required: [skill('forklift'), skill('stock')] }),
      );
    expect(part(only('forklift'), 'REQUIRED_SKILLS').value).toBeGreaterThan(
      part(only('stock'), 'REQUIRED_SKILLS').value,
    );
  });

  it('RELATED_SKILLS: a close skill counts partly and the explanation names which stood in for which', () => {
    const sim = similarity(fixtureSpace(), skill('forklift'), skill('picking'));
    expect(sim).toBeGreaterThan(0);
    const expected =
      share(required, skill('forklift')) +
      share(required, skill('stock')) +
      share(required, skill('picking')) * sim;
    const related = part(e, 'RELATED_SKILLS');
    expect(related.value).toBeCloseTo(expected, 3);
    expect(related.explanation.nl).toContain("'heftruck besturen' in plaats van 'pick orders (Engels)'");
    expect(related.explanation.en).toContain("'operate forklift' for 'pick orders'");
    expect(e.substitutions).toContainEqual(
      expect.objectContaining({
        role: 'REQUIRED',
        wanted: expect.objectContaining({ skill: skill('picking') }),
      }),
    );
  });

  it('NICE_TO_HAVE: close skills count partly; without nice-to-haves it equals the required coverage', () => {
    const sim = similarity(fixtureSpace(), skill('forklift'), skill('reach-truck'));
    expect(part(e, 'NICE_TO_HAVE').value).toBeCloseTo(sim, 3);
    const none = explain({}, { niceToHave: [] });
    expect(part(none, 'NICE_TO_HAVE').value).toBe(part(none, 'RELATED_SKILLS').value);
    expect(part(none, 'NICE_TO_HAVE').explanation.en).toContain('no nice-to-have');
  });

  it('STRENGTH_USE: the specificity share of own strengths the vacancy asks for', () => {
    const own = [skill('forklift'), skill('stock'), skill('teamwork')];
    const expected = share(own, skill('forklift')) + share(own, skill('stock'));
    expect(part(e, 'STRENGTH_USE').value).toBeCloseTo(expected, 3);
    expect(part(e, 'STRENGTH_USE').explanation.en).toContain('asks for or trains 2 of the candidate');
  });

  it('GROWTH: development wishes the employer trains', () => {
    expect(part(e, 'GROWTH').value).toBe(1);
    expect(part(e, 'GROWTH').explanation.nl).toContain('spreadsheets gebruiken');
    expect(part(explain({ developmentSkills: [skill('cook')] }), 'GROWTH').value).toBe(0);
    expect(part(explain({ developmentSkills: [] }), 'GROWTH').explanation.en).toBe(
      'No development wishes given.',
    );
  });

  it('DISTANCE: decays with the kilometres, at the pace of the travel mode', () => {
    expect(e.distanceKm).toBeCloseTo(3, 0);
    expect(part(e, 'DISTANCE').value).toBeCloseTo(7 / (7 + 3), 1);
    const byCar = explain({ travelMode: TravelMode.CAR });
    expect(part(byCar, 'DISTANCE').value).toBeGreaterThan(part(e, 'DISTANCE').value);
    expect(part(byCar, 'DISTANCE').explanation.nl).toContain('met de auto');
  });

  it('HOURS: how well the upper ends agree', () => {
    expect(part(e, 'HOURS').value).toBe(1);
    expect(part(explain({ hoursMin: 24, hoursMax: 32 }, { hoursMin: 32, hoursMax: 40 }), 'HOURS').value).toBe(
      0.8,
    );
  });

  it('TIMING: an end date near and a start before it score higher', () => {
    const soon = explain({ contractEndDate: '2027-01-31' }, { startDate: '2027-01-15' });
    const late = explain({ contractEndDate: '2027-01-31' }, { startDate: '2027-03-15' });
    const none = explain({ contractEndDate: null });
    expect(part(soon, 'TIMING').value).toBeGreaterThan(part(late, 'TIMING').value);
    expect(part(soon, 'TIMING').value).toBeGreaterThan(part(none, 'TIMING').value);
    expect(part(late, 'TIMING').explanation.nl).toContain('dagen na de einddatum');
    const spoor2 = explain({ contractEndDate: null, track: CandidateTrack.SICKNESS_REINTEGRATION });
    expect(part(spoor2, 'TIMING').value).toBeGreaterThan(part(none, 'TIMING').value);
  });

  it('TIMING for another employer: availability and "graag snel", never the end date or the track', () => {
    const forOther = (candidate: object) =>
      part(
        explainMatch(readyCandidate(context, candidate), readyVacancy(context, {}), {
          audience: 'OTHER_EMPLOYER',
        }),
        'TIMING',
      );
    const spoor2 = forOther({ contractEndDate: null, track: CandidateTrack.SICKNESS_REINTEGRATION });
    expect(spoor2.explanation.nl).toMatch(
      /^Beschikbaar vanaf \d{4}-\d{2}-\d{2}, graag snel; de vacature start/,
    );
    expect(spoor2.explanation.en).toMatch(/the sooner the better/);
    const relaxed = forOther({ contractEndDate: null, track: CandidateTrack.WORK_TO_WORK });
    expect(relaxed.explanation.nl).not.toMatch(/graag snel/);
    const ending = forOther({ contractEndDate: '2027-01-31' });
    expect(`${ending.explanation.nl} ${ending.explanation.en}`).not.toMatch(/2027-01-31|contract|urgen/i);
    // The same score as for those who need to know: only the words differ.
    const full = explain({ contractEndDate: '2027-01-31' });
    expect(ending.value).toBe(part(full, 'TIMING').value);
  });

  it('SECTOR: open, not open, or open to all', () => {
    expect(part(e, 'SECTOR').value).toBe(1);
    const closed = explain({ sectorsOpen: [Sector.CARE] });
    expect(part(closed, 'SECTOR').value).toBe(0);
    expect(part(closed, 'SECTOR').explanation.nl).toContain('logistiek');
    expect(part(explain({ sectorsOpen: [] }), 'SECTOR').value).toBe(1);
  });

  it('every component explains itself in Dutch and English', () => {
    for (const b of e.breakdown) {
      expect(b.explanation.nl.trim()).not.toBe('');
      expect(b.explanation.en.trim()).not.toBe('');
      expect(b.explanation.nl).not.toBe(b.explanation.en);
    }
  });
});

describe('explainMatch skill lists and improvements', () => {
  const e = explain();

  it('lists matched, missing and trained skills with labels (English where Dutch is missing)', () => {
    expect(e.matchedSkills.map((m) => [m.skill, m.role, m.level])).toEqual([
      [skill('forklift'), 'REQUIRED', SkillLevel.PROFICIENT],
      [skill('stock'), 'REQUIRED', SkillLevel.INDEPENDENT],
    ]);
    expect(e.missingRequired).toEqual([{ skill: skill('picking'), label: { en: 'pick orders', nl: null } }]);
    expect(e.trainedGaps.map((g) => g.skill)).toEqual([skill('spreadsheets')]);
  });

  it('suggests the missing skill with the largest real gain, for each audience', () => {
    const seeker = e.improvements.filter((i) => i.audience === 'CANDIDATE');
    const employer = e.improvements.filter((i) => i.audience === 'EMPLOYER');
    expect(seeker[0]).toMatchObject({ kind: 'DEVELOP_SKILL', skill: { skill: skill('picking') } });
    expect(employer[0]).toMatchObject({ kind: 'TRAIN_ON_THE_JOB', skill: { skill: skill('picking') } });
    const developed = explainMatch(
      prepareCandidate(context, {
        ...candidateFeatures(),
        strengths: [
          ...candidateFeatures().strengths,
          { skill: skill('picking'), level: SkillLevel.INDEPENDENT },
        ],
      }) as PreparedCandidate,
      readyVacancy(context),
    );
    expect(seeker[0].scoreAfter).toBe(developed.score);
    expect(seeker[0].scoreGain).toBeCloseTo((developed.score ?? 0) - (e.score ?? 0), 5);
    expect(seeker[0].explanation.nl).toMatch(/'pick orders \(Engels\)' ontwikkelen .* met \d+,\d punten/);
    expect(seeker[0].explanation.en).toMatch(/Developing 'pick orders' .* by \d+\.\d points/);
    expect(e.improvements.length).toBeLessThanOrEqual(4);
    expect(explain({}, {}).improvements).toEqual(e.improvements);
  });

  it('can skip the improvements', () => {
    const c = readyCandidate(context);
    const v = readyVacancy(context);
    expect(explainMatch(c, v, { improvements: false }).improvements).toEqual([]);
  });

  it('refuses pairs prepared in different contexts', () => {
    expect(() => explainMatch(readyCandidate(context), readyVacancy(fixtureContext()))).toThrow(
      /different scoring contexts/,
    );
  });
});

describe('SEARCH_DIRECTION', () => {
  const { freightHandler, shelfFiller, warehouseWorker, stockClerk, forkliftOperator } = OCCUPATIONS;
  const base = explain({}, { occupation: warehouseWorker });
  const directed = (occupation: OccupationRef | null, candidate = {}) =>
    explain({ searchDirections: [stockClerk, freightHandler], ...candidate }, { occupation });
  const share = 0.1 / 1.1;

  it('does not count, and leaves the score as it was, without directions or without the vacancy’s occupation', () => {
    expect(base.score).toBe(explain().score);
    expect(directed(null).score).toBe(explain().score);
    expect(directed(null).breakdown.some((b) => b.component === 'SEARCH_DIRECTION')).toBe(false);
  });

  it('raises the score in a direction by its share of what is left to 100, and lowers none', () => {
    expect(directed(freightHandler).score!).toBeCloseTo(base.score! + share * (100 - base.score!), 0);
    expect(directed(forkliftOperator).score).toBe(base.score);
  });

  it('lists the component last with weights that still sum to 1, and explains it without naming a trajectory', () => {
    const e = directed(freightHandler);
    const last = e.breakdown.at(-1)!;
    expect(last).toMatchObject({ component: 'SEARCH_DIRECTION', value: 1 });
    expect(last.weight).toBeCloseTo(share, 3);
    expect(e.breakdown.reduce((t, b) => t + b.weight, 0)).toBeCloseTo(1, 9);
    expect(e.breakdown.reduce((t, b) => t + b.contribution, 0)).toBeCloseTo(e.score!, 0);
    expect(last.explanation.nl).toBe(
      "Het beroep 'vrachtbehandelaar' is een van de beroepen waar de kandidaat naar zoekt.",
    );
    expect(last.explanation.en).toBe("The occupation 'freight handler' is one the candidate is looking for.");
    for (const text of [last.explanation.nl, last.explanation.en])
      expect(text).not.toMatch(/traject|re-integr/i);
  });

  it('credits a neighbouring occupation by ISCO group, without naming what the candidate looks for', () => {
    // A weak base score, so a partial credit raises it.
    const weak = { strengths: [{ skill: skill('teamwork'), level: SkillLevel.BASIC }] };
    const sameUnit = part(directed(warehouseWorker, weak), 'SEARCH_DIRECTION');
    expect(sameUnit.value).toBe(SAME_UNIT_GROUP);
    expect(sameUnit.explanation.nl).toBe(
      "Het beroep 'magazijnmedewerker' ligt dicht bij een beroep waar de kandidaat naar zoekt (60%).",
    );
    const sameMinor = directed(shelfFiller);
    // Base above 30: the minor group's credit changes nothing, and the row counts the pair's own score.
    expect(sameMinor.score).toBe(base.score);
    expect(part(sameMinor, 'SEARCH_DIRECTION').value).toBeCloseTo(base.score! / 100, 3);
    expect(part(sameMinor, 'SEARCH_DIRECTION').explanation.en).toBe(
      "The occupation 'shelf filler' is in the same field as one the candidate is looking for (30%). The match scores as high by itself; this does not change the score.",
    );
    const outside = part(directed(forkliftOperator), 'SEARCH_DIRECTION');
    expect(outside.explanation.nl).toBe(
      "Het beroep 'forklift operator' ligt buiten de beroepen waar de kandidaat naar zoekt; dat verlaagt de score niet.",
    );
    for (const e of [sameUnit, outside])
      expect(e.explanation.nl).not.toMatch(/magazijnadministrateur|vrachtbehandelaar/);
  });
});
