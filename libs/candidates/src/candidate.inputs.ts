import type { ContractType, Sector, TravelMode } from '@werkbrug/core';
import type {
  CandidateStatus,
  CandidateTrack,
  SharingScope,
  SupportNeed,
  TargetGroup,
} from './candidate.enums';

export interface CandidateStrengthInput {
  skillId: string;
  level: number;
  evidenceNote?: string | null;
}

export interface CandidateProfileFields {
  track: CandidateTrack;
  sketchStrengths?: string;
  sketchAttentionPoints?: string;
  hoursMin: number;
  hoursMax: number;
  homePc4: string;
  maxTravelKm: number;
  travelMode: TravelMode;
  sectorsOpen: Sector[];
  contractTypes: ContractType[];
  availableFrom?: string | null;
  contractEndDate?: string | null;
  supportNeeds: SupportNeed[];
  /** Need-to-know: shown to other employers only with the candidate's consent. */
  targetGroups?: TargetGroup[];
  sharingScope: SharingScope;
  sharedWithEmployerIds?: string[];
  strengths: CandidateStrengthInput[];
  developmentSkillIds: string[];
}

export interface CandidateIdentityInput {
  fullName: string;
  email?: string | null;
  phone?: string | null;
  dateOfBirth?: string | null;
}

export interface CreateCandidateInput extends CandidateProfileFields {
  identity: CandidateIdentityInput;
  /** The candidate's consent to share the anonymised profile, when given to the HR lead (e.g. on paper). */
  consentGiven?: boolean;
}

export type UpdateCandidateInput = Partial<CandidateProfileFields> & {
  /** Optimistic concurrency: when given, the update fails with CONFLICT if someone else changed the profile. */
  expectedVersion?: number;
};

export interface CandidateListFilter {
  status?: CandidateStatus;
  track?: CandidateTrack;
  /** For HR leads: only their own employer's candidates, or only other employers' shared ones. */
  ownership?: 'OWN' | 'OTHERS';
  /** Exactly this public code, in any case: a search that reveals nothing the list would not. */
  publicCode?: string | null;
}
