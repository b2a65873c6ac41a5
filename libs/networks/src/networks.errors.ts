import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@werkbrug/core';

export class NetworkNotFoundError extends NotFoundError {
  constructor() {
    super('Employer network', 'Werkgeversnetwerk');
  }
}

export class CollegialRequestNotFoundError extends NotFoundError {
  constructor() {
    super('Collegial request', 'Collegiale hulpvraag');
  }
}

/** Networks are made by the region's mobility team, or by HR leads for their own employer with colleagues. */
export class NetworkManageForbiddenError extends ForbiddenError {
  constructor() {
    super(
      {
        en: "Only the region's mobility team and HR leads of the network's members can do this.",
        nl: 'Alleen het mobiliteitsteam van de regio en HR-leads van de leden van het netwerk kunnen dit.',
      },
      { reason: 'NETWORK_MANAGE_FORBIDDEN' },
    );
  }
}

/** Joining, asking and answering are an employer's own: its HR leads do them. */
export class MemberOnlyError extends ForbiddenError {
  constructor() {
    super(
      {
        en: 'Only an HR lead of a member of the network can do this.',
        nl: 'Alleen een HR-lead van een lid van het netwerk kan dit.',
      },
      { reason: 'NETWORK_MEMBER_ONLY' },
    );
  }
}

export class EmployerOutsideRegionError extends InvalidInputError {
  constructor(field: string) {
    super(
      {
        en: 'A network has employers of its own region only.',
        nl: 'Een netwerk heeft alleen werkgevers uit de eigen regio.',
      },
      { field, reason: 'EMPLOYER_OUTSIDE_REGION' },
    );
  }
}

export class CommitmentTooShortError extends InvalidInputError {
  constructor(months: number) {
    super(
      {
        en: `A member commits for at least ${months} months.`,
        nl: `Een lid doet minstens ${months} maanden mee.`,
      },
      { field: 'commitmentEnd', reason: 'COMMITMENT_TOO_SHORT', months },
    );
  }
}

export class NotInvitedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'Your employer has not been invited to this network (or has left it).',
        nl: 'Je werkgever is niet uitgenodigd voor dit netwerk (of is eruit gestapt).',
      },
      { reason: 'NOT_INVITED' },
    );
  }
}

export class NotYourCandidateError extends ForbiddenError {
  constructor() {
    super(
      {
        en: "A request is for one of your own employer's candidates.",
        nl: 'Een hulpvraag gaat over een kandidaat van je eigen werkgever.',
      },
      { field: 'candidateId', reason: 'NOT_YOUR_CANDIDATE' },
    );
  }
}

export class NoRecipientsError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Choose at least one other member of the network who has joined.',
        nl: 'Kies minstens één ander lid van het netwerk dat al meedoet.',
      },
      { field: 'recipientEmployerIds', reason: 'NO_RECIPIENTS' },
    );
  }
}

export class NotARecipientError extends ForbiddenError {
  constructor() {
    super(
      {
        en: 'This request was not put to your employer.',
        nl: 'Deze hulpvraag is niet aan je werkgever gesteld.',
      },
      { reason: 'NOT_A_RECIPIENT' },
    );
  }
}

export class RequestClosedError extends ConflictError {
  constructor() {
    super(
      { en: 'This request is closed.', nl: 'Deze hulpvraag is afgesloten.' },
      { reason: 'REQUEST_CLOSED' },
    );
  }
}

export class ReasonRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Say briefly why not now, so your colleague knows where they stand.',
        nl: 'Zeg kort waarom nu niet, zodat je collega weet waar die aan toe is.',
      },
      { field: 'note', reason: 'REASON_REQUIRED' },
    );
  }
}

export class OfferVacancyError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'An offer of a vacancy names one of your own open vacancies.',
        nl: 'Een aanbod van een vacature noemt een eigen openstaande vacature.',
      },
      { field: 'vacancyId', reason: 'OFFER_VACANCY' },
    );
  }
}

export class ReviewPeriodError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'A review covers a period of one day to a year: the end on or after the start.',
        nl: 'Een terugblik gaat over een periode van een dag tot een jaar: het einde op of na het begin.',
      },
      { field: 'to', reason: 'REVIEW_PERIOD' },
    );
  }
}

/** Only an answer that offers something (not "not now") can become a placement. */
export class NoOfferToPlaceError extends ConflictError {
  constructor() {
    super(
      {
        en: 'This member made no offer on the request, so there is nothing to turn into a placement.',
        nl: 'Dit lid deed geen aanbod op de hulpvraag, dus er is niets om een plaatsing van te maken.',
      },
      { reason: 'NO_OFFER_TO_PLACE' },
    );
  }
}

/** One placement per offer: a declined or cancelled one makes room for a new proposal. */
export class OfferAlreadyPlacedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'This offer already has a placement. Change that placement instead, or cancel it first.',
        nl: 'Van dit aanbod is al een plaatsing gemaakt. Wijzig die plaatsing, of annuleer haar eerst.',
      },
      { reason: 'OFFER_ALREADY_PLACED' },
    );
  }
}

/** Notes are for a quarter that has begun: this one, or the one before while its review is held. */
export class ReviewNotesQuarterError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Notes can be written for the current quarter or the previous one, named by its first day (1 January, 1 April, 1 July or 1 October).',
        nl: 'Notities kunnen voor het huidige of het vorige kwartaal worden geschreven, aangeduid met de eerste dag (1 januari, 1 april, 1 juli of 1 oktober).',
      },
      { field: 'quarterStart', reason: 'REVIEW_NOTES_QUARTER' },
    );
  }
}

/** A note needs at least one of its three parts. */
export class EmptyReviewNotesError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Write at least one of successes, bottlenecks or challenges.',
        nl: 'Schrijf ten minste één van: successen, knelpunten of uitdagingen.',
      },
      { field: 'successes', reason: 'EMPTY_REVIEW_NOTES' },
    );
  }
}

/** Only the asker (or the region's team) turns an offer into a placement; the member that offered agrees to it. */
export class NotTheAskerError extends ForbiddenError {
  constructor() {
    super(
      {
        en: 'Only the HR lead who asked (or the mobility team) turns an offer into a placement. The member that offered agrees to the placement afterwards.',
        nl: 'Alleen de HR-lead die de hulpvraag stelde (of het mobiliteitsteam) maakt van een aanbod een plaatsing. Het lid dat het aanbod deed, stemt daarna in met de plaatsing.',
      },
      { reason: 'NOT_THE_ASKER' },
    );
  }
}

/** An offer that became a placement is not answered again: the placement's lifecycle changes or ends it. */
export class AnswerHasPlacementError extends ConflictError {
  constructor() {
    super(
      {
        en: 'Your offer became a placement. Change or cancel the placement instead of answering again.',
        nl: 'Van je aanbod is een plaatsing gemaakt. Wijzig of annuleer de plaatsing in plaats van opnieuw te antwoorden.',
      },
      { reason: 'ANSWER_HAS_PLACEMENT' },
    );
  }
}
