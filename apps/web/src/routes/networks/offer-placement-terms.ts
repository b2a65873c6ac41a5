import type { PlacementKind, PlacementPurpose, SoughtKind } from '@web/graphql/generated/graphql';

/** The placement an offer most likely becomes, from what the request sought; the asker may choose another. */
export const PLACEMENT_FOR_SOUGHT: Record<SoughtKind, { kind: PlacementKind; purpose: PlacementPurpose }> = {
  SECONDMENT: { kind: 'SECONDMENT', purpose: 'GAIN_EXPERIENCE' },
  TEMPORARY_EXPERIENCE: { kind: 'WORK_EXPERIENCE', purpose: 'GAIN_EXPERIENCE' },
  REINTEGRATION_PLACE: { kind: 'WORK_EXPERIENCE', purpose: 'REINTEGRATION' },
  PROJECT_WORK: { kind: 'PROJECT_HIRE', purpose: 'GAIN_EXPERIENCE' },
  CAREER_STEP: { kind: 'TRIAL_PLACEMENT', purpose: 'TRIAL_BEFORE_HIRING' },
};
