import { CandidateStatus, ConsentStatus, SharingScope } from '@werkbrug/candidates/candidate.enums';
import type { CandidateTrack, SupportNeed } from '@werkbrug/candidates/candidate.enums';
import type { ContractType, Sector, Shift, TravelMode, Weekday } from '@werkbrug/core';
import type { CandidateFeatures, SkillSpace, VacancyFeatures } from '@werkbrug/matching-core';
import type { VacancyKind, VacancyStatus } from '@werkbrug/vacancies/vacancy.enums';

/** The rows match-features.store.ts reads, and how they become the scoring model's features. */

export interface CandidateRow {
  id: string;
  employer_id: string;
  region_code: string;
  status: CandidateStatus;
  consent_status: ConsentStatus;
  sharing_scope: SharingScope;
  shared_with: string | null;
  strength_skills: string | null;
  strength_levels: string | null;
  development_skills: string | null;
  hours_min: number;
  hours_max: number;
  latitude: number | null;
  longitude: number | null;
  max_travel_km: number;
  travel_mode: TravelMode;
  sectors_open: Sector[];
  contract_types: ContractType[];
  available_from: string | null;
  contract_end_date: string | null;
  track: CandidateTrack;
  support_needs: SupportNeed[];
  /** The agreed search directions' occupation ids, in order of preference (comma-separated). */
  search_directions: string | null;
  updated_at: Date;
}

export interface VacancyRow {
  id: string;
  employer_id: string;
  employer_sector: Sector;
  region_code: string;
  status: VacancyStatus;
  required: string | null;
  nice: string | null;
  trained: string | null;
  latitude: number | null;
  longitude: number | null;
  hours_min: number;
  hours_max: number;
  contract_type: ContractType;
  start_date: string | null;
  kind: VacancyKind;
  work_days: Weekday[];
  shifts: Shift[];
  esco_occupation_id: string | null;
  updated_at: Date;
}

/**
 * Skill and occupation ids the space does not know (a newer ESCO release in the database) are left out rather than
 * guessed.
 */
const split = (list: string | null): string[] => (list ? list.split(',') : []);

function skillIndices(space: SkillSpace, list: string | null): number[] {
  const out: number[] = [];
  for (const id of split(list)) {
    const index = space.indexById.get(id);
    if (index !== undefined) out.push(index);
  }
  return out;
}

const point = (lat: number | null, lon: number | null) =>
  lat === null || lon === null ? null : { lat: Number(lat), lon: Number(lon) };

export function candidateFeatures(space: SkillSpace, row: CandidateRow): CandidateFeatures {
  const skills = split(row.strength_skills);
  const levels = split(row.strength_levels);
  const strengths = skills.flatMap((id, i) => {
    const skill = space.indexById.get(id);
    return skill === undefined ? [] : [{ skill, level: Number(levels[i]) }];
  });
  return {
    id: row.id,
    employerId: row.employer_id,
    regionCode: row.region_code,
    // The model knows "active" or not; without consent to share a profile is never matched.
    status: row.consent_status === ConsentStatus.GIVEN ? row.status : CandidateStatus.PAUSED,
    sharing: row.sharing_scope === SharingScope.REGION ? 'REGION' : split(row.shared_with),
    strengths,
    developmentSkills: skillIndices(space, row.development_skills),
    hoursMin: row.hours_min,
    hoursMax: row.hours_max,
    home: point(row.latitude, row.longitude),
    maxTravelKm: row.max_travel_km,
    travelMode: row.travel_mode,
    sectorsOpen: row.sectors_open,
    contractTypes: row.contract_types,
    availableFrom: row.available_from,
    contractEndDate: row.contract_end_date,
    track: row.track,
    supportNeeds: row.support_needs,
    searchDirections: split(row.search_directions).flatMap((id) => {
      const occupation = space.occupations.get(id);
      return occupation ? [occupation] : [];
    }),
  };
}

export function vacancyFeatures(space: SkillSpace, row: VacancyRow): VacancyFeatures {
  return {
    id: row.id,
    employerId: row.employer_id,
    employerSector: row.employer_sector,
    regionCode: row.region_code,
    status: row.status,
    required: skillIndices(space, row.required),
    niceToHave: skillIndices(space, row.nice),
    trainedOnTheJob: skillIndices(space, row.trained),
    location: point(row.latitude, row.longitude),
    hoursMin: row.hours_min,
    hoursMax: row.hours_max,
    contractType: row.contract_type,
    startDate: row.start_date,
    kind: row.kind,
    workDays: row.work_days,
    shifts: row.shifts,
    occupation: (row.esco_occupation_id && space.occupations.get(row.esco_occupation_id)) || null,
  };
}
