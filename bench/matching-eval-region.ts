// A synthetic labour-market region for the throughput benchmark: candidates and vacancies drawn from ESCO
// occupations at PC4 centroids of one region, with varied hours, contracts, dates, shifts and sharing, so the
// hard rules reject a realistic share of pairs.
import { ContractType, Sector, Shift, TravelMode, Weekday } from '@werkbrug/core/domain-enums';
import { CandidateStatus, CandidateTrack, SupportNeed } from '@werkbrug/candidates/candidate.enums';
import { VacancyKind } from '@werkbrug/vacancies/vacancy.enums';
import type { EscoOccupation } from '@werkbrug/taxonomy/esco-data';
import type { PostcodeArea } from '@werkbrug/geo/geo-data';
import type { CandidateFeatures, SkillSpace, VacancyFeatures } from '@werkbrug/matching-core';
import { DEFAULT_NOISE, occupationCandidate, occupationVacancy } from './matching-eval-data';

export interface RegionSource {
  readonly space: SkillSpace;
  readonly occupations: readonly EscoOccupation[];
  readonly areas: readonly PostcodeArea[];
  readonly regionCode: string;
  readonly today: string;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];
const some = <T>(items: readonly T[], share: number, random: () => number): T[] =>
  items.filter(() => random() < share);
const HOURS: readonly [number, number][] = [
  [8, 16],
  [16, 24],
  [24, 32],
  [28, 36],
  [32, 40],
  [36, 40],
  [12, 20],
];
const EMPLOYERS = 250;
const DAY_MS = 86_400_000;

function dateAfter(today: string, maxDays: number, random: () => number): string {
  return new Date(Date.parse(today) + Math.floor(random() * maxDays) * DAY_MS).toISOString().slice(0, 10);
}

const withSkills = (space: SkillSpace, occupations: readonly EscoOccupation[]) =>
  occupations.filter((o) => o.essential.some((id) => space.indexById.has(id)));

export function regionVacancies(
  source: RegionSource,
  count: number,
  random: () => number,
): VacancyFeatures[] {
  const occupations = withSkills(source.space, source.occupations);
  const sectors = Object.values(Sector);
  return Array.from({ length: count }, (_, n) => {
    const occupation = pick(occupations, random);
    const base = occupationVacancy(source.space, occupation, n);
    const area = pick(source.areas, random);
    const [hoursMin, hoursMax] = pick(HOURS, random);
    const employer = Math.floor(random() * EMPLOYERS);
    const nice = some(base.niceToHave, 0.5, random);
    return {
      ...base,
      id: `vacancy-${n}`,
      employerId: `employer-${employer}`,
      employerSector: sectors[employer % sectors.length],
      regionCode: source.regionCode,
      required: some(base.required, 0.8, random).concat(base.required.slice(0, 1)),
      niceToHave: nice,
      trainedOnTheJob: base.niceToHave.filter((s) => !nice.includes(s)).slice(0, Math.floor(random() * 3)),
      location: { lat: area.lat, lon: area.lon },
      hoursMin,
      hoursMax,
      contractType: pick(
        [ContractType.PERMANENT, ContractType.PERMANENT, ContractType.FIXED_TERM, ContractType.SECONDMENT],
        random,
      ),
      startDate: random() < 0.5 ? null : dateAfter(source.today, 120, random),
      kind: random() < 0.85 ? VacancyKind.JOB : VacancyKind.TRIAL_PLACEMENT,
      workDays: [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI],
      shifts:
        random() < 0.8
          ? [Shift.DAY]
          : pick([[Shift.EVENING], [Shift.DAY, Shift.EVENING, Shift.NIGHT]], random),
      // Vacancies name their occupation, so candidates' search directions take part in the scoring.
      occupation: source.space.occupations.get(occupation.id) ?? null,
    };
  });
}

export function regionCandidates(
  source: RegionSource,
  count: number,
  random: () => number,
): CandidateFeatures[] {
  const occupations = withSkills(source.space, source.occupations);
  const usedSkills = [...source.space.occupationCount.keys()].filter(
    (i) => source.space.occupationCount[i] > 0,
  );
  const sectors = Object.values(Sector);
  return Array.from({ length: count }, (_, n) => {
    const occupation = pick(occupations, random);
    const base = occupationCandidate(source.space, occupation, random, DEFAULT_NOISE, usedSkills);
    const area = pick(source.areas, random);
    const [hoursMin, hoursMax] = pick(HOURS, random);
    const mode = pick(Object.values(TravelMode), random);
    const support = random();
    return {
      ...base,
      id: `candidate-${n}`,
      employerId: `employer-${Math.floor(random() * EMPLOYERS)}`,
      regionCode: source.regionCode,
      status: random() < 0.95 ? CandidateStatus.ACTIVE : CandidateStatus.PAUSED,
      sharing:
        random() < 0.9
          ? 'REGION'
          : Array.from({ length: 5 }, () => `employer-${Math.floor(random() * EMPLOYERS)}`),
      developmentSkills: occupation.optional
        .map((id) => source.space.indexById.get(id))
        .filter((i): i is number => i !== undefined)
        .slice(0, Math.floor(random() * 3)),
      hoursMin,
      hoursMax,
      home: { lat: area.lat, lon: area.lon },
      maxTravelKm: pick([5, 10, 15, 25, 40], random),
      travelMode: mode,
      sectorsOpen: random() < 0.5 ? [] : some(sectors, 0.3, random),
      contractTypes: random() < 0.6 ? [] : [ContractType.PERMANENT, ContractType.FIXED_TERM],
      availableFrom: random() < 0.7 ? null : dateAfter(source.today, 150, random),
      contractEndDate: random() < 0.3 ? null : dateAfter(source.today, 365, random),
      track: pick(Object.values(CandidateTrack), random),
      supportNeeds:
        support < 0.1 ? [SupportNeed.NO_NIGHT_SHIFTS] : support < 0.15 ? [SupportNeed.FIXED_SCHEDULE] : [],
      // A third are in a guidance trajectory with search directions: their own occupation and one more.
      searchDirections:
        random() < 1 / 3
          ? [occupation, pick(occupations, random)].flatMap((o) => {
              const ref = source.space.occupations.get(o.id);
              return ref ? [ref] : [];
            })
          : [],
    };
  });
}
