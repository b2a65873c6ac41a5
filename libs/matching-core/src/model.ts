import { CandidateTrack, TravelMode } from '@werkbrug/core/domain-enums';

/**
 * Bumped whenever a weight, a parameter or a formula changes, so a stored score can always be traced to the
 * model that produced it (and stale scores can be recomputed).
 */
export const MODEL_VERSION = '2026.12-1';

/** The soft components, in the order they appear in every breakdown. */
export const COMPONENTS = [
  'REQUIRED_SKILLS',
  'RELATED_SKILLS',
  'NICE_TO_HAVE',
  'STRENGTH_USE',
  'GROWTH',
  'DISTANCE',
  'HOURS',
  'TIMING',
  'SECTOR',
  'SEARCH_DIRECTION',
] as const;
export type ComponentName = (typeof COMPONENTS)[number];

/**
 * The components every pair has. SEARCH_DIRECTION counts only for a candidate with agreed search directions and a
 * vacancy that names its occupation; for every other pair the score is the weighted mean of these alone, exactly
 * as before the component existed, so having no trajectory neither helps nor hurts anyone.
 */
export const BASE_COMPONENT_COUNT = 9;
/** Index of SEARCH_DIRECTION in COMPONENTS and in the normalised weights. */
export const SEARCH_DIRECTION_INDEX = 9;

export type ComponentWeights = Readonly<Record<ComponentName, number>>;

export interface ModelParameters {
  /** Credit for a required skill by strength level 1–4 (index 0 unused). */
  readonly levelFactor: readonly [number, number, number, number, number];
  /** Distance at which the distance component is 0.5, per travel mode. */
  readonly halfDistanceKm: Readonly<Record<TravelMode, number>>;
  /**
   * Applied to the caller's specificity weights (weight^exponent): 0.5 softens inverse document frequency, so a
   * rare skill counts about three times a ubiquitous one rather than eight times.
   */
  readonly specificityExponent: number;
  /** Days a candidate may become available after a vacancy's start date before the pair is ruled out. */
  readonly startToleranceDays: number;
  /** Months before the end date at which urgency starts to rise, per track. */
  readonly urgencyHorizonMonths: Readonly<Record<CandidateTrack, number>>;
  /** Urgency that holds even without an end date (spoor 2 always runs against the 104-week term). */
  readonly urgencyFloor: Readonly<Record<CandidateTrack, number>>;
  /** Days after the end date by which a later start stops counting as a smooth transition. */
  readonly transitionGapDays: number;
}

export interface ScoringModel {
  readonly version: string;
  /** Non-negative; normalised to sum 1 when the context is created. */
  readonly weights: ComponentWeights;
  readonly params: ModelParameters;
}

/**
 * Weights: see README.md for the reasoning. The skill block (first four) was split on the ESCO evaluation's dev
 * half; the rest are judgement calls the evaluation cannot inform, because its pairs share one location.
 */
export const DEFAULT_WEIGHTS: ComponentWeights = {
  REQUIRED_SKILLS: 0.27,
  RELATED_SKILLS: 0.08,
  NICE_TO_HAVE: 0.05,
  STRENGTH_USE: 0.22,
  GROWTH: 0.06,
  DISTANCE: 0.14,
  HOURS: 0.07,
  TIMING: 0.06,
  SECTOR: 0.05,
  // Relative to the others' sum of 1: where it counts it takes 0.1 / 1.1 ≈ 9 % of the score, about as much as the
  // related skills, so an agreed direction steers the ranking without outweighing what the person can do.
  SEARCH_DIRECTION: 0.1,
};

export const DEFAULT_PARAMETERS: ModelParameters = {
  levelFactor: [0, 0.6, 0.8, 0.95, 1],
  specificityExponent: 0.75,
  halfDistanceKm: {
    [TravelMode.WALK]: 2,
    [TravelMode.BICYCLE]: 7,
    [TravelMode.PUBLIC_TRANSPORT]: 15,
    [TravelMode.CAR]: 20,
  },
  startToleranceDays: 60,
  urgencyHorizonMonths: {
    [CandidateTrack.WORK_TO_WORK]: 6,
    [CandidateTrack.LABOUR_DISABILITY]: 6,
    [CandidateTrack.SICKNESS_REINTEGRATION]: 12,
    [CandidateTrack.VOLUNTARY_MOBILITY]: 6,
  },
  urgencyFloor: {
    [CandidateTrack.WORK_TO_WORK]: 0,
    [CandidateTrack.LABOUR_DISABILITY]: 0,
    [CandidateTrack.SICKNESS_REINTEGRATION]: 0.5,
    [CandidateTrack.VOLUNTARY_MOBILITY]: 0,
  },
  transitionGapDays: 180,
};

export const DEFAULT_MODEL: ScoringModel = {
  version: MODEL_VERSION,
  weights: DEFAULT_WEIGHTS,
  params: DEFAULT_PARAMETERS,
};

/**
 * Weights in COMPONENTS order: the base components scaled to sum 1, so a score is their weighted mean times 100;
 * last, SEARCH_DIRECTION's share of the score where it counts (its weight over all weights). The base weights are
 * then scaled by 1 − that share (see combine).
 */
export function normalisedWeights(weights: ComponentWeights): Float64Array {
  let base = 0;
  for (const name of COMPONENTS) {
    const w = weights[name];
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weight ${name} must be a finite number ≥ 0`);
    if (name !== 'SEARCH_DIRECTION') base += w;
  }
  if (base <= 0) throw new RangeError('at least one weight must be positive');
  const direction = weights.SEARCH_DIRECTION;
  return Float64Array.from(COMPONENTS, (name) =>
    name === 'SEARCH_DIRECTION' ? direction / (base + direction) : weights[name] / base,
  );
}
