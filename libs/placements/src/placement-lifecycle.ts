import type { LocalisedMessage } from '@werkbrug/core';
import { PlacementFollowUp, PlacementParty, PlacementStatus } from './placement.enums';

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

export class PlacementRuleError extends Error {
  constructor(readonly localised: LocalisedMessage) {
    super(localised.en);
  }
}

const fail = (en: string, nl: string): never => {
  throw new PlacementRuleError({ en, nl });
};

/** Which parties may take an action; the mobility team may move a placement on but never agree for a party. */
export function mayAct(party: PlacementParty, action: PlacementAction['kind']): boolean {
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

export function applyPlacementAction(
  facts: PlacementFacts,
  party: PlacementParty,
  action: PlacementAction,
): PlacementFacts {
  if (!mayAct(party, action.kind))
    fail('You cannot do this for this placement.', 'Dit kun je voor deze plaatsing niet doen.');
  const open = facts.status === PlacementStatus.PROPOSED || facts.status === PlacementStatus.AGREED;
  switch (action.kind) {
    case 'AGREE': {
      if (facts.status !== PlacementStatus.PROPOSED)
        fail(
          'Only a proposed placement can be agreed to.',
          'Alleen met een voorgestelde plaatsing kun je instemmen.',
        );
      if (!facts.startDate)
        fail(
          'The placement has no dates yet; wait for the proposal.',
          'De plaatsing heeft nog geen data; wacht op het voorstel.',
        );
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
      if (!open)
        fail(
          'The placement has started or is over; ask the parties to end it.',
          'De plaatsing is begonnen of voorbij; vraag de partijen die te beëindigen.',
        );
      if (!facts.candidateConsented)
        fail('There is no consent to withdraw.', 'Er is geen toestemming om in te trekken.');
      return { ...facts, candidateConsented: false, status: PlacementStatus.PROPOSED };
    case 'DECLINE':
      if (!open)
        fail(
          'Only a proposed or agreed placement can be declined.',
          'Alleen een voorgestelde of afgesproken plaatsing kun je afwijzen.',
        );
      return { ...facts, status: PlacementStatus.DECLINED };
    case 'CHANGE_TERMS':
      if (!open)
        fail(
          'The terms can change only before the placement starts.',
          'De afspraken kunnen alleen vóór de start veranderen.',
        );
      return {
        ...facts,
        status: PlacementStatus.PROPOSED,
        lenderAgreed: false,
        hostAgreed: false,
        candidateConsented: false,
      };
    case 'START':
      if (facts.status !== PlacementStatus.AGREED)
        fail('Only an agreed placement can start.', 'Alleen een afgesproken plaatsing kan starten.');
      if (facts.startDate && action.today < facts.startDate)
        fail(
          'The placement cannot start before its start date.',
          'De plaatsing kan niet vóór de startdatum beginnen.',
        );
      return { ...facts, status: PlacementStatus.ACTIVE };
    case 'END':
      if (facts.status !== PlacementStatus.ACTIVE)
        fail('Only an active placement can end.', 'Alleen een lopende plaatsing kan eindigen.');
      return { ...facts, status: PlacementStatus.ENDED };
    case 'CANCEL':
      if (!open)
        fail(
          'Only a placement that has not started can be cancelled.',
          'Alleen een plaatsing die nog niet is begonnen kan worden geannuleerd.',
        );
      return { ...facts, status: PlacementStatus.CANCELLED };
    case 'EVALUATE':
      if (facts.status !== PlacementStatus.ENDED && facts.status !== PlacementStatus.ACTIVE)
        fail(
          'A placement is evaluated while it runs or after it ends.',
          'Een plaatsing wordt geëvalueerd tijdens of na afloop.',
        );
      return party === PlacementParty.HOST
        ? { ...facts, hostEvaluation: action.text }
        : { ...facts, candidateEvaluation: action.text };
    case 'FOLLOW_UP':
      if (facts.status !== PlacementStatus.ENDED)
        fail(
          'The follow-up is recorded once the placement has ended.',
          'Het vervolg wordt vastgelegd als de plaatsing is afgelopen.',
        );
      return { ...facts, followUp: action.followUp };
  }
}
