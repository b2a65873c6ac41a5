import { candidateHasAccount } from '@werkbrug/accounts/candidate-accounts.store';
import { Role, type Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import type { CandidateProfileEntity } from './candidate-profile.entity';
import { lockCandidate } from './candidate-profile.store';
import { CandidateAnswersThemselfError } from './candidates.errors';

/**
 * Who may speak for a candidate. The candidate themself, always; their own employer's HR lead only while the
 * candidate has no account, and never for consent to reveal who they are: that is recorded as a consent
 * statement (consent-statements.service.ts), with the text shown.
 */
export type CandidateVoice = 'SELF' | 'ON_BEHALF';

/** 'SELF' for the candidate, 'ON_BEHALF' for an HR lead of the employer that posted the profile, else null. */
export function candidateVoice(
  viewer: Viewer,
  profile: Pick<CandidateProfileEntity, 'id' | 'employerId'>,
): CandidateVoice | null {
  if (viewer.role === Role.JOB_SEEKER && viewer.candidateId === profile.id) return 'SELF';
  if (viewer.role === Role.HR_LEAD && viewer.employerId === profile.employerId) return 'ON_BEHALF';
  return null;
}

/**
 * Whether an HR lead may still answer for the candidate: only while the candidate has no account. Locks the
 * candidate first (see lockCandidate), so call it in the transaction that writes the answer.
 */
export async function mayAnswerOnBehalf(manager: EntityManager, candidateId: string): Promise<boolean> {
  await lockCandidate(manager, candidateId);
  return !(await candidateHasAccount(manager, candidateId));
}

/** Refuses an HR lead answering for a candidate who has claimed an account (in the writing transaction). */
export async function assertMayAnswerOnBehalf(manager: EntityManager, candidateId: string): Promise<void> {
  if (!(await mayAnswerOnBehalf(manager, candidateId))) throw new CandidateAnswersThemselfError();
}
