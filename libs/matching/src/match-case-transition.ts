import { type Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { MatchCaseEntity, MatchCaseEventEntity } from './matching.entities';
import { applyAction, deriveState, eventName, MatchConsent, type MatchAction } from './match-workflow';
import { MatchWorkflowConflictError, WorkflowRuleError } from './matching.errors';

/**
 * Applies the action to a locked case's facts, saves them with the derived state, and records the history entry.
 * A consent that is given anew, or no longer given, rests on no statement any more: the caller that records a
 * statement names it afterwards.
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
  return { ...matchCase, ...facts, consentStatementId, state, version: matchCase.version + 1 };
}
