import type { LocalisedMessage } from '@werkbrug/core';
import type { NotificationMessage, Recipient } from '@werkbrug/notifications';
import type { PlacementEntity } from './placement.entities';
import { PlacementKind } from './placement.enums';
import { storedPlanProblem } from './placement-plan-problem';

/** Both employers' HR leads and the candidate are told of every step of their placement. */
export function partiesOf(
  p: Pick<PlacementEntity, 'lendingEmployerId' | 'hostEmployerId' | 'candidateId'>,
): Recipient[] {
  return [
    { employerId: p.lendingEmployerId },
    { employerId: p.hostEmployerId },
    ...(p.candidateId ? [{ candidateId: p.candidateId }] : []),
  ];
}

const TEXTS: Record<string, (p: PlacementEntity) => LocalisedMessage> = {
  PROPOSED: (p) => ({
    en: `A ${label(p).en} has been proposed${p.startDate ? ` from ${p.startDate}` : '; the dates follow shortly'}.`,
    nl: `Er is een ${label(p).nl} voorgesteld${p.startDate ? ` vanaf ${p.startDate}` : '; de data volgen zo'}.`,
  }),
  PLANNED: (p) => ({
    en: `Proposed dates for the ${label(p).en}: ${p.startDate} to ${p.endDate}, ${p.hoursPerWeek} hours a week. Please agree or decline; the candidate is asked for consent.`,
    nl: `Voorgestelde data voor de ${label(p).nl}: ${p.startDate} tot en met ${p.endDate}, ${p.hoursPerWeek} uur per week. Stem in of wijs af; de kandidaat wordt om toestemming gevraagd.`,
  }),
  NOT_PLANNED: (p) => ({
    en: `No dates could be found for the ${label(p).en}: ${storedPlanProblem(p, 'HOST')?.en}.`,
    nl: `Er konden geen data worden gevonden voor de ${label(p).nl}: ${storedPlanProblem(p, 'HOST')?.nl}.`,
  }),
  CHANGED: (p) => ({
    en: `The terms of the ${label(p).en} changed; everyone is asked to agree again.`,
    nl: `De afspraken van de ${label(p).nl} zijn gewijzigd; iedereen wordt opnieuw om instemming gevraagd.`,
  }),
  SUSPENDED: (p) => ({
    en: `The candidate no longer takes part in matching and withdrew their consent: the ${label(p).en} is suspended until they consent again. It does not start as agreed.`,
    nl: `De kandidaat doet niet meer mee aan bemiddeling en heeft de toestemming ingetrokken: de ${label(p).nl} is opgeschort tot de kandidaat opnieuw instemt. Die gaat niet door zoals afgesproken.`,
  }),
  CONFLICT: (p) => ({
    en: `The ${label(p).en} now conflicts with other plans (${p.conflicts.map((c) => c.kind).join(', ')}).`,
    nl: `De ${label(p).nl} botst nu met andere plannen (${p.conflicts.map((c) => c.kind).join(', ')}).`,
  }),
};

const STEPS: Record<string, LocalisedMessage> = {
  LENDER_AGREED: { en: 'the lending employer agreed', nl: 'de uitlenende werkgever stemt in' },
  HOST_AGREED: { en: 'the host agreed', nl: 'de ontvangende werkgever stemt in' },
  CANDIDATE_CONSENTED: { en: 'the candidate consented', nl: 'de kandidaat geeft toestemming' },
  CANDIDATE_CONSENT_WITHDRAWN: {
    en: 'the candidate withdrew their consent',
    nl: 'de kandidaat heeft de toestemming ingetrokken',
  },
  LENDER_DECLINED: { en: 'the lending employer declined', nl: 'de uitlenende werkgever wijst af' },
  HOST_DECLINED: { en: 'the host declined', nl: 'de ontvangende werkgever wijst af' },
  CANDIDATE_DECLINED: { en: 'the candidate declined', nl: 'de kandidaat wijst af' },
  STARTED: { en: 'it has started', nl: 'die is begonnen' },
  ENDED: { en: 'it has ended; please evaluate it', nl: 'die is afgelopen; evalueer die graag' },
  CANCELLED: { en: 'it was cancelled', nl: 'die is geannuleerd' },
  HOST_EVALUATED: { en: 'the host evaluated it', nl: 'de ontvangende werkgever heeft die geëvalueerd' },
  CANDIDATE_EVALUATED: { en: 'the candidate evaluated it', nl: 'de kandidaat heeft die geëvalueerd' },
};

const STATUS: Record<string, LocalisedMessage> = {
  PROPOSED: { en: 'proposed', nl: 'voorgesteld' },
  AGREED: { en: 'agreed', nl: 'afgesproken' },
  ACTIVE: { en: 'running', nl: 'lopend' },
  ENDED: { en: 'ended', nl: 'afgelopen' },
  DECLINED: { en: 'declined', nl: 'afgewezen' },
  CANCELLED: { en: 'cancelled', nl: 'geannuleerd' },
};

export function placementMessage(event: string, p: PlacementEntity): NotificationMessage {
  const followUp = event.startsWith('FOLLOW_UP_') ? event.slice('FOLLOW_UP_'.length).toLowerCase() : null;
  const step =
    STEPS[event] ?? (followUp ? { en: `follow-up: ${followUp}`, nl: `vervolg: ${followUp}` } : null);
  const status = STATUS[p.status];
  const text =
    TEXTS[event]?.(p) ??
    ({
      en: `${capital(label(p).en)}: ${step?.en ?? event} (now ${status.en}).`,
      nl: `${capital(label(p).nl)}: ${step?.nl ?? event} (nu ${status.nl}).`,
    } satisfies LocalisedMessage);
  return { kind: `PLACEMENT_${event}`, subjectType: 'PLACEMENT', subjectId: p.id, text };
}

const capital = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

export { label as placementKindLabel };

function label(p: Pick<PlacementEntity, 'kind'>): LocalisedMessage {
  switch (p.kind) {
    case PlacementKind.SECONDMENT:
      return { en: 'secondment', nl: 'detachering' };
    case PlacementKind.PROJECT_HIRE:
      return { en: 'project hire', nl: 'inleen' };
    case PlacementKind.TRIAL_PLACEMENT:
      return { en: 'trial placement', nl: 'proefplaatsing' };
    case PlacementKind.WORK_EXPERIENCE:
      return { en: 'work-experience placement', nl: 'meeloopstage' };
  }
}
