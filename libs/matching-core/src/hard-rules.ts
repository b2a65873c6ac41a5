import { greatCircleKm } from './components';
import type { PreparedCandidate, PreparedVacancy } from './prepare';
import { findCredit } from './skill-credit';

/**
 * In evaluation order. The first three are settled before the per-pair loop of the matrix path (per candidate,
 * per vacancy, and by the inverted skill lists); the rest are cheap integer checks with the distance last.
 */
export const HARD_RULES = [
  'CANDIDATE_NOT_ACTIVE',
  'VACANCY_NOT_OPEN',
  'NO_SKILL_OVERLAP',
  'OWN_EMPLOYER',
  'NOT_SHARED_WITH_EMPLOYER',
  'CONTRACT_TYPE',
  'HOURS_NO_OVERLAP',
  'START_DATE',
  'SUPPORT_NEEDS',
  'TRAVEL_DISTANCE',
] as const;
export type HardRule = (typeof HARD_RULES)[number];

/** -(index in HARD_RULES + 1): how checkPair reports a broken rule without allocating. */
export const REJECTED = {
  CANDIDATE_NOT_ACTIVE: -1,
  VACANCY_NOT_OPEN: -2,
  NO_SKILL_OVERLAP: -3,
  OWN_EMPLOYER: -4,
  NOT_SHARED_WITH_EMPLOYER: -5,
  CONTRACT_TYPE: -6,
  HOURS_NO_OVERLAP: -7,
  START_DATE: -8,
  SUPPORT_NEEDS: -9,
  TRAVEL_DISTANCE: -10,
} as const satisfies Record<HardRule, number>;

/**
 * Not even a close skill for any required skill: the pair would score on distance and hours alone, which is not a
 * suggestion anyone can act on.
 */
export function noSkillOverlap(c: PreparedCandidate, v: PreparedVacancy): boolean {
  for (const skill of v.requiredSkill) if (findCredit(c, skill) >= 0) return false;
  return true;
}

/*
 * The predicates take plain numbers so the object path below and the matrix path's packed vacancy rows call the
 * very same code. Each returns true when the rule is broken.
 */

export const ownEmployer = (candidateEmployer: number, vacancyEmployer: number, allowOwn: boolean): boolean =>
  !allowOwn && candidateEmployer === vacancyEmployer;

/** Shared region-wide (sharedWith null) means with every employer of the candidate's region. */
export function notShared(
  candidateEmployer: number,
  candidateRegion: number,
  sharedWith: Int32Array | null,
  vacancyEmployer: number,
  vacancyRegion: number,
): boolean {
  if (candidateEmployer === vacancyEmployer) return false;
  if (sharedWith === null) return candidateRegion !== vacancyRegion;
  for (let i = 0; i < sharedWith.length; i++) if (sharedWith[i] === vacancyEmployer) return false;
  return true;
}

export const contractType = (acceptedMask: number, contractBit: number): boolean =>
  (acceptedMask & contractBit) === 0;

export const hoursNoOverlap = (cMin: number, cMax: number, vMin: number, vMax: number): boolean =>
  cMin > vMax || vMin > cMax;

export const startDate = (availableDay: number, startDay: number, toleranceDays: number): boolean =>
  availableDay > startDay + toleranceDays;

export const supportNeeds = (
  excludedShifts: number,
  fixedSchedule: boolean,
  shiftMask: number,
  shifts: number,
) => (excludedShifts & shiftMask) !== 0 || (fixedSchedule && shifts > 1);

/** Distance between the two PC4 centroids. */
export const travelKm = (c: PreparedCandidate, v: PreparedVacancy): number =>
  greatCircleKm(c.x, c.y, c.z, v.x, v.y, v.z);

/**
 * How HOURS_NO_OVERLAP is judged. A single job ('PAIR') must overlap the wanted range. One part of combined
 * part-time work ('PART') only must not ask more than the candidate's maximum on its own: whether the parts add up
 * to the wanted range is the combination's check (combinations.ts).
 */
export type HoursCheck = 'PAIR' | 'PART';

function hoursBroken(c: PreparedCandidate, v: PreparedVacancy, hours: HoursCheck): boolean {
  switch (hours) {
    case 'PAIR':
      return hoursNoOverlap(c.hoursMin, c.hoursMax, v.hoursMin, v.hoursMax);
    case 'PART':
      return v.hoursMin > c.hoursMax;
  }
}

/**
 * The rules about the terms of work (everything after NO_SKILL_OVERLAP): the travel distance when all hold, else
 * the REJECTED code of the first broken one. For single pairs; the matrix path inlines the same predicates.
 */
export function checkTerms(c: PreparedCandidate, v: PreparedVacancy, hours: HoursCheck = 'PAIR'): number {
  const broken = brokenTerms(c, v, hours);
  const first = HARD_RULES.findIndex((rule) => broken[rule]);
  return first >= 0 ? -(first + 1) : travelKm(c, v);
}

function brokenTerms(
  c: PreparedCandidate,
  v: PreparedVacancy,
  hours: HoursCheck,
): Partial<Record<HardRule, boolean>> {
  return {
    OWN_EMPLOYER: ownEmployer(c.employerKey, v.employerKey, c.context.allowOwnEmployer),
    NOT_SHARED_WITH_EMPLOYER: notShared(c.employerKey, c.regionKey, c.sharedWith, v.employerKey, v.regionKey),
    CONTRACT_TYPE: contractType(c.contractMask, v.contractBit),
    HOURS_NO_OVERLAP: hoursBroken(c, v, hours),
    START_DATE: startDate(c.availableDay, v.startDay, c.context.model.params.startToleranceDays),
    SUPPORT_NEEDS: supportNeeds(c.excludedShifts, c.needsFixedSchedule, v.shiftMask, v.shiftCount),
    TRAVEL_DISTANCE: travelKm(c, v) > c.maxTravelKm,
  };
}

/** Every rule, for a single pair: the distance, or the REJECTED code of the first broken rule. */
export function checkPair(c: PreparedCandidate, v: PreparedVacancy, hours: HoursCheck = 'PAIR'): number {
  if (!c.active) return REJECTED.CANDIDATE_NOT_ACTIVE;
  if (!v.open) return REJECTED.VACANCY_NOT_OPEN;
  if (noSkillOverlap(c, v)) return REJECTED.NO_SKILL_OVERLAP;
  return checkTerms(c, v, hours);
}

/** All broken rules, for diagnostics and explanations. */
export function brokenRules(
  c: PreparedCandidate,
  v: PreparedVacancy,
  hours: HoursCheck = 'PAIR',
): HardRule[] {
  const broken: Partial<Record<HardRule, boolean>> = {
    CANDIDATE_NOT_ACTIVE: !c.active,
    VACANCY_NOT_OPEN: !v.open,
    NO_SKILL_OVERLAP: noSkillOverlap(c, v),
    ...brokenTerms(c, v, hours),
  };
  return HARD_RULES.filter((rule) => broken[rule]);
}
