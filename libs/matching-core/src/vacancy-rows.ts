import type { PreparedVacancy } from './prepare';

/**
 * Vacancies packed into Float64Arrays of 8 numbers (one cache line) per vacancy. Object fields holding doubles
 * are separate heap cells in V8, so reading a dozen of them per pair from ten thousand vacancy objects misses
 * the cache far more often. `terms` holds what the hard rules read (every touched pair), `rest` what only
 * eligible pairs need.
 */
export const ROW = 8;
export const EMPLOYER = 0;
export const REGION = 1;
export const CONTRACT_BIT = 2;
export const SHIFT_MASK = 3;
export const SHIFT_COUNT = 4;
export const HOURS_MIN = 5;
export const HOURS_MAX = 6;
export const START_DAY = 7;

export const X = 0;
export const Y = 1;
export const Z = 2;
export const NICE_COUNT = 3;
export const TRAINED_COUNT = 4;
export const SECTOR_BIT = 5;
export const OCCUPATION_KEY = 6;
export const ISCO = 7;

export interface VacancyRows {
  readonly terms: Float64Array;
  readonly rest: Float64Array;
}

export function packVacancies(vacancies: readonly PreparedVacancy[]): VacancyRows {
  const terms = new Float64Array(vacancies.length * ROW);
  const rest = new Float64Array(vacancies.length * ROW);
  vacancies.forEach((v, i) => {
    const r = i * ROW;
    terms[r + EMPLOYER] = v.employerKey;
    terms[r + REGION] = v.regionKey;
    terms[r + CONTRACT_BIT] = v.contractBit;
    terms[r + SHIFT_MASK] = v.shiftMask;
    terms[r + SHIFT_COUNT] = v.shiftCount;
    terms[r + HOURS_MIN] = v.hoursMin;
    terms[r + HOURS_MAX] = v.hoursMax;
    terms[r + START_DAY] = v.startDay;
    rest[r + X] = v.x;
    rest[r + Y] = v.y;
    rest[r + Z] = v.z;
    rest[r + NICE_COUNT] = v.niceSkill.length;
    rest[r + TRAINED_COUNT] = v.trainedSkill.length;
    rest[r + SECTOR_BIT] = v.sectorBit;
    rest[r + OCCUPATION_KEY] = v.occupationKey;
    rest[r + ISCO] = v.isco;
  });
  return { terms, rest };
}
