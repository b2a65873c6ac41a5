import { PlacementFollowUp, PlacementParty, PlacementStatus } from './placement.enums';
import { type PlacementRule, PlacementRuleError } from './placements.errors';

/**
 * The placement lifecycle as a pure state machine: proposed → agreed (both HR leads agree and the candidate
 * consents, in any order) → active (from the start date) → ended (with evaluations by host and candidate and a
 * follow-up). Declining ends a proposal; cancelling withdraws an agreed or proposed placement. Changing the
 * terms of a proposed or agreed placement asks everyone again. The candidate may withdraw their consent until the
 * placement starts: it is proposed again, waiting for their consent.
 */
export interface PlacementFacts {
  readonly status: PlacementStatus;
  readonly lenderAgreed: boolean;
  readonly hostAgreed: boolean;
  readonly candidateConsented: boolean;
  readonly startDate: string | null;
  readonly hostEvaluation: string | null;
  readonly candidateEvaluation: string | null;
  readonly followUp: PlacementFollowUp | null;
}

export type PlacementAction =
  | { readonly kind: 'AGREE' }
  | { readonly kind: 'WITHDRAW_CONSENT' }
  | { readonly kind: 'DECLINE' }
  | { readonly kind: 'CHANGE_TERMS' }
  | { readonly kind: 'START'; readonly today: string }
  | { readonly kind: 'END' }
  | { readonly kind: 'CANCEL' }
  | { readonly kind: 'EVALUATE'; readonly text: string }
  | { readonly kind: 'FOLLOW_UP'; readonly followUp: PlacementFollowUp };

export type PlacementActionKind = PlacementAction['kind'];

/** Every action, as a value (the GraphQL enum and availablePlacementActions list them). */
export const PlacementActionKind = {
  AGREE: 'AGREE',
  WITHDRAW_CONSENT: 'WITHDRAW_CONSENT',
  DECLINE: 'DECLINE',
  CHANGE_TERMS: 'CHANGE_TERMS',
  START: 'START',
  END: 'END',
  CANCEL: 'CANCEL',
  EVALUATE: 'EVALUATE',
  FOLLOW_UP: 'FOLLOW_UP',
} as const satisfies { readonly [K in PlacementActionKind]: K };

/** Which parties may take an action; the mobility team may move a placement on but never agree for a party. */
export function mayAct(party: PlacementParty, action: PlacementActionKind): boolean {
  switch (action) {
    case 'AGREE':
    case 'DECLINE':
      return party !== PlacementParty.MOBILITY_TEAM;
    case 'WITHDRAW_CONSENT':
      return party === PlacementParty.CANDIDATE;
    case 'CHANGE_TERMS':
    case 'START':
    case 'END':
    case 'CANCEL':
      return party !== PlacementParty.CANDIDATE;
    case 'EVALUATE':
      return party === PlacementParty.HOST || party === PlacementParty.CANDIDATE;
    case 'FOLLOW_UP':
      return (
        party === PlacementParty.HOST ||
        party === PlacementParty.LENDER ||
        party === PlacementParty.MOBILITY_TEAM
      );
  }
}

/** The state predicates of the lifecycle, each with the refusal it gives when it does not hold. */
interface Condition {
  readonly holds: (facts: PlacementFacts, today: string | null) => boolean;
  readonly refusal: PlacementRule;
}

const isProposed: Condition = {
  holds: (f) => f.status === PlacementStatus.PROPOSED,
  refusal: 'PLACEMENT_NOT_PROPOSED',
};
const hasDates: Condition = {
  holds: (f) => f.startDate !== null,
  refusal: 'PLACEMENT_HAS_NO_DATES',
};
const isOpen = (refusal: PlacementRule): Condition => ({
  holds: (f) => f.status === PlacementStatus.PROPOSED || f.status === PlacementStatus.AGREED,
  refusal,
});
const hasConsent: Condition = {
  holds: (f) => f.candidateConsented,
  refusal: 'PLACEMENT_NO_CONSENT_TO_WITHDRAW',
};
const isAgreed: Condition = {
  holds: (f) => f.status === PlacementStatus.AGREED,
  refusal: 'PLACEMENT_NOT_AGREED',
};
/** Without a known today (no start asked for) the start date counts as not reached. */
const startDateReached: Condition = {
  holds: (f, today) => f.startDate === null || (today !== null && today >= f.startDate),
  refusal: 'PLACEMENT_BEFORE_START_DATE',
};
const isActive: Condition = {
  holds: (f) => f.status === PlacementStatus.ACTIVE,
  refusal: 'PLACEMENT_NOT_ACTIVE',
};
const isRunningOrEnded: Condition = {
  holds: (f) => f.status === PlacementStatus.ACTIVE || f.status === PlacementStatus.ENDED,
  refusal: 'PLACEMENT_NOT_RUNNING_OR_ENDED',
};
const isEnded: Condition = {
  holds: (f) => f.status === PlacementStatus.ENDED,
  refusal: 'PLACEMENT_NOT_ENDED',
};

/** What must hold, in order, before each action; the first that does not hold is the refusal. */
const CONDITIONS: { readonly [K in PlacementActionKind]: readonly Condition[] } = {
  AGREE: [isProposed, hasDates],
  WITHDRAW_CONSENT: [isOpen('PLACEMENT_STARTED_OR_OVER'), hasConsent],
  DECLINE: [isOpen('PLACEMENT_NOT_DECLINABLE')],
  CHANGE_TERMS: [isOpen('PLACEMENT_TERMS_FIXED')],
  START: [isAgreed, startDateReached],
  END: [isActive],
  CANCEL: [isOpen('PLACEMENT_NOT_CANCELLABLE')],
  EVALUATE: [isRunningOrEnded],
  FOLLOW_UP: [isEnded],
};

/** Why this party may not take the action now, or null when it may. */
function refusalOf(
  facts: PlacementFacts,
  party: PlacementParty,
  kind: PlacementActionKind,
  today: string | null,
): PlacementRule | null {
  if (!mayAct(party, kind)) return 'PLACEMENT_NOT_FOR_THIS_PARTY';
  return CONDITIONS[kind].find((c) => !c.holds(facts, today))?.refusal ?? null;
}

/**
 * The actions this party may take now (today is the date a start would be recorded on): exactly those that
 * applyPlacementAction accepts, as both ask the same conditions.
 */
export function availablePlacementActions(
  facts: PlacementFacts,
  party: PlacementParty,
  today: string,
): PlacementActionKind[] {
  return Object.values(PlacementActionKind).filter((kind) => refusalOf(facts, party, kind, today) === null);
}

export function applyPlacementAction(
  facts: PlacementFacts,
  party: PlacementParty,
  action: PlacementAction,
): PlacementFacts {
  const refusal = refusalOf(facts, party, action.kind, action.kind === 'START' ? action.today : null);
  if (refusal) throw new PlacementRuleError(refusal);
  switch (action.kind) {
    case 'AGREE': {
      const next = {
        ...facts,
        lenderAgreed: facts.lenderAgreed || party === PlacementParty.LENDER,
        hostAgreed: facts.hostAgreed || party === PlacementParty.HOST,
        candidateConsented: facts.candidateConsented || party === PlacementParty.CANDIDATE,
      };
      const all = next.lenderAgreed && next.hostAgreed && next.candidateConsented;
      return { ...next, status: all ? PlacementStatus.AGREED : PlacementStatus.PROPOSED };
    }
    case 'WITHDRAW_CONSENT':
      return { ...facts, candidateConsented: false, status: PlacementStatus.PROPOSED };
    case 'DECLINE':
      return { ...facts, status: PlacementStatus.DECLINED };
    case 'CHANGE_TERMS':
      return {
        ...facts,
        status: PlacementStatus.PROPOSED,
        lenderAgreed: false,
        hostAgreed: false,
        candidateConsented: false,
      };
    case 'START':
      return { ...facts, status: PlacementStatus.ACTIVE };
    case 'END':
      return { ...facts, status: PlacementStatus.ENDED };
    case 'CANCEL':
      return { ...facts, status: PlacementStatus.CANCELLED };
    case 'EVALUATE':
      return party === PlacementParty.HOST
        ? { ...facts, hostEvaluation: action.text }
        : { ...facts, candidateEvaluation: action.text };
    case 'FOLLOW_UP':
      return { ...facts, followUp: action.followUp };
  }
}
