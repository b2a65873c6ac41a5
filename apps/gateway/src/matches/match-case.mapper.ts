import type { MatchCaseEntity } from '@werkbrug/matching';
import type { MatchCase } from './models/match.model';

export function toMatchCaseModel(c: MatchCaseEntity): MatchCase {
  return {
    id: c.id,
    candidateId: c.candidateId,
    vacancyId: c.vacancyId,
    employerId: c.employerId,
    state: c.state,
    candidateInterest: c.candidateInterest,
    candidateReason: c.candidateReason,
    employerInterest: c.employerInterest,
    employerReason: c.employerReason,
    consent: c.consent,
    identityDisclosed: c.disclosureId !== null,
    outcome: c.outcome,
    outcomeNote: c.outcomeNote,
    score: c.score,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
