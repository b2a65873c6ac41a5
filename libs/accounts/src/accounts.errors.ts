import { ConflictError, InvalidInputError, NotAuthenticatedError } from '@werkbrug/core';

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
