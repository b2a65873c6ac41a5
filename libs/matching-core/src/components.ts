import type { CandidateTrack } from '@werkbrug/core/domain-enums';
import { DAYS_PER_MONTH } from './dates';
import type { ModelParameters } from './model';

/**
 * The per-component formulas, shared by the allocation-free matrix path and the explaining path so the two can
 * never disagree. Every function returns a value in [0, 1].
 */

/** Mean Earth radius (IUGG), as in @werkbrug/geo's haversineKm. */
export const EARTH_RADIUS_KM = 6371.0088;

/** A point as a unit vector: distances then need a square root per pair instead of four trigonometric calls. */
export interface UnitVector {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

export function unitVector(lat: number, lon: number): UnitVector {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lon * Math.PI) / 180;
  return { x: Math.cos(phi) * Math.cos(lambda), y: Math.cos(phi) * Math.sin(lambda), z: Math.sin(phi) };
}

/**
 * Great-circle distance from the chord c between two unit vectors: 2R·asin(c/2), expanded as R·c·(1 + c²/24).
 * The next term adds under 0.1 m at 500 km: far below the precision of a PC4 centroid.
 */
export function greatCircleKm(
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
): number {
  const dx = ax - bx;
  const dy = ay - by;
  const dz = az - bz;
  const chordSquared = dx * dx + dy * dy + dz * dz;
  return EARTH_RADIUS_KM * Math.sqrt(chordSquared) * (1 + chordSquared / 24);
}

/** Rational decay: 1 next door, 0.5 at the travel mode's half distance, 0.25 at three times it. */
export function distanceValue(km: number, halfDistanceKm: number): number {
  return halfDistanceKm / (halfDistanceKm + km);
}

/**
 * How well the upper ends of the two hour ranges agree: a job offering the hours the person wants, and a person
 * offering the hours the job needs. Ranges are known to overlap (a hard rule).
 */
export function hoursValue(candidateMax: number, vacancyMax: number): number {
  const high = Math.max(candidateMax, vacancyMax);
  return high > 0 ? Math.min(candidateMax, vacancyMax) / high : 1;
}

/**
 * 1 when the end date has passed or is at hand, falling linearly to the track's floor at the horizon. Without an
 * end date only the floor remains (spoor 2 still runs against its legal term).
 */
export function urgency(
  track: CandidateTrack,
  deadlineDay: number,
  todayDay: number,
  params: ModelParameters,
): number {
  const floor = params.urgencyFloor[track];
  if (Number.isNaN(deadlineDay)) return floor;
  const horizon = params.urgencyHorizonMonths[track] * DAYS_PER_MONTH;
  const left = deadlineDay - todayDay;
  const rising = left <= 0 ? 1 : Math.max(0, 1 - left / horizon);
  return Math.max(floor, rising);
}

/** A start on or before the end date means no gap in income; later starts lose credit over transitionGapDays. */
export function transitionValue(deadlineDay: number, startDay: number, params: ModelParameters): number {
  if (Number.isNaN(deadlineDay) || startDay <= deadlineDay) return 1;
  return Math.max(0, 1 - (startDay - deadlineDay) / params.transitionGapDays);
}

/** Half urgency (who needs a move soonest), half transition (does this job start in time). */
export function timingValue(urgencyValue: number, transition: number): number {
  return 0.5 * urgencyValue + 0.5 * transition;
}

/** Development wishes the employer will train, relative to the shorter of the two lists. */
export function growthValue(matched: number, developmentCount: number, trainedCount: number): number {
  const possible = Math.min(developmentCount, trainedCount);
  return possible > 0 ? matched / possible : 0;
}

export function sectorValue(sectorsOpenMask: number, sectorBit: number): number {
  return (sectorsOpenMask & sectorBit) !== 0 ? 1 : 0;
}

/** Credit for a vacancy whose occupation shares an agreed direction's ISCO unit group (4 digits). */
export const SAME_UNIT_GROUP = 0.6;
/** Credit for one sharing only the ISCO minor group (3 digits): a neighbouring line of work. */
export const SAME_MINOR_GROUP = 0.3;

/**
 * How well a vacancy's occupation fits the candidate's agreed search directions: 1 for one of them, less for a
 * neighbouring occupation by ISCO group, 0 for none. NaN — the component does not count — when the candidate has
 * no directions or the vacancy names no occupation (`occupationKey` < 0): nothing to compare.
 */
export function directionValue(
  directionKeys: Int32Array,
  directionIsco: Int32Array,
  occupationKey: number,
  isco: number,
): number {
  if (directionKeys.length === 0 || occupationKey < 0) return NaN;
  let best = 0;
  // An occupation without a valid ISCO group (-1) matches by identity only.
  const minor = isco >= 0 ? Math.floor(isco / 10) : -1;
  for (let i = 0; i < directionKeys.length; i++) {
    if (directionKeys[i] === occupationKey) return 1;
    if (isco < 0 || directionIsco[i] < 0) continue;
    if (directionIsco[i] === isco) best = Math.max(best, SAME_UNIT_GROUP);
    else if (Math.floor(directionIsco[i] / 10) === minor) best = Math.max(best, SAME_MINOR_GROUP);
  }
  return best;
}

/**
 * The base components' weighted mean × 100. The sum runs in COMPONENTS order in both paths, so equal inputs give
 * bit-equal scores. Clamped because normalised weights may add up to 1 + 1e-16.
 */
export function combine(
  w: Float64Array,
  required: number,
  related: number,
  niceToHave: number,
  strengthUse: number,
  growth: number,
  distance: number,
  hours: number,
  timing: number,
  sector: number,
): number {
  const sum =
    w[0] * required +
    w[1] * related +
    w[2] * niceToHave +
    w[3] * strengthUse +
    w[4] * growth +
    w[5] * distance +
    w[6] * hours +
    w[7] * timing +
    w[8] * sector;
  return Math.min(100, Math.max(0, sum * 100));
}

/**
 * What a search direction counts as in the weighted mean: its credit, or the pair's own base score where that is
 * higher. A direction is the person's wish; it pulls a vacancy in it up and never pushes another one down.
 */
export function searchDirectionCredit(baseScore: number, direction: number): number {
  return Math.max(direction, baseScore / 100);
}

/**
 * A counted search direction takes its share `w[9]` of the score and the base score the rest, with the credit of
 * searchDirectionCredit: `base + w[9] × max(0, 100 × direction − base)`. An uncounted one (NaN) leaves the base score
 * exactly as it is. Applied after `combine` in both paths, and only where a candidate has directions in the matrix
 * path, so the hot loop of everyone else stays as it was.
 */
export function withSearchDirection(score: number, w: Float64Array, direction: number): number {
  if (Number.isNaN(direction)) return score;
  return Math.min(100, score * (1 - w[9]) + 100 * w[9] * searchDirectionCredit(score, direction));
}

/** Scores are reported with one decimal. */
export function roundScore(raw: number): number {
  return Math.round(raw * 10) / 10;
}
