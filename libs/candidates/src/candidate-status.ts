import { CandidateStatus } from './candidate.enums';

/** Allowed status changes. A withdrawn profile may be reopened as a draft, never straight back to active. */
export const CANDIDATE_STATUS_TRANSITIONS: Record<CandidateStatus, readonly CandidateStatus[]> = {
  [CandidateStatus.DRAFT]: [CandidateStatus.ACTIVE, CandidateStatus.WITHDRAWN],
  [CandidateStatus.ACTIVE]: [CandidateStatus.PAUSED, CandidateStatus.PLACED, CandidateStatus.WITHDRAWN],
  [CandidateStatus.PAUSED]: [CandidateStatus.ACTIVE, CandidateStatus.PLACED, CandidateStatus.WITHDRAWN],
  [CandidateStatus.PLACED]: [CandidateStatus.ACTIVE, CandidateStatus.WITHDRAWN],
  [CandidateStatus.WITHDRAWN]: [CandidateStatus.DRAFT],
};

export function canTransition(from: CandidateStatus, to: CandidateStatus): boolean {
  return CANDIDATE_STATUS_TRANSITIONS[from].includes(to);
}
