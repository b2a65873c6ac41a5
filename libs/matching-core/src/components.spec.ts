import { CandidateTrack } from '@werkbrug/core/domain-enums';
import { haversineKm } from '@werkbrug/geo/distance';
import {
  combine,
  directionValue,
  distanceValue,
  greatCircleKm,
  growthValue,
  hoursValue,
  roundScore,
  SAME_MINOR_GROUP,
  SAME_UNIT_GROUP,
  sectorValue,
  timingValue,
  transitionValue,
  unitVector,
  urgency,
  withSearchDirection,
} from './components';
import { isoDay } from './dates';
import { DEFAULT_PARAMETERS, DEFAULT_WEIGHTS, normalisedWeights, SEARCH_DIRECTION_INDEX } from './model';

const params = DEFAULT_PARAMETERS;
const today = isoDay('2026-11-20');

describe('greatCircleKm', () => {
  const places = {
    amsterdam: { lat: 52.3731, lon: 4.8922 },
    utrecht: { lat: 52.0894, lon: 5.1101 },
    groningen: { lat: 53.2194, lon: 6.5665 },
    maastricht: { lat: 50.8514, lon: 5.691 },
  };
  const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
    const u = unitVector(a.lat, a.lon);
    const v = unitVector(b.lat, b.lon);
    return greatCircleKm(u.x, u.y, u.z, v.x, v.y, v.z);
  };

  it('agrees with @werkbrug/geo haversineKm to within a metre across the Netherlands', () => {
    const list = Object.values(places);
    for (const a of list)
      for (const b of list) expect(Math.abs(km(a, b) - haversineKm(a, b))).toBeLessThan(0.001);
    expect(km(places.groningen, places.maastricht)).toBeGreaterThan(250);
  });

  it('is zero for the same point', () => {
    expect(km(places.utrecht, places.utrecht)).toBe(0);
  });
});

describe('distance component', () => {
  it('is 1 next door, 0.5 at the half distance, and keeps falling', () => {
    expect(distanceValue(0, 7)).toBe(1);
    expect(distanceValue(7, 7)).toBe(0.5);
    expect(distanceValue(21, 7)).toBe(0.25);
    expect(distanceValue(10, 20)).toBeGreaterThan(distanceValue(10, 7));
  });
});

describe('hours component', () => {
  it('compares the upper ends of the ranges', () => {
    expect(hoursValue(36, 36)).toBe(1);
    expect(hoursValue(32, 40)).toBe(0.8);
    expect(hoursValue(40, 32)).toBe(0.8);
    expect(hoursValue(0, 0)).toBe(1);
  });
});

describe('timing component', () => {
  it('raises urgency as the end date nears, within six months for work-to-work', () => {
    const inMonths = (m: number) => today + Math.round(m * 30.44);
    expect(urgency(CandidateTrack.WORK_TO_WORK, inMonths(9), today, params)).toBe(0);
    expect(urgency(CandidateTrack.WORK_TO_WORK, inMonths(3), today, params)).toBeCloseTo(0.5, 2);
    expect(urgency(CandidateTrack.WORK_TO_WORK, today - 10, today, params)).toBe(1);
    expect(urgency(CandidateTrack.WORK_TO_WORK, NaN, today, params)).toBe(0);
  });

  it('starts spoor 2 urgency a year ahead and never below its floor', () => {
    const inMonths = (m: number) => today + Math.round(m * 30.44);
    expect(urgency(CandidateTrack.SICKNESS_REINTEGRATION, inMonths(9), today, params)).toBe(0.5);
    expect(urgency(CandidateTrack.SICKNESS_REINTEGRATION, inMonths(3), today, params)).toBeCloseTo(0.75, 2);
    expect(urgency(CandidateTrack.SICKNESS_REINTEGRATION, NaN, today, params)).toBe(0.5);
  });

  it('rewards a start before the end date and decays after it', () => {
    expect(transitionValue(today + 100, today + 50, params)).toBe(1);
    expect(transitionValue(today + 100, today + 190, params)).toBe(0.5);
    expect(transitionValue(today + 100, today + 400, params)).toBe(0);
    expect(transitionValue(NaN, today + 400, params)).toBe(1);
    expect(timingValue(1, 0.5)).toBe(0.75);
  });
});

describe('growth component', () => {
  it('is the share of development wishes trained, relative to the shorter list', () => {
    expect(growthValue(1, 1, 5)).toBe(1);
    expect(growthValue(1, 4, 2)).toBe(0.5);
    expect(growthValue(0, 0, 3)).toBe(0);
    expect(growthValue(0, 2, 0)).toBe(0);
  });
});

describe('sector component', () => {
  it('is 1 when the sector is among the open ones', () => {
    expect(sectorValue(0b0110, 0b0100)).toBe(1);
    expect(sectorValue(0b0110, 0b1000)).toBe(0);
    expect(sectorValue(-1, 0b1000)).toBe(1);
  });
});

describe('directionValue', () => {
  const keys = Int32Array.from([7, 3]);
  const isco = Int32Array.from([9333, 4321]);

  it('is 1 for an agreed direction, in any position', () => {
    expect(directionValue(keys, isco, 7, 9333)).toBe(1);
    expect(directionValue(keys, isco, 3, 4321)).toBe(1);
  });

  it('credits a neighbouring occupation by its ISCO unit group, then by its minor group', () => {
    expect(directionValue(keys, isco, 11, 9333)).toBe(SAME_UNIT_GROUP);
    expect(directionValue(keys, isco, 12, 9334)).toBe(SAME_MINOR_GROUP);
    expect(directionValue(keys, isco, 13, 4322)).toBe(SAME_MINOR_GROUP);
    expect(directionValue(keys, isco, 14, 8344)).toBe(0);
  });

  it('compares an occupation without a valid ISCO group by identity only', () => {
    const unknown = Int32Array.from([-1]);
    expect(directionValue(Int32Array.from([5]), unknown, 6, -1)).toBe(0);
    expect(directionValue(Int32Array.from([5]), unknown, 5, -1)).toBe(1);
    expect(directionValue(keys, isco, 6, -1)).toBe(0);
  });

  it('does not count without directions or without the vacancy’s occupation', () => {
    expect(directionValue(new Int32Array(0), new Int32Array(0), 7, 9333)).toBeNaN();
    expect(directionValue(keys, isco, -1, -1)).toBeNaN();
  });
});

describe('combine', () => {
  const w = normalisedWeights(DEFAULT_WEIGHTS);

  it('is 100 when every component is 1 and 0 when every component is 0', () => {
    expect(combine(w, 1, 1, 1, 1, 1, 1, 1, 1, 1)).toBe(100);
    expect(combine(w, 0, 0, 0, 0, 0, 0, 0, 0, 0)).toBe(0);
  });

  it('adds each component with its weight', () => {
    expect(combine(w, 1, 0, 0, 0, 0, 0, 0, 0, 0)).toBeCloseTo(100 * w[0], 10);
    expect(combine(w, 0, 0, 0, 0, 0, 1, 0, 0, 0)).toBeCloseTo(100 * w[5], 10);
  });

  it('leaves the score exactly as it is when the search direction does not count', () => {
    const base = combine(w, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 1);
    expect(withSearchDirection(base, w, NaN)).toBe(base);
  });

  it('gives a counted search direction its share, 0.1 of 1.1, and never lowers a score', () => {
    const s = 0.1 / 1.1;
    expect(w[SEARCH_DIRECTION_INDEX]).toBeCloseTo(s, 12);
    const base = combine(w, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 1);
    // In the direction a pair gains s × (100 − base); a partial credit gains only above the base score.
    expect(withSearchDirection(base, w, 1)).toBeCloseTo(base + s * (100 - base), 9);
    expect(withSearchDirection(40, w, SAME_UNIT_GROUP)).toBeCloseTo(40 + s * 20, 9);
    expect(withSearchDirection(80, w, SAME_UNIT_GROUP)).toBeCloseTo(80, 9);
    expect(withSearchDirection(base, w, 0)).toBeCloseTo(base, 9);
    expect(withSearchDirection(100, w, 1)).toBe(100);
    expect(withSearchDirection(0, w, 0)).toBe(0);
  });

  it('rounds to one decimal', () => {
    expect(roundScore(71.25)).toBe(71.3);
    expect(roundScore(71.24)).toBe(71.2);
  });

  it('rejects negative or all-zero weights', () => {
    expect(() => normalisedWeights({ ...DEFAULT_WEIGHTS, HOURS: -1 })).toThrow(RangeError);
    const zero = Object.fromEntries(
      Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0]),
    ) as typeof DEFAULT_WEIGHTS;
    expect(() => normalisedWeights(zero)).toThrow(RangeError);
  });
});
