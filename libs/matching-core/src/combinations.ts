import { Weekday } from '@werkbrug/core/domain-enums';
import { hoursValue, roundScore } from './components';
import { combinationText, type TextPart } from './combination-texts';
import { explainMatch, type CombinedHours } from './explain';
import type { MatchExplanation } from './explanation-types';
import type { Bilingual } from './features';
import { checkPair } from './hard-rules';
import { assertPrepared } from './matrix';
import { componentValues, rawPairScore, scoreWithHours, type ComponentValues } from './pair-score';
import type { PreparedCandidate, PreparedVacancy } from './prepare';

export interface CombinationOptions {
  /** Vacancies per combination: two, or two and three (default 3). */
  readonly maxParts?: 2 | 3;
  /** Suggestions returned, best first (default 10). */
  readonly limit?: number;
  /** Each part's score within the combination (as its explanation shows it) must reach this (default 0). */
  readonly minPartScore?: number;
  /**
   * Points by which a combination must beat the best vacancy that fits the candidate's hours on its own, when
   * there is one (default 5): combined work means two employers, two rosters and two commutes.
   */
  readonly singleMargin?: number;
  /** Best-scoring parts that are combined (default 40, at most 8 per employer). */
  readonly poolSize?: number;
}

export type CombinationReason = 'NO_SINGLE_FITS' | 'BEATS_SINGLES';

export interface CombinationPart {
  readonly vacancyId: string;
  readonly employerId: string;
  /** Share of the parts' hours (range midpoints) that weights this part's score. */
  readonly share: number;
  /** 0–100, one decimal: the part's score with HOURS evaluated on the combined range, as in `explanation`. */
  readonly score: number;
  readonly explanation: MatchExplanation;
}

export interface CombinationSuggestion {
  readonly candidateId: string;
  readonly modelVersion: string;
  /** The parts' vacancy ids, in the order of `parts` (ascending id). */
  readonly vacancyIds: readonly string[];
  /** 0–100, one decimal: the hours-weighted mean of the parts' scores. */
  readonly score: number;
  /** The parts' weekly hours added up. */
  readonly offeredHours: CombinedHours;
  /** The weekly hours the candidate would work: the offered range within the wanted range. */
  readonly hours: CombinedHours;
  readonly reason: CombinationReason;
  /** Best score of a vacancy fitting the candidate's hours on its own; null when there is none. */
  readonly bestSingleScore: number | null;
  readonly parts: readonly CombinationPart[];
  readonly explanation: Bilingual;
}

/** A vacancy that may be one part: eligible except for the hours, and too small to reach the minimum alone. */
interface Part {
  readonly v: PreparedVacancy;
  readonly values: ComponentValues;
  /** Its score with HOURS at 1: no combination can give it more. */
  readonly bound: number;
  readonly days: number;
  readonly shifts: number;
  readonly midHours: number;
}

interface Found {
  readonly parts: readonly Part[];
  readonly partScores: readonly number[];
  readonly shares: readonly number[];
  readonly score: number;
  readonly key: string;
}

const PER_EMPLOYER = 8;
const ALL_DAYS = 0x7f;
const dayBits = new Map(Object.values(Weekday).map((day, i) => [day, 1 << i]));

/**
 * Combined part-time work: two or three vacancies at different employers whose hours add up to the candidate's
 * wanted range, on days or shifts that do not collide, each passing every hard rule except the single-job hours
 * rule. Every part is needed: without any one of them the others' maximum hours stay below the candidate's
 * minimum. See README.md for the score and for when combinations are offered at all.
 */
export function suggestCombinations(
  candidate: PreparedCandidate,
  vacancies: readonly PreparedVacancy[],
  options: CombinationOptions = {},
): CombinationSuggestion[] {
  assertPrepared([candidate], vacancies);
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 0)
    throw new RangeError(`limit must be an integer ≥ 0, got ${limit}`);
  const { parts, bestSingle } = scan(candidate, vacancies, options.minPartScore ?? 0);
  const search = new CombinationSearch(candidate, pickPool(parts, options.poolSize ?? 40), {
    maxParts: options.maxParts ?? 3,
    limit,
    minPartScore: options.minPartScore ?? 0,
    threshold: bestSingle === null ? -Infinity : roundScore(bestSingle) + (options.singleMargin ?? 5),
  });
  return search.run().map((found) => describe(candidate, found, bestSingle));
}

/** One pass: the parts, and the best vacancy that fits the hours on its own (the singles to beat). */
function scan(c: PreparedCandidate, vacancies: readonly PreparedVacancy[], minPartScore: number) {
  const parts: Part[] = [];
  let bestSingle: number | null = null;
  for (const v of vacancies) {
    if (v.hoursMax >= c.hoursMin) {
      const single = rawPairScore(c, v);
      if (single !== null && (bestSingle === null || single > bestSingle)) bestSingle = single;
      continue;
    }
    const km = checkPair(c, v, 'PART');
    if (km < 0) continue;
    const values = componentValues(c, v, km);
    const bound = scoreWithHours(c, values, 1);
    if (roundScore(bound) < minPartScore) continue;
    const days = v.features.workDays.reduce((mask, day) => mask | (dayBits.get(day) ?? 0), 0);
    parts.push({
      v,
      values,
      bound,
      // Unknown days may be any day: conservative, so such a part collides unless the shifts differ.
      days: days === 0 ? ALL_DAYS : days,
      shifts: v.shiftMask,
      midHours: (v.hoursMin + v.hoursMax) / 2,
    });
  }
  return { parts, bestSingle };
}

const byId = (a: PreparedVacancy, b: PreparedVacancy): number =>
  a.features.id < b.features.id ? -1 : a.features.id > b.features.id ? 1 : 0;

/** The best parts by bound, capped per employer so one large employer cannot fill the pool on its own. */
function pickPool(parts: Part[], size: number): Part[] {
  parts.sort((a, b) => b.bound - a.bound || byId(a.v, b.v));
  const perEmployer = new Map<number, number>();
  const pool: Part[] = [];
  for (const part of parts) {
    if (pool.length >= size) break;
    const taken = perEmployer.get(part.v.employerKey) ?? 0;
    if (taken >= PER_EMPLOYER) continue;
    perEmployer.set(part.v.employerKey, taken + 1);
    pool.push(part);
  }
  return pool;
}

/** Same days and overlapping shifts; a part without shift information may be at any hour of its days. */
const partsCollide = (daysA: number, shiftsA: number, daysB: number, shiftsB: number): boolean =>
  (daysA & daysB) !== 0 && (shiftsA === 0 || shiftsB === 0 || (shiftsA & shiftsB) !== 0);

const compatible = (a: Part, b: Part): boolean =>
  a.v.employerKey !== b.v.employerKey && !partsCollide(a.days, a.shifts, b.days, b.shifts);

interface SearchSettings {
  readonly maxParts: 2 | 3;
  readonly limit: number;
  readonly minPartScore: number;
  /** Rounded combined score a combination must reach (the best single plus the margin), else -Infinity. */
  readonly threshold: number;
}

/**
 * Enumerates pairs and triples of the pool in bound order. A combination's score is a weighted mean of part
 * scores, each at most its bound, so once the leading part's bound falls below the current limit-th score no
 * later combination can enter the result.
 */
class CombinationSearch {
  private found: Found[] = [];
  private floor = -Infinity;

  constructor(
    private readonly c: PreparedCandidate,
    private readonly pool: readonly Part[],
    private readonly settings: SearchSettings,
  ) {}

  run(): Found[] {
    const { pool, c } = this;
    for (let i = 0; i < pool.length && roundScore(pool[i].bound) >= this.floor; i++) {
      for (let j = i + 1; j < pool.length; j++) {
        const a = pool[i];
        const b = pool[j];
        if (!compatible(a, b) || a.v.hoursMin + b.v.hoursMin > c.hoursMax) continue;
        if (a.v.hoursMax + b.v.hoursMax >= c.hoursMin) this.consider([a, b]);
        else if (this.settings.maxParts === 3) this.triples(a, b, j);
      }
    }
    return this.trim();
  }

  /** Only when the pair falls short of the minimum: a third part added to a pair that suffices is not needed. */
  private triples(a: Part, b: Part, j: number): void {
    const { c, pool } = this;
    for (let k = j + 1; k < pool.length; k++) {
      const x = pool[k];
      if (!compatible(a, x) || !compatible(b, x)) continue;
      const min = a.v.hoursMin + b.v.hoursMin + x.v.hoursMin;
      const max = a.v.hoursMax + b.v.hoursMax + x.v.hoursMax;
      const smallest = Math.min(a.v.hoursMax, b.v.hoursMax, x.v.hoursMax);
      if (min <= c.hoursMax && max >= c.hoursMin && max - smallest < c.hoursMin) this.consider([a, b, x]);
    }
  }

  private consider(parts: Part[]): void {
    const { c, settings } = this;
    const offeredMax = parts.reduce((t, p) => t + p.v.hoursMax, 0);
    const hours = hoursValue(c.hoursMax, offeredMax);
    const partScores = parts.map((p) => scoreWithHours(c, p.values, hours));
    if (partScores.some((s) => roundScore(s) < settings.minPartScore)) return;
    const totalMid = parts.reduce((t, p) => t + p.midHours, 0);
    const shares = parts.map((p) => (totalMid > 0 ? p.midHours / totalMid : 1 / parts.length));
    const score = roundScore(partScores.reduce((t, s, i) => t + shares[i] * s, 0));
    if (score < settings.threshold || score < this.floor) return;
    const order = parts.map((_, i) => i).sort((x, y) => byId(parts[x].v, parts[y].v));
    this.found.push({
      parts: order.map((i) => parts[i]),
      partScores: order.map((i) => partScores[i]),
      shares: order.map((i) => shares[i]),
      score,
      key: order.map((i) => parts[i].v.features.id).join('\u0000'),
    });
    if (this.found.length >= 4 * settings.limit + 64) this.trim();
  }

  private trim(): Found[] {
    const { limit } = this.settings;
    this.found.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.found.length = Math.min(this.found.length, limit);
    if (this.found.length === limit) this.floor = limit > 0 ? this.found[limit - 1].score : Infinity;
    return this.found;
  }
}

function describe(c: PreparedCandidate, found: Found, bestSingle: number | null): CombinationSuggestion {
  const offeredHours = {
    hoursMin: found.parts.reduce((t, p) => t + p.v.hoursMin, 0),
    hoursMax: found.parts.reduce((t, p) => t + p.v.hoursMax, 0),
  };
  const hours = {
    hoursMin: Math.max(c.hoursMin, offeredHours.hoursMin),
    hoursMax: Math.min(c.hoursMax, offeredHours.hoursMax),
  };
  const parts = found.parts.map((p, i) => ({
    vacancyId: p.v.features.id,
    employerId: p.v.features.employerId,
    share: Math.round(found.shares[i] * 1000) / 1000,
    score: roundScore(found.partScores[i]),
    explanation: explainMatch(c, p.v, { partOf: offeredHours }),
  }));
  const reason: CombinationReason = bestSingle === null ? 'NO_SINGLE_FITS' : 'BEATS_SINGLES';
  const bestSingleScore = bestSingle === null ? null : roundScore(bestSingle);
  const textParts: TextPart[] = parts.map((part, i) => ({
    features: found.parts[i].v.features,
    distanceKm: part.explanation.distanceKm,
  }));
  return {
    candidateId: c.features.id,
    modelVersion: c.context.model.version,
    vacancyIds: parts.map((p) => p.vacancyId),
    score: found.score,
    offeredHours,
    hours,
    reason,
    bestSingleScore,
    parts,
    explanation: combinationText(c, hours, textParts, found.score, bestSingleScore),
  };
}
