import { ConflictError, ForbiddenError, InvalidInputError, NotAuthenticatedError } from '@werkbrug/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from './password-policy';

export class InvalidCredentialsError extends NotAuthenticatedError {
  constructor() {
    super(
      { en: 'E-mail address or password is incorrect.', nl: 'E-mailadres of wachtwoord is onjuist.' },
      { reason: 'INVALID_CREDENTIALS' },
    );
  }
}

export class InvalidInvitationError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'This invitation code is not valid, has expired or has already been used.',
        nl: 'Deze uitnodigingscode is ongeldig, verlopen of al gebruikt.',
      },
      { field: 'code', reason: 'INVITATION_INVALID' },
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
      { field: 'email', reason: 'EMAIL_ALREADY_REGISTERED' },
    );
  }
}

export class CandidateAlreadyHasAccountError extends ConflictError {
  constructor() {
    super(
      {
        en: 'This candidate already has a job seeker account.',
        nl: 'Deze kandidaat heeft al een account als werkzoekende.',
      },
      { reason: 'CANDIDATE_ALREADY_HAS_ACCOUNT' },
    );
  }
}

export class InvitationNeedsEmailError extends InvalidInputError {
  constructor() {
    super(
      {
        en: "Add the candidate's own e-mail address to their identity first: the invitation code is mailed to them, not to you.",
        nl: 'Vul eerst het eigen e-mailadres van de kandidaat in bij de identiteit: de uitnodigingscode wordt naar de kandidaat gemaild, niet naar jou.',
      },
      { field: 'candidateId', reason: 'INVITATION_NEEDS_EMAIL' },
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
      { field: 'email', reason: 'INVITATION_ADDRESS_MISMATCH' },
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
      { field: 'code', reason: 'ACTIVATION_CODE_INVALID' },
    );
  }
}

/** The second person must be independent of the requester, not an account the requester made or approved. */
export class ApproverVouchedForByRequesterError extends ForbiddenError {
  constructor() {
    super(
      {
        en: 'You cannot approve this request: your own account was requested or approved by the same person. Another person has to approve it.',
        nl: 'Je kunt deze aanvraag niet goedkeuren: je eigen account is aangevraagd of goedgekeurd door dezelfde persoon. Een ander moet hem goedkeuren.',
      },
      { reason: 'APPROVER_VOUCHED_FOR_BY_REQUESTER' },
    );
  }
}

export class AccountAlreadyActivatedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'This account has already been activated, or was never given an activation code.',
        nl: 'Dit account is al geactiveerd, of heeft nooit een activeringscode gekregen.',
      },
      { reason: 'ACCOUNT_ALREADY_ACTIVATED' },
    );
  }
}

export class SessionExpiredError extends NotAuthenticatedError {
  constructor() {
    super(
      {
        en: 'Your session is invalid or has expired. Please log in again.',
        nl: 'Je sessie is ongeldig of verlopen. Log opnieuw in.',
      },
      { reason: 'SESSION_INVALID_OR_EXPIRED' },
    );
  }
}

export class AccountNotActiveError extends ConflictError {
  constructor() {
    super(
      { en: 'This account is not active.', nl: 'Dit account is niet actief.' },
      { reason: 'ACCOUNT_NOT_ACTIVE' },
    );
  }
}

export class AccountNotPendingApprovalError extends ConflictError {
  constructor() {
    super(
      { en: 'This account is not awaiting approval.', nl: 'Dit account wacht niet op goedkeuring.' },
      { reason: 'ACCOUNT_NOT_PENDING_APPROVAL' },
    );
  }
}

export class CannotChangeOwnRightsError extends ForbiddenError {
  constructor() {
    super(
      {
        en: 'You cannot change your own role or rights.',
        nl: 'Je kunt je eigen rol of rechten niet wijzigen.',
      },
      { reason: 'CANNOT_CHANGE_OWN_RIGHTS' },
    );
  }
}

export class HrLeadNeedsEmployerError extends InvalidInputError {
  constructor() {
    super(
      { en: 'An HR lead belongs to an employer.', nl: 'Een HR-adviseur hoort bij een werkgever.' },
      { field: 'employerId', reason: 'HR_LEAD_NEEDS_EMPLOYER' },
    );
  }
}

export class MobilityTeamNeedsRegionError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'A mobility team member or counsellor belongs to a region.',
        nl: 'Een mobiliteitsteamlid of re-integratieadviseur hoort bij een regio.',
      },
      { field: 'regionCode', reason: 'MOBILITY_TEAM_NEEDS_REGION' },
    );
  }
}

export class UnknownRegionError extends InvalidInputError {
  constructor() {
    super(
      { en: 'The region does not exist.', nl: 'De regio bestaat niet.' },
      { field: 'regionCode', reason: 'UNKNOWN_REGION' },
    );
  }
}

/** A password the policy refuses; the reason is the problem itself (password-policy.ts), as clients know it. */
export class UnacceptablePasswordError extends InvalidInputError {
  constructor(problem: PasswordProblem) {
    super(passwordProblemMessage(problem), { field: 'password', reason: problem });
  }
}

function passwordProblemMessage(problem: PasswordProblem): { en: string; nl: string } {
  switch (problem) {
    case 'TOO_SHORT':
      return {
        en: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`,
        nl: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`,
      };
    case 'TOO_LONG':
      return {
        en: `Choose a password of at most ${PASSWORD_MAX_LENGTH} characters.`,
        nl: `Kies een wachtwoord van hoogstens ${PASSWORD_MAX_LENGTH} tekens.`,
      };
    case 'CONTAINS_SERVICE_NAME':
      return {
        en: 'Choose a password without the word "Werkbrug" in it.',
        nl: 'Kies een wachtwoord zonder het woord "Werkbrug" erin.',
      };
    case 'CONTAINS_PERSONAL_DETAILS':
      return {
        en: 'Choose a password without your e-mail address or name in it.',
        nl: 'Kies een wachtwoord zonder je e-mailadres of naam erin.',
      };
    case 'TOO_GUESSABLE':
      return {
        en: 'This password is too common or too easy to guess. Try a few unrelated words in a row.',
        nl: 'Dit wachtwoord is te gewoon of te makkelijk te raden. Probeer een paar losse woorden achter elkaar.',
      };
  }
}

/** Mail about news is for the roles that get notifications for their work; job seekers consent to e-mail instead. */
export class NotificationMailNotForRoleError extends ForbiddenError {
  constructor() {
    super(
      {
        en: 'Only HR leads and the mobility team get notifications by e-mail; job seekers choose that under their consents.',
        nl: 'Alleen HR-leads en het mobiliteitsteam krijgen meldingen per e-mail; werkzoekenden kiezen dat bij hun toestemmingen.',
      },
      { reason: 'NOTIFICATION_MAIL_NOT_FOR_ROLE' },
    );
  }
}
