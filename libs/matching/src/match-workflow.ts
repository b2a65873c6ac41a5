import { WorkflowRuleError } from './matching.errors';

/**
 * The match workflow as a pure state machine. The state is derived from the facts (each side's answer, the
 * candidate's consent, the outcome), so it can never disagree with them; `applyAction` checks what is allowed.
 *
 *   SUGGESTED → INTEREST_SHOWN (one side interested) → CONSENT_REQUESTED (both) → INTRODUCED (candidate
 *   consents: the employer may read the identity) → CLOSED (outcome recorded).
 *   DECLINED when either side is not interested; CONSENT_DECLINED when the candidate declines or withdraws.
 *   The candidate may withdraw consent after the outcome too: the case stays CLOSED, the identity is no longer
 *   revealed. Withdrawing consent to share the profile closes every case of the candidate (outcome "none", a
 *   consent given is withdrawn); a closed case never takes consent again.
 */
export enum MatchCaseState {
  SUGGESTED = 'SUGGESTED',
  INTEREST_SHOWN = 'INTEREST_SHOWN',
  DECLINED = 'DECLINED',
  CONSENT_REQUESTED = 'CONSENT_REQUESTED',
  CONSENT_DECLINED = 'CONSENT_DECLINED',
  INTRODUCED = 'INTRODUCED',
  CLOSED = 'CLOSED',
}

export enum MatchInterest {
  INTERESTED = 'INTERESTED',
  NOT_INTERESTED = 'NOT_INTERESTED',
}

export enum MatchConsent {
  GIVEN = 'GIVEN',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum MatchOutcome {
  HIRED = 'HIRED',
  TRIAL_PLACEMENT = 'TRIAL_PLACEMENT',
  SECONDMENT = 'SECONDMENT',
  WORK_EXPERIENCE = 'WORK_EXPERIENCE',
  NONE = 'NONE',
}

export interface MatchFacts {
  readonly candidateInterest: MatchInterest | null;
  readonly employerInterest: MatchInterest | null;
  readonly consent: MatchConsent | null;
  readonly outcome: MatchOutcome | null;
}

export type MatchAction =
  | { readonly kind: 'CANDIDATE_RESPONSE'; readonly interest: MatchInterest }
  | { readonly kind: 'EMPLOYER_RESPONSE'; readonly interest: MatchInterest }
  | { readonly kind: 'CONSENT'; readonly consent: MatchConsent }
  | { readonly kind: 'OUTCOME'; readonly outcome: MatchOutcome }
  | { readonly kind: 'PROFILE_CONSENT_WITHDRAWN' };

export const INITIAL_FACTS: MatchFacts = {
  candidateInterest: null,
  employerInterest: null,
  consent: null,
  outcome: null,
};

export function deriveState(f: MatchFacts): MatchCaseState {
  if (f.outcome) return MatchCaseState.CLOSED;
  if (f.consent === MatchConsent.GIVEN) return MatchCaseState.INTRODUCED;
  const no = MatchInterest.NOT_INTERESTED;
  if (f.candidateInterest === no || f.employerInterest === no) return MatchCaseState.DECLINED;
  const yes = MatchInterest.INTERESTED;
  if (f.candidateInterest === yes && f.employerInterest === yes) {
    return f.consent ? MatchCaseState.CONSENT_DECLINED : MatchCaseState.CONSENT_REQUESTED;
  }
  if (f.candidateInterest === yes || f.employerInterest === yes) return MatchCaseState.INTEREST_SHOWN;
  return MatchCaseState.SUGGESTED;
}

/** The facts after the action, or a WorkflowRuleError saying (in Dutch and English) why it is not possible now. */
export function applyAction(facts: MatchFacts, action: MatchAction): MatchFacts {
  const state = deriveState(facts);
  // Consent to reveal who one is stays the person's to withdraw, also after the outcome.
  const withdrawing =
    (action.kind === 'CONSENT' && action.consent === MatchConsent.WITHDRAWN) ||
    action.kind === 'PROFILE_CONSENT_WITHDRAWN';
  if (state === MatchCaseState.CLOSED && !withdrawing) {
    throw new WorkflowRuleError('MATCH_CLOSED');
  }
  switch (action.kind) {
    case 'CANDIDATE_RESPONSE':
    case 'EMPLOYER_RESPONSE':
      // After the introduction the answer is the outcome; before it, either side may change its mind.
      if (state === MatchCaseState.INTRODUCED) {
        throw new WorkflowRuleError('MATCH_ALREADY_INTRODUCED');
      }
      return action.kind === 'CANDIDATE_RESPONSE'
        ? { ...facts, candidateInterest: action.interest, consent: null }
        : { ...facts, employerInterest: action.interest, consent: null };
    case 'CONSENT':
      if (action.consent === MatchConsent.WITHDRAWN) {
        if (facts.consent !== MatchConsent.GIVEN) {
          throw new WorkflowRuleError('MATCH_NO_CONSENT_TO_WITHDRAW');
        }
        return { ...facts, consent: action.consent };
      }
      if (state !== MatchCaseState.CONSENT_REQUESTED && state !== MatchCaseState.CONSENT_DECLINED) {
        throw new WorkflowRuleError('MATCH_CONSENT_NOT_ASKED');
      }
      return { ...facts, consent: action.consent };
    case 'OUTCOME':
      if (state !== MatchCaseState.INTRODUCED && action.outcome !== MatchOutcome.NONE) {
        throw new WorkflowRuleError('MATCH_OUTCOME_NEEDS_INTRODUCTION');
      }
      return { ...facts, outcome: action.outcome };
    case 'PROFILE_CONSENT_WITHDRAWN':
      return {
        ...facts,
        consent: facts.consent === MatchConsent.GIVEN ? MatchConsent.WITHDRAWN : facts.consent,
        outcome: facts.outcome ?? MatchOutcome.NONE,
      };
  }
}

/** The history entry's name for an action. */
export function eventName(action: MatchAction): string {
  switch (action.kind) {
    case 'CANDIDATE_RESPONSE':
      return `CANDIDATE_${action.interest}`;
    case 'EMPLOYER_RESPONSE':
      return `EMPLOYER_${action.interest}`;
    case 'CONSENT':
      return `CONSENT_${action.consent}`;
    case 'OUTCOME':
      return `OUTCOME_${action.outcome}`;
    case 'PROFILE_CONSENT_WITHDRAWN':
      return 'PROFILE_CONSENT_WITHDRAWN';
  }
}
