import type {
  CandidateStatus,
  CandidateTrack,
  ContractType,
  Sector,
  Shift,
  SkillLevel,
  SupportNeed,
  TravelMode,
  VacancyKind,
  VacancyStatus,
  Weekday,
} from '@werkbrug/core/domain-enums';

/**
 * What the model may know about a candidate: work-related features only. There is deliberately no field for a
 * name, age, date of birth, gender, nationality or health; `id` is an opaque key that never influences a score.
 * Support needs are generic arrangement categories (see SupportNeed), never diagnoses.
 */
export interface CandidateFeatures {
  readonly id: string;
  readonly employerId: string;
  readonly regionCode: string;
  readonly status: CandidateStatus;
  /** 'REGION': every employer in the candidate's region; otherwise exactly these employers. */
  readonly sharing: 'REGION' | readonly string[];
  readonly strengths: readonly SkillStrength[];
  readonly developmentSkills: readonly number[];
  readonly hoursMin: number;
  readonly hoursMax: number;
  /** PC4 centroid of the home address; null while unknown (the profile is then incomplete). */
  readonly home: GeoPoint | null;
  readonly maxTravelKm: number;
  readonly travelMode: TravelMode;
  /** Empty means open to every sector. */
  readonly sectorsOpen: readonly Sector[];
  /** Empty means every contract type is acceptable. */
  readonly contractTypes: readonly ContractType[];
  /** ISO date (YYYY-MM-DD); null means available now. */
  readonly availableFrom: string | null;
  /** ISO date the current contract ends; for spoor 2 the end of the wage-continuation term. */
  readonly contractEndDate: string | null;
  readonly track: CandidateTrack;
  readonly supportNeeds: readonly SupportNeed[];
  /**
   * The occupations agreed as search directions in the candidate's open guidance trajectory, in order of
   * preference; empty when none are agreed (the SEARCH_DIRECTION component then does not count).
   */
  readonly searchDirections: readonly OccupationRef[];
}

/** An ESCO occupation as the model compares it: by identity, and by its ISCO-08 unit group and minor group. */
export interface OccupationRef {
  readonly id: string;
  /** The 4-digit ISCO-08 unit group, as a number (e.g. 5322 for home-based personal care workers); -1 if unknown. */
  readonly isco: number;
  readonly label: { readonly en: string; readonly nl: string | null };
}

export interface SkillStrength {
  /** Dense index into the SkillSpace. */
  readonly skill: number;
  readonly level: SkillLevel;
}

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

export interface VacancyFeatures {
  readonly id: string;
  readonly employerId: string;
  readonly employerSector: Sector;
  readonly regionCode: string;
  readonly status: VacancyStatus;
  readonly required: readonly number[];
  readonly niceToHave: readonly number[];
  readonly trainedOnTheJob: readonly number[];
  /** PC4 centroid of the workplace; null while unknown (the vacancy is then incomplete). */
  readonly location: GeoPoint | null;
  readonly hoursMin: number;
  readonly hoursMax: number;
  readonly contractType: ContractType;
  /** ISO date; null means as soon as possible. */
  readonly startDate: string | null;
  /** Carried for callers (combined part-time work, filters); the score does not depend on it. */
  readonly kind: VacancyKind;
  /** Carried for combined part-time work, which checks day collisions; the score does not depend on it. */
  readonly workDays: readonly Weekday[];
  readonly shifts: readonly Shift[];
  /** The ESCO occupation the vacancy is for; null when the employer named none. */
  readonly occupation: OccupationRef | null;
}

export interface SkillLabel {
  readonly en: string;
  readonly nl: string | null;
}

export type SkillLabelLookup = (skill: number) => SkillLabel;

export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}
