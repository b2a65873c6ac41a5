// Synthetic ESCO evaluation data for bench/matching-eval.ts: one vacancy per occupation and one noisy candidate
// per occupation, all at one place with compatible terms, so only the skill components can tell pairs apart.
import { ContractType, Sector, Shift, TravelMode, Weekday } from '@werkbrug/core/domain-enums';
import { CandidateStatus, CandidateTrack } from '@werkbrug/candidates/candidate.enums';
import { VacancyKind, VacancyStatus } from '@werkbrug/vacancies/vacancy.enums';
import type { EscoOccupation } from '@werkbrug/taxonomy/esco-data';
import type { CandidateFeatures, SkillSpace, VacancyFeatures } from '@werkbrug/matching-core';

/** mulberry32: tiny, fast and good enough to make noise reproducible across runs and machines. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NoiseSettings {
  /** Share of an occupation's essential skills the candidate keeps. */
  readonly keepEssential: number;
  /** Share of its optional skills the candidate has. */
  readonly keepOptional: number;
  /** At most this many of the occupation's skills: a profile lists a dozen strengths, not forty. */
  readonly maxOwn: number;
  /** Skills from outside the occupation added to every candidate. */
  readonly unrelated: number;
}

export const DEFAULT_NOISE: NoiseSettings = {
  keepEssential: 0.5,
  keepOptional: 0.2,
  maxOwn: 12,
  unrelated: 4,
};
/** A thin profile: a handful of the occupation's skills among as many unrelated ones. */
export const HARD_NOISE: NoiseSettings = { keepEssential: 0.3, keepOptional: 0.1, maxOwn: 6, unrelated: 6 };

const PLACE = { lat: 52.0894, lon: 5.1101 };

const indices = (space: SkillSpace, ids: readonly string[]): number[] =>
  ids.map((id) => space.indexById.get(id)).filter((i): i is number => i !== undefined);

export function occupationVacancy(space: SkillSpace, occupation: EscoOccupation, n: number): VacancyFeatures {
  return {
    id: `vacancy-${occupation.id}`,
    employerId: `employer-${n % 97}`,
    employerSector: Sector.BUSINESS_SERVICES,
    regionCode: 'AM00',
    status: VacancyStatus.OPEN,
    required: indices(space, occupation.essential),
    niceToHave: indices(space, occupation.optional),
    trainedOnTheJob: [],
    location: PLACE,
    hoursMin: 24,
    hoursMax: 36,
    contractType: ContractType.PERMANENT,
    startDate: null,
    kind: VacancyKind.JOB,
    workDays: [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU],
    shifts: [Shift.DAY],
    occupation: null,
  };
}

/**
 * A person who worked in the occupation: most essential skills (at least two), some optional ones, and a few
 * unrelated skills (hobbies, earlier jobs) drawn from skills that some occupation uses.
 */
export function occupationCandidate(
  space: SkillSpace,
  occupation: EscoOccupation,
  random: () => number,
  noise: NoiseSettings,
  usedSkills: readonly number[],
): CandidateFeatures {
  const essential = indices(space, occupation.essential);
  const optional = indices(space, occupation.optional);
  const own = new Set([...essential, ...optional]);
  const kept = essential.filter(() => random() < noise.keepEssential);
  for (const skill of shuffle(essential, random)) {
    if (kept.length >= Math.min(2, essential.length)) break;
    if (!kept.includes(skill)) kept.push(skill);
  }
  // Mostly essential skills, topped up with optional ones, at most maxOwn in all.
  const essentialPart = shuffle(kept, random).slice(0, Math.ceil(noise.maxOwn * 0.75));
  const optionalPart = shuffle(
    optional.filter(() => random() < noise.keepOptional),
    random,
  ).slice(0, noise.maxOwn - essentialPart.length);
  const skills = new Set([...essentialPart, ...optionalPart]);
  for (let added = 0; added < noise.unrelated || skills.size === 0;) {
    const skill = usedSkills[Math.floor(random() * usedSkills.length)];
    if (own.has(skill) || skills.has(skill)) continue;
    skills.add(skill);
    added++;
  }
  return {
    id: `candidate-${occupation.id}`,
    employerId: 'employer-own',
    regionCode: 'AM00',
    status: CandidateStatus.ACTIVE,
    sharing: 'REGION',
    strengths: [...skills].map((skill) => ({ skill, level: 1 + Math.floor(random() * 4) })),
    developmentSkills: [],
    hoursMin: 24,
    hoursMax: 36,
    home: PLACE,
    maxTravelKm: 50,
    travelMode: TravelMode.CAR,
    sectorsOpen: [],
    contractTypes: [],
    availableFrom: null,
    contractEndDate: null,
    track: CandidateTrack.WORK_TO_WORK,
    supportNeeds: [],
    // The evaluation measures skill matching alone: no search direction takes part.
    searchDirections: [],
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
