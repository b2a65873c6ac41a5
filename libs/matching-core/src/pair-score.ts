import {
  combine,
  directionValue,
  roundScore,
  withSearchDirection,
  distanceValue,
  growthValue,
  hoursValue,
  sectorValue,
  timingValue,
  transitionValue,
} from './components';
import { checkPair } from './hard-rules';
import type { PreparedCandidate, PreparedVacancy } from './prepare';
import { findCredit } from './skill-credit';

/** Component values of one pair in COMPONENTS order, before weighting. */
export interface ComponentValues {
  readonly required: number;
  readonly related: number;
  readonly niceToHave: number;
  readonly strengthUse: number;
  readonly growth: number;
  readonly distance: number;
  readonly hours: number;
  readonly timing: number;
  readonly sector: number;
  /** NaN when it does not count for this pair (see directionValue). */
  readonly searchDirection: number;
}

/**
 * Sums run over the vacancy's skills in ascending index order, the same order in which the matrix path's inverted
 * lists add them, so both paths produce bit-equal values.
 */
export function componentValues(c: PreparedCandidate, v: PreparedVacancy, km: number): ComponentValues {
  let required = 0;
  let related = 0;
  for (let i = 0; i < v.requiredSkill.length; i++) {
    const j = findCredit(c, v.requiredSkill[i]);
    if (j < 0) continue;
    const w = v.requiredWeight[i];
    required += w * c.credDirect[j];
    related += w * c.credSoft[j];
  }
  let nice = 0;
  for (let i = 0; i < v.niceSkill.length; i++) {
    const j = findCredit(c, v.niceSkill[i]);
    if (j >= 0) nice += v.niceWeight[i] * c.credSoft[j];
  }
  const use = strengthUseSum(c, v);
  let grown = 0;
  for (const skill of c.developmentSkill) if (v.trainedSkill.includes(skill)) grown++;
  const { context } = c;
  return {
    required,
    related,
    // A vacancy without nice-to-haves is neither favoured nor penalised: it counts as its required coverage.
    niceToHave: v.niceSkill.length > 0 ? nice : related,
    strengthUse: use / c.strengthSpecificity,
    growth: growthValue(grown, c.developmentSkill.length, v.trainedSkill.length),
    distance: distanceValue(km, c.halfDistanceKm),
    hours: hoursValue(c.hoursMax, v.hoursMax),
    timing: timingValue(c.urgency, transitionValue(c.deadlineDay, v.startDay, context.model.params)),
    sector: sectorValue(c.sectorMask, v.sectorBit),
    searchDirection: directionValue(c.directionKey, c.directionIsco, v.occupationKey, v.isco),
  };
}

/**
 * Specificity of the candidate's own skills the vacancy involves: asked for (required, nice-to-have) or trained on
 * the job, since having a skill the employer would otherwise teach is an asset too. Summed per role and in skill
 * order, as the matrix path does.
 */
function strengthUseSum(c: PreparedCandidate, v: PreparedVacancy): number {
  let required = 0;
  let nice = 0;
  let trained = 0;
  for (let j = 0; j < c.credSkill.length; j++) {
    if (c.credUse[j] === 0) continue;
    const skill = c.credSkill[j];
    if (v.requiredSkill.includes(skill)) required += c.credUse[j];
    else if (v.niceSkill.includes(skill)) nice += c.credUse[j];
    else if (v.trainedSkill.includes(skill)) trained += c.credUse[j];
  }
  return required + nice + trained;
}

export function weightedScore(c: PreparedCandidate, values: ComponentValues): number {
  return scoreWithHours(c, values, values.hours);
}

/**
 * The score with the HOURS component replaced, as for one part of combined part-time work, whose hours are judged
 * on the combined range. Same summation as weightedScore, so an explanation with that value agrees bit for bit.
 */
export function scoreWithHours(c: PreparedCandidate, values: ComponentValues, hours: number): number {
  return withSearchDirection(baseScore(c, values, hours), c.context.weights, values.searchDirection);
}

/** The nine base components' weighted mean × 100, before any search direction. */
export function baseScore(c: PreparedCandidate, values: ComponentValues, hours: number): number {
  const x = values;
  return combine(
    c.context.weights,
    x.required,
    x.related,
    x.niceToHave,
    x.strengthUse,
    x.growth,
    x.distance,
    hours,
    x.timing,
    x.sector,
  );
}

/** The unrounded score, or null when a hard rule is broken. */
export function rawPairScore(c: PreparedCandidate, v: PreparedVacancy): number | null {
  const km = checkPair(c, v);
  if (km < 0) return null;
  return weightedScore(c, componentValues(c, v, km));
}

/** The reported score (0–100, one decimal), or null when a hard rule is broken. */
export function scorePair(c: PreparedCandidate, v: PreparedVacancy): number | null {
  const raw = rawPairScore(c, v);
  return raw === null ? null : roundScore(raw);
}
