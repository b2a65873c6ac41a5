import { ConflictError, ForbiddenError, InvalidInputError, NotAuthenticatedError } from '@werkbrug/core';

export class InvalidCredentialsError extends NotAuthenticatedError {
  constructor() {
    super({ en: 'E-mail address or password is incorrect.', nl: 'E-mailadres of wachtwoord is onjuist.' });
  }
}

export class InvalidInvitationError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'This invitation code is not valid, has expired or has already been used.',
        nl: 'Deze uitnodigingscode is ongeldig, verlopen of al gebruikt.',
      },
      { field: 'code' },
    );
  }
}

export class EmailAlreadyRegisteredError extends ConflictError {
  constructor() {
    super(
      {
        en: 'An account with this e-mail address already exists.',
        nl: 'Er bestaat al een account met dit e-mailadres.',
      },
      { field: 'email' },
    );
  }
}

export class CandidateAlreadyHasAccountError extends ConflictError {
  constructor() {
    super({
      en: 'This candidate already has a job seeker account.',
      nl: 'Deze kandidaat heeft al een account als werkzoekende.',
    });
  }
}

export class InvitationNeedsEmailError extends InvalidInputError {
  constructor() {
    super(
      {
        en: "Add the candidate's own e-mail address to their identity first: the invitation code is mailed to them, not to you.",
        nl: 'Vul eerst het eigen e-mailadres van de kandidaat in bij de identiteit: de uitnodigingscode wordt naar de kandidaat gemaild, niet naar jou.',
      },
      { field: 'candidateId' },
    );
  }
}

export class InvitationAddressMismatchError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Use the e-mail address this invitation was sent to.',
        nl: 'Gebruik het e-mailadres waar deze uitnodiging naartoe is gestuurd.',
      },
      { field: 'email' },
    );
  }
}

/** Wrong, expired or used activation code, or a code for another address: one answer, nothing to learn from it. */
export class InvalidActivationCodeError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'This activation code is not valid for this e-mail address, has expired or has already been used.',
        nl: 'Deze activeringscode hoort niet bij dit e-mailadres, is verlopen of is al gebruikt.',
      },
      { field: 'code' },
    );
  }
}

/** The second person must be independent of the requester, not an account the requester made or approved. */
export class ApproverVouchedForByRequesterError extends ForbiddenError {
  constructor() {
    super({
      en: 'You cannot approve this request: your own account was requested or approved by the same person. Another person has to approve it.',
      nl: 'Je kunt deze aanvraag niet goedkeuren: je eigen account is aangevraagd of goedgekeurd door dezelfde persoon. Een ander moet hem goedkeuren.',
    });
  }
}

export class AccountAlreadyActivatedError extends ConflictError {
  constructor() {
    super({
      en: 'This account has already been activated, or was never given an activation code.',
      nl: 'Dit account is al geactiveerd, of heeft nooit een activeringscode gekregen.',
    });
  }
}
