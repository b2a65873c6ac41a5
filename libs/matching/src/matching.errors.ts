import { ConflictError, InvalidInputError, type LocalisedMessage, NotFoundError } from '@werkbrug/core';
import type { MatchCaseState } from './match-workflow';

export class MatchNotFoundError extends NotFoundError {
  constructor() {
    super('Match', 'Match');
  }
}

/** Why the match workflow refuses an action now; also the `reason` the client gets with the CONFLICT. */
export type MatchWorkflowRule =
  | 'MATCH_CLOSED'
  | 'MATCH_ALREADY_INTRODUCED'
  | 'MATCH_NO_CONSENT_TO_WITHDRAW'
  | 'MATCH_CONSENT_NOT_ASKED'
  | 'MATCH_OUTCOME_NEEDS_INTRODUCTION';

const WORKFLOW_RULES: { readonly [R in MatchWorkflowRule]: LocalisedMessage } = {
  MATCH_CLOSED: {
    en: 'This match is closed: its outcome has been recorded.',
    nl: 'Deze match is afgesloten: de uitkomst is vastgelegd.',
  },
  MATCH_ALREADY_INTRODUCED: {
    en: 'The introduction has taken place; record the outcome instead.',
    nl: 'De kennismaking heeft plaatsgevonden; leg in plaats daarvan de uitkomst vast.',
  },
  MATCH_NO_CONSENT_TO_WITHDRAW: {
    en: 'There is no consent to withdraw.',
    nl: 'Er is geen toestemming om in te trekken.',
  },
  MATCH_CONSENT_NOT_ASKED: {
    en: 'Consent is asked only when both the job seeker and the employer are interested.',
    nl: 'Toestemming wordt pas gevraagd als zowel de werkzoekende als de werkgever interesse heeft.',
  },
  MATCH_OUTCOME_NEEDS_INTRODUCTION: {
    en: 'An outcome other than "none" can only follow an introduction.',
    nl: 'Een andere uitkomst dan "geen" kan alleen na een kennismaking.',
  },
};

/**
 * The pure workflow's refusal (match-workflow.ts has no Nest and no codes); the service turns it into a CONFLICT
 * with MatchWorkflowConflictError.
 */
export class WorkflowRuleError extends Error {
  readonly localised: LocalisedMessage;
  constructor(readonly reason: MatchWorkflowRule) {
    const localised = WORKFLOW_RULES[reason];
    super(localised.en);
    this.localised = localised;
  }
}

export class MatchWorkflowConflictError extends ConflictError {
  constructor(rule: WorkflowRuleError, state: MatchCaseState) {
    super(rule.localised, { state, reason: rule.reason });
  }
}

export class MatchClosedForConsentError extends ConflictError {
  constructor(state: MatchCaseState) {
    super(
      {
        en: 'This match is closed: consent can no longer be given or declined for it.',
        nl: 'Deze match is afgesloten: er kan geen toestemming meer voor worden gegeven of geweigerd.',
      },
      { state, reason: 'MATCH_CLOSED_FOR_CONSENT' },
    );
  }
}

export class MatchProfileNotSharedError extends ConflictError {
  constructor(state: MatchCaseState) {
    super(
      {
        en: 'The candidate does not share their profile (consent withdrawn), so no introduction is possible.',
        nl: 'De kandidaat deelt het profiel niet (toestemming ingetrokken), dus een kennismaking is niet mogelijk.',
      },
      { state, reason: 'MATCH_PROFILE_NOT_SHARED' },
    );
  }
}

/** Two requests for a region's rematch at once, and the other one's run is gone by the time this one looks. */
export class RematchRunRaceError extends ConflictError {
  constructor() {
    super({ en: 'Try again.', nl: 'Probeer het opnieuw.' }, { reason: 'REMATCH_RUN_RACE' });
  }
}

export class MinScoreAboveMaxError extends InvalidInputError {
  constructor() {
    super(
      { en: 'The minimum score is above the maximum.', nl: 'De minimumscore ligt boven de maximumscore.' },
      { field: 'minScore', reason: 'MIN_SCORE_ABOVE_MAX' },
    );
  }
}

export class DeclineReasonRequiredError extends InvalidInputError {
  constructor() {
    super(
      { en: 'Say briefly why this match does not fit.', nl: 'Geef kort aan waarom deze match niet past.' },
      { field: 'reason', reason: 'MATCH_DECLINE_REASON_REQUIRED' },
    );
  }
}

export class IntroductionsPerCandidateOutOfRangeError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Introductions per candidate must be 1 to 5.',
        nl: 'Kennismakingen per kandidaat moet 1 tot 5 zijn.',
      },
      { field: 'introductionsPerCandidate', reason: 'INTRODUCTIONS_PER_CANDIDATE_OUT_OF_RANGE' },
    );
  }
}
