import { type Viewer } from '@werkbrug/core';
import { candidatePlace, candidatePublicCodes, mayAnswerOnBehalf } from '@werkbrug/candidates';
import { employerNames } from '@werkbrug/employers/employer-directory.store';
import { notifyIn, settleNotices, type Recipient } from '@werkbrug/notifications';
import { vacancyTitles } from '@werkbrug/vacancies/vacancy-records.store';
import type { EntityManager } from 'typeorm';
import { matchStepNotices, type MatchStepAudience, type MatchStepChange } from './match-step-notices';
import { MatchCaseEntity, MatchCaseEventEntity } from './matching.entities';
import { applyAction, deriveState, eventName, MatchConsent, type MatchAction } from './match-workflow';
import { MatchWorkflowConflictError, WorkflowRuleError } from './matching.errors';

/** Notices that ask their reader to act on the match (match-step-notices.ts). */
const ACTION_REQUESTS = ['MATCH_INTEREST_SHOWN', 'MATCH_CONSENT_ASKED'];

/**
 * Applies the action to a locked case's facts, saves them with the derived state, and records the history entry.
 * A consent that is given anew, or no longer given, rests on no statement any more: the caller that records a
 * statement names it afterwards. Whoever the step concerns is told of it in the same transaction
 * (match-step-notices.ts), so no step of the workflow leaves the other side waiting unawares.
 */
export async function transitionCase(
  tx: EntityManager,
  viewer: Viewer,
  matchCase: MatchCaseEntity,
  action: MatchAction,
  reason: string | null,
): Promise<MatchCaseEntity> {
  let facts;
  try {
    facts = applyAction(matchCase, action);
  } catch (error) {
    if (error instanceof WorkflowRuleError) throw new MatchWorkflowConflictError(error, matchCase.state);
    throw error;
  }
  const state = deriveState(facts);
  const consentStatementId =
    action.kind === 'CONSENT' || facts.consent !== MatchConsent.GIVEN ? null : matchCase.consentStatementId;
  await tx.update(MatchCaseEntity, matchCase.id, {
    candidateInterest: facts.candidateInterest,
    employerInterest: facts.employerInterest,
    consent: facts.consent,
    consentStatementId,
    outcome: facts.outcome,
    state,
    version: matchCase.version + 1,
    updatedAt: new Date(),
  });
  await tx.insert(MatchCaseEventEntity, {
    matchCaseId: matchCase.id,
    event: eventName(action),
    fromState: matchCase.state,
    toState: state,
    actorUserId: viewer.userId,
    actorRole: viewer.role,
    reason,
  });
  // What the earlier steps asked someone to do (answer, consent) is no longer news once the match moves on: the
  // employer who has just said yes must not still find "the candidate is interested, say whether you are too".
  // Only when the match moved: the same answer given again (a second HR lead clicking "interested") leaves the
  // other side's request standing.
  if (state !== matchCase.state) await settleNotices(tx, 'MATCH_CASE', matchCase.id, ACTION_REQUESTS);
  await notifyStep(tx, matchCase, { action, from: matchCase.state, to: state, before: matchCase });
  return { ...matchCase, ...facts, consentStatementId, state, version: matchCase.version + 1 };
}

async function notifyStep(tx: EntityManager, matchCase: MatchCaseEntity, change: MatchStepChange) {
  // Which notices a step gives does not depend on the names, so a step that gives none reads nothing.
  const placeholder = { employerName: '', vacancyTitle: '', candidateCode: '', candidateHasNoAccount: true };
  if (matchStepNotices(change, placeholder).length === 0) return;
  const { candidateId, employerId, vacancyId } = matchCase;
  // One connection: the reads run one after another anyway.
  const names = await employerNames(tx, [employerId]);
  const titles = await vacancyTitles(tx, [vacancyId]);
  const codes = await candidatePublicCodes(tx, [candidateId]);
  const place = await candidatePlace(tx, candidateId, { lock: false });
  const noAccount = await mayAnswerOnBehalf(tx, candidateId);
  const notices = matchStepNotices(change, {
    employerName: names.get(employerId) ?? '',
    vacancyTitle: titles.get(vacancyId) ?? '',
    candidateCode: codes.get(candidateId) ?? '',
    candidateHasNoAccount: noAccount,
  });
  const recipientOf: Record<MatchStepAudience, Recipient | null> = {
    EMPLOYER: { employerId },
    CANDIDATE: { candidateId },
    CANDIDATES_EMPLOYER: place ? { employerId: place.employerId } : null,
  };
  for (const notice of notices) {
    const recipient = recipientOf[notice.to];
    if (!recipient) continue;
    await notifyIn(tx, [recipient], {
      kind: notice.kind,
      subjectType: 'MATCH_CASE',
      subjectId: matchCase.id,
      text: notice.text,
    });
  }
}
