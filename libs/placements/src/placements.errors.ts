import { ConflictError, InvalidInputError, type LocalisedMessage, NotFoundError } from '@werkbrug/core';
import type { PlacementStatus } from './placement.enums';

export class PlacementNotFoundError extends NotFoundError {
  constructor() {
    super('Placement', 'Plaatsing');
  }
}

/** Why the placement lifecycle refuses an action now; also the `reason` the client gets with the CONFLICT. */
export type PlacementRule =
  | 'PLACEMENT_NOT_FOR_THIS_PARTY'
  | 'PLACEMENT_NOT_PROPOSED'
  | 'PLACEMENT_HAS_NO_DATES'
  | 'PLACEMENT_STARTED_OR_OVER'
  | 'PLACEMENT_NOT_DECLINABLE'
  | 'PLACEMENT_TERMS_FIXED'
  | 'PLACEMENT_NOT_CANCELLABLE'
  | 'PLACEMENT_NO_CONSENT_TO_WITHDRAW'
  | 'PLACEMENT_NOT_AGREED'
  | 'PLACEMENT_BEFORE_START_DATE'
  | 'PLACEMENT_NOT_ACTIVE'
  | 'PLACEMENT_NOT_RUNNING_OR_ENDED'
  | 'PLACEMENT_NOT_ENDED';

const PLACEMENT_RULES: { readonly [R in PlacementRule]: LocalisedMessage } = {
  PLACEMENT_NOT_FOR_THIS_PARTY: {
    en: 'You cannot do this for this placement.',
    nl: 'Dit kun je voor deze plaatsing niet doen.',
  },
  PLACEMENT_NOT_PROPOSED: {
    en: 'Only a proposed placement can be agreed to.',
    nl: 'Alleen met een voorgestelde plaatsing kun je instemmen.',
  },
  PLACEMENT_HAS_NO_DATES: {
    en: 'The placement has no dates yet; wait for the proposal.',
    nl: 'De plaatsing heeft nog geen data; wacht op het voorstel.',
  },
  PLACEMENT_STARTED_OR_OVER: {
    en: 'The placement has started or is over; ask the parties to end it.',
    nl: 'De plaatsing is begonnen of voorbij; vraag de partijen die te beëindigen.',
  },
  PLACEMENT_NOT_DECLINABLE: {
    en: 'Only a proposed or agreed placement can be declined.',
    nl: 'Alleen een voorgestelde of afgesproken plaatsing kun je afwijzen.',
  },
  PLACEMENT_TERMS_FIXED: {
    en: 'The terms can change only before the placement starts.',
    nl: 'De afspraken kunnen alleen vóór de start veranderen.',
  },
  PLACEMENT_NOT_CANCELLABLE: {
    en: 'Only a placement that has not started can be cancelled.',
    nl: 'Alleen een plaatsing die nog niet is begonnen kan worden geannuleerd.',
  },
  PLACEMENT_NO_CONSENT_TO_WITHDRAW: {
    en: 'There is no consent to withdraw.',
    nl: 'Er is geen toestemming om in te trekken.',
  },
  PLACEMENT_NOT_AGREED: {
    en: 'Only an agreed placement can start.',
    nl: 'Alleen een afgesproken plaatsing kan starten.',
  },
  PLACEMENT_BEFORE_START_DATE: {
    en: 'The placement cannot start before its start date.',
    nl: 'De plaatsing kan niet vóór de startdatum beginnen.',
  },
  PLACEMENT_NOT_ACTIVE: {
    en: 'Only an active placement can end.',
    nl: 'Alleen een lopende plaatsing kan eindigen.',
  },
  PLACEMENT_NOT_RUNNING_OR_ENDED: {
    en: 'A placement is evaluated while it runs or after it ends.',
    nl: 'Een plaatsing wordt geëvalueerd tijdens of na afloop.',
  },
  PLACEMENT_NOT_ENDED: {
    en: 'The follow-up is recorded once the placement has ended.',
    nl: 'Het vervolg wordt vastgelegd als de plaatsing is afgelopen.',
  },
};

/**
 * The pure lifecycle's refusal (placement-lifecycle.ts has no Nest and no codes); the service turns it into a
 * CONFLICT with PlacementRuleConflictError.
 */
export class PlacementRuleError extends Error {
  readonly localised: LocalisedMessage;
  constructor(readonly reason: PlacementRule) {
    const localised = PLACEMENT_RULES[reason];
    super(localised.en);
    this.localised = localised;
  }
}

export class PlacementRuleConflictError extends ConflictError {
  constructor(rule: PlacementRuleError, status: PlacementStatus) {
    super(rule.localised, { status, reason: rule.reason });
  }
}

/** The consent text names the dates: there is none to read before the proposal has them. */
export class PlacementHasNoDatesError extends ConflictError {
  constructor() {
    super(PLACEMENT_RULES.PLACEMENT_HAS_NO_DATES, { reason: 'PLACEMENT_HAS_NO_DATES' });
  }
}

export class PlacementPersonErasedError extends ConflictError {
  constructor() {
    super(
      {
        en: "This placement's candidate had their data erased; the placement is kept only for the ledger.",
        nl: 'De gegevens van de kandidaat van deze plaatsing zijn verwijderd; de plaatsing blijft alleen voor het grootboek bewaard.',
      },
      { reason: 'PLACEMENT_PERSON_ERASED' },
    );
  }
}

export class PlacementHostIsLenderError extends InvalidInputError {
  constructor() {
    super(
      { en: 'A placement is with another employer.', nl: 'Een plaatsing is bij een andere werkgever.' },
      { field: 'hostEmployerId', reason: 'PLACEMENT_HOST_IS_LENDER' },
    );
  }
}

export class VacancyNotAPlacementError extends ConflictError {
  constructor() {
    super(
      {
        en: 'This vacancy is a job, not a secondment, trial placement or work experience.',
        nl: 'Deze vacature is een baan, geen detachering, proefplaatsing of meeloopstage.',
      },
      { reason: 'VACANCY_NOT_A_PLACEMENT' },
    );
  }
}

export class PlacementNeedsIntroductionError extends ConflictError {
  constructor() {
    super(
      {
        en: 'A placement follows an introduction the candidate agreed to.',
        nl: 'Een plaatsing volgt op een kennismaking waarmee de kandidaat heeft ingestemd.',
      },
      { reason: 'PLACEMENT_NEEDS_INTRODUCTION' },
    );
  }
}

export class EvaluationRequiredError extends InvalidInputError {
  constructor() {
    super(
      { en: 'Write the evaluation.', nl: 'Schrijf de evaluatie.' },
      { field: 'evaluation', reason: 'PLACEMENT_EVALUATION_REQUIRED' },
    );
  }
}

export class PlacementAlreadyConsentedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'The candidate has already consented to this placement.',
        nl: 'De kandidaat heeft al ingestemd met deze plaatsing.',
      },
      { reason: 'PLACEMENT_ALREADY_CONSENTED' },
    );
  }
}

export class PlacementConflictsUnresolvedError extends ConflictError {
  constructor(conflicts: readonly string[]) {
    super(
      {
        en: 'Resolve the placement’s conflicts first (see conflicts).',
        nl: 'Los eerst de conflicten van de plaatsing op (zie conflicts).',
      },
      { conflicts, reason: 'PLACEMENT_CONFLICTS_UNRESOLVED' },
    );
  }
}

export class InvalidCapacityPeriodError extends InvalidInputError {
  constructor() {
    super(
      { en: 'Give a valid period.', nl: 'Geef een geldige periode.' },
      { field: 'from', reason: 'CAPACITY_PERIOD_INVALID' },
    );
  }
}

export class CapacityHoursOutOfRangeError extends InvalidInputError {
  constructor() {
    super(
      { en: 'Hours per week must be 0 to 5000.', nl: 'Uren per week moeten 0 tot 5000 zijn.' },
      { field: 'hoursPerWeek', reason: 'CAPACITY_HOURS_OUT_OF_RANGE' },
    );
  }
}

export class InvalidLedgerRangeError extends InvalidInputError {
  constructor() {
    super(
      { en: 'Give a valid date range.', nl: 'Geef een geldige periode.' },
      { field: 'from', reason: 'LEDGER_RANGE_INVALID' },
    );
  }
}

export class LedgerRangeTooLongError extends InvalidInputError {
  constructor() {
    super(
      { en: 'Ask for at most three years.', nl: 'Vraag om hoogstens drie jaar.' },
      { field: 'to', reason: 'LEDGER_RANGE_TOO_LONG' },
    );
  }
}

/** What is wrong with a placement's terms as a whole (placement-terms.ts); the reason is `TERMS_<problem>`. */
export type PlacementTermsProblem =
  | 'DATE_INVALID'
  | 'DATES_INCOMPLETE'
  | 'END_BEFORE_START'
  | 'START_BEFORE_VACANCY'
  | 'NO_CONTRACT_HOURS_LEFT'
  | 'TRAVEL_COSTS_PAYER_MISSING';

const TERMS_PROBLEMS: { readonly [P in PlacementTermsProblem]: LocalisedMessage } = {
  START_BEFORE_VACANCY: {
    en: 'The placement cannot start before the vacancy does: choose a start date on or after the vacancy’s.',
    nl: 'De plaatsing kan niet eerder beginnen dan de vacature: kies een startdatum op of na die van de vacature.',
  },
  DATE_INVALID: { en: 'Not a valid date.', nl: 'Geen geldige datum.' },
  DATES_INCOMPLETE: {
    en: 'Give start date, end date and hours together, or none of them.',
    nl: 'Geef startdatum, einddatum en uren samen, of geen van drieën.',
  },
  END_BEFORE_START: {
    en: 'The end date cannot be before the start date.',
    nl: 'De einddatum kan niet vóór de startdatum liggen.',
  },
  NO_CONTRACT_HOURS_LEFT: {
    en: 'The own work leaves no contract hours for a placement.',
    nl: 'Het eigen werk laat geen contracturen over voor een plaatsing.',
  },
  TRAVEL_COSTS_PAYER_MISSING: {
    en: 'Say who reimburses the travel costs.',
    nl: 'Geef aan wie de reiskosten vergoedt.',
  },
};

export class InvalidPlacementTermsError extends InvalidInputError {
  constructor(problem: PlacementTermsProblem, field: string) {
    super(TERMS_PROBLEMS[problem], { field, reason: `TERMS_${problem}` });
  }
}
