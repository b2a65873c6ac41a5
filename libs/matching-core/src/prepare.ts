import {
  CandidateStatus,
  ContractType,
  Sector,
  Shift,
  SupportNeed,
  VacancyKind,
  VacancyStatus,
} from '@werkbrug/core/domain-enums';
import { unitVector, urgency } from './components';
import { internKey, type ScoringContext } from './context';
import { isoDay } from './dates';
import type { CandidateFeatures, GeoPoint, VacancyFeatures } from './features';
import { pickCandidateFeatures, pickVacancyFeatures } from './pick-features';
import { expandStrengths, normaliseSkillList, type SkillCredit } from './skill-credit';

export type IncompleteReason =
  'NO_SKILLS' | 'NO_REQUIRED_SKILLS' | 'NO_LOCATION' | 'INVALID_HOURS' | 'INVALID_TRAVEL_DISTANCE';

/** Not scored and never ranked: the score would be invented. `reasons` tells the user what to add. */
export interface Incomplete {
  readonly kind: 'incomplete';
  readonly side: 'candidate' | 'vacancy';
  readonly id: string;
  readonly reasons: readonly IncompleteReason[];
}

export interface PreparedCandidate extends SkillCredit {
  readonly kind: 'candidate';
  readonly context: ScoringContext;
  /** A copy holding feature fields only, whatever extra properties the caller's object had. */
  readonly features: CandidateFeatures;
  readonly active: boolean;
  readonly employerKey: number;
  readonly regionKey: number;
  /** Interned employer keys when shared with selected employers; null when shared region-wide. */
  readonly sharedWith: Int32Array | null;
  readonly developmentSkill: Int32Array;
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly maxTravelKm: number;
  readonly halfDistanceKm: number;
  readonly hoursMin: number;
  readonly hoursMax: number;
  readonly availableDay: number;
  /** NaN when there is no end date. */
  readonly deadlineDay: number;
  readonly urgency: number;
  readonly contractMask: number;
  readonly sectorMask: number;
  /** Shifts the candidate cannot work (support needs), as a Shift bit mask. */
  readonly excludedShifts: number;
  /** FIXED_SCHEDULE: a vacancy rotating between shifts does not fit. */
  readonly needsFixedSchedule: boolean;
  /** Interned occupation keys of the agreed search directions, and their ISCO unit groups (same order). */
  readonly directionKey: Int32Array;
  readonly directionIsco: Int32Array;
}

export interface PreparedVacancy {
  readonly kind: 'vacancy';
  readonly context: ScoringContext;
  readonly features: VacancyFeatures;
  readonly open: boolean;
  readonly employerKey: number;
  readonly regionKey: number;
  readonly requiredSkill: Int32Array;
  /** Specificity share of each required skill; sums to 1. */
  readonly requiredWeight: Float64Array;
  readonly niceSkill: Int32Array;
  readonly niceWeight: Float64Array;
  readonly trainedSkill: Int32Array;
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly hoursMin: number;
  readonly hoursMax: number;
  /** Never before the context's today: a past start date means "now". */
  readonly startDay: number;
  readonly contractBit: number;
  readonly sectorBit: number;
  readonly shiftMask: number;
  readonly shiftCount: number;
  /** Interned key of the vacancy's occupation, and its ISCO unit group; -1 for both when it names none. */
  readonly occupationKey: number;
  readonly isco: number;
}

const bitOf = <T extends string>(values: readonly T[]) => {
  const bits = new Map(values.map((value, i) => [value, 1 << i]));
  return (value: T): number => bits.get(value) ?? 0;
};
export const contractBit = bitOf(Object.values(ContractType));
export const sectorBit = bitOf(Object.values(Sector));
export const shiftBit = bitOf(Object.values(Shift));
const ALL = -1;

/** Vacancy kinds where the person works elsewhere on their own employer's contract. */
export const PLACEMENT_KINDS: ReadonlySet<VacancyKind> = new Set([
  VacancyKind.SECONDMENT,
  VacancyKind.TRIAL_PLACEMENT,
  VacancyKind.WORK_EXPERIENCE,
  VacancyKind.PROJECT_HIRE,
]);

const mask = <T extends string>(values: readonly T[], bit: (value: T) => number): number =>
  values.length === 0 ? ALL : values.reduce((m, value) => m | bit(value), 0);

const validHours = (min: number, max: number): boolean =>
  Number.isFinite(min) && Number.isFinite(max) && min >= 0 && min <= max;

/** A NaN coordinate or travel limit would silently pass every comparison, so it counts as missing. */
const validPoint = (p: GeoPoint | null): p is GeoPoint =>
  p !== null &&
  Number.isFinite(p.lat) &&
  Number.isFinite(p.lon) &&
  Math.abs(p.lat) <= 90 &&
  Math.abs(p.lon) <= 180;

export function prepareCandidate(
  context: ScoringContext,
  input: CandidateFeatures,
): PreparedCandidate | Incomplete {
  const features = pickCandidateFeatures(input);
  const reasons: IncompleteReason[] = [];
  const home = features.home;
  if (features.strengths.length === 0) reasons.push('NO_SKILLS');
  if (!validPoint(home)) reasons.push('NO_LOCATION');
  if (!validHours(features.hoursMin, features.hoursMax)) reasons.push('INVALID_HOURS');
  if (!(features.maxTravelKm >= 0)) reasons.push('INVALID_TRAVEL_DISTANCE');
  if (reasons.length > 0 || !validPoint(home)) {
    return { kind: 'incomplete', side: 'candidate', id: features.id, reasons };
  }
  const { params } = context.model;
  const deadlineDay = features.contractEndDate === null ? NaN : isoDay(features.contractEndDate);
  return {
    kind: 'candidate',
    context,
    features,
    active: features.status === CandidateStatus.ACTIVE,
    employerKey: internKey(context, `employer:${features.employerId}`),
    regionKey: internKey(context, `region:${features.regionCode}`),
    sharedWith:
      features.sharing === 'REGION'
        ? null
        : Int32Array.from(features.sharing, (id) => internKey(context, `employer:${id}`)),
    ...expandStrengths(context, features.strengths),
    developmentSkill: normaliseSkillList(context.space, features.developmentSkills),
    ...unitVector(home.lat, home.lon),
    maxTravelKm: features.maxTravelKm,
    halfDistanceKm: params.halfDistanceKm[features.travelMode],
    hoursMin: features.hoursMin,
    hoursMax: features.hoursMax,
    availableDay: Math.max(
      context.todayDay,
      features.availableFrom === null ? context.todayDay : isoDay(features.availableFrom),
    ),
    deadlineDay,
    urgency: urgency(features.track, deadlineDay, context.todayDay, params),
    contractMask: mask(features.contractTypes, contractBit),
    sectorMask: mask(features.sectorsOpen, sectorBit),
    excludedShifts: features.supportNeeds.includes(SupportNeed.NO_NIGHT_SHIFTS) ? shiftBit(Shift.NIGHT) : 0,
    needsFixedSchedule: features.supportNeeds.includes(SupportNeed.FIXED_SCHEDULE),
    directionKey: Int32Array.from(features.searchDirections, (o) => internKey(context, `occupation:${o.id}`)),
    directionIsco: Int32Array.from(features.searchDirections, (o) => o.isco),
  };
}

export function prepareVacancy(
  context: ScoringContext,
  input: VacancyFeatures,
): PreparedVacancy | Incomplete {
  const features = pickVacancyFeatures(input);
  const { space, specificity } = context;
  const required = normaliseSkillList(space, features.required);
  const requiredSet = new Set(required);
  // A skill listed twice keeps its strictest role: required, then trained, then nice-to-have.
  const trained = normaliseSkillList(space, features.trainedOnTheJob).filter((s) => !requiredSet.has(s));
  const trainedSet = new Set(trained);
  const nice = normaliseSkillList(space, features.niceToHave).filter(
    (s) => !requiredSet.has(s) && !trainedSet.has(s),
  );
  const reasons: IncompleteReason[] = [];
  if (required.length === 0)
    reasons.push(nice.length + trained.length === 0 ? 'NO_SKILLS' : 'NO_REQUIRED_SKILLS');
  const location = features.location;
  if (!validPoint(location)) reasons.push('NO_LOCATION');
  if (!validHours(features.hoursMin, features.hoursMax)) reasons.push('INVALID_HOURS');
  if (reasons.length > 0 || !validPoint(location)) {
    return { kind: 'incomplete', side: 'vacancy', id: features.id, reasons };
  }
  const shares = (skills: Int32Array) => {
    let total = 0;
    for (const s of skills) total += specificity[s];
    return Float64Array.from(skills, (s) => specificity[s] / total);
  };
  const shifts = new Set(features.shifts);
  return {
    kind: 'vacancy',
    context,
    features,
    open: features.status === VacancyStatus.OPEN,
    employerKey: internKey(context, `employer:${features.employerId}`),
    regionKey: internKey(context, `region:${features.regionCode}`),
    requiredSkill: required,
    requiredWeight: shares(required),
    niceSkill: nice,
    niceWeight: shares(nice),
    trainedSkill: trained,
    ...unitVector(location.lat, location.lon),
    hoursMin: features.hoursMin,
    hoursMax: features.hoursMax,
    startDay: Math.max(context.todayDay, features.startDate === null ? 0 : isoDay(features.startDate)),
    // A placement (secondment, trial place, meeloopstage, project hire) is not a new contract: the person keeps their
    // own, so the contract types they would accept for a new job do not rule it out.
    contractBit: PLACEMENT_KINDS.has(features.kind) ? ALL : contractBit(features.contractType),
    sectorBit: sectorBit(features.employerSector),
    shiftMask: [...shifts].reduce((m, shift) => m | shiftBit(shift), 0),
    shiftCount: shifts.size,
    occupationKey: features.occupation ? internKey(context, `occupation:${features.occupation.id}`) : -1,
    isco: features.occupation?.isco ?? -1,
  };
}

export const isIncomplete = (x: PreparedCandidate | PreparedVacancy | Incomplete): x is Incomplete =>
  x.kind === 'incomplete';
