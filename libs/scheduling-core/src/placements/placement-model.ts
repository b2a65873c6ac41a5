/**
 * Placements between employers (secondment, project hire, trial placement, work experience) as plain data, for
 * conflict detection and for proposing dates and hours. Dates are YYYY-MM-DD, periods include both ends.
 */
export type PlacementKindCode = 'SECONDMENT' | 'PROJECT_HIRE' | 'TRIAL_PLACEMENT' | 'WORK_EXPERIENCE';
export type TrackCode =
  'WORK_TO_WORK' | 'LABOUR_DISABILITY' | 'SICKNESS_REINTEGRATION' | 'VOLUNTARY_MOBILITY';

export interface PlacementPeriod {
  readonly id: string;
  readonly candidateId: string;
  readonly hostEmployerId: string;
  readonly start: string;
  readonly end: string;
  readonly hoursPerWeek: number;
  /** Hours the candidate keeps working for their own employer during the placement. */
  readonly ownWorkHoursPerWeek: number;
  /** The candidate's contract hours with their own employer. */
  readonly contractHoursPerWeek: number;
}

export interface CandidateContract {
  readonly candidateId: string;
  readonly contractEndDate: string | null;
  readonly track: TrackCode;
}

/** Hours per week a host can take on over a period (open-ended when `to` is null). No window: no limit declared. */
export interface HostCapacity {
  readonly employerId: string;
  readonly from: string;
  readonly to: string | null;
  readonly hoursPerWeek: number;
  /** When it was declared (any increasing number): a newer declaration replaces older ones for its days. */
  readonly declaredAt?: number;
}

/**
 * How long before a contract ends a placement should start, per track. Re-integration (spoor 2) and people with
 * a labour disability need time to settle in and for support to be arranged; redundancy cases need time to
 * turn a placement into a job before the notice ends.
 */
export const START_BEFORE_CONTRACT_END_WEEKS: Record<TrackCode, number> = {
  WORK_TO_WORK: 8,
  LABOUR_DISABILITY: 12,
  SICKNESS_REINTEGRATION: 13,
  VOLUNTARY_MOBILITY: 4,
};

/** Days needed to arrange a placement of each kind (agreements, insurance, a workplace) before it can start. */
export const LEAD_TIME_DAYS: Record<PlacementKindCode, number> = {
  SECONDMENT: 14,
  PROJECT_HIRE: 14,
  TRIAL_PLACEMENT: 7,
  WORK_EXPERIENCE: 3,
};

export type PlacementConflict =
  | { readonly kind: 'INVALID_PERIOD'; readonly placementId: string }
  | {
      readonly kind: 'OVERLAPPING_PLACEMENTS';
      readonly placementIds: readonly [string, string];
      readonly from: string;
      readonly to: string;
    }
  | {
      readonly kind: 'EXCEEDS_CONTRACT_HOURS';
      readonly placementId: string;
      readonly hoursPerWeek: number;
      readonly ownWorkHoursPerWeek: number;
      readonly contractHoursPerWeek: number;
    }
  | {
      readonly kind: 'HOST_CAPACITY_EXCEEDED';
      readonly employerId: string;
      readonly from: string;
      readonly to: string;
      readonly hoursPerWeek: number;
      readonly capacityHoursPerWeek: number;
      readonly placementIds: readonly string[];
    }
  | {
      readonly kind: 'ENDS_AFTER_CONTRACT_END';
      readonly placementId: string;
      readonly contractEndDate: string;
    }
  | { readonly kind: 'STARTS_TOO_LATE'; readonly placementId: string; readonly latestGoodStart: string };

/** Conflicts that make a plan impossible; the others are warnings the parties should see. */
export function isBlocking(conflict: PlacementConflict): boolean {
  return conflict.kind !== 'STARTS_TOO_LATE';
}
