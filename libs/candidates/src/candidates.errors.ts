import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@werkbrug/core';
import { CandidateStatus } from './candidate.enums';

export class CandidateNotFoundError extends NotFoundError {
  constructor() {
    super('Candidate', 'Kandidaat');
  }
}

export class StaleCandidateVersionError extends ConflictError {
  constructor(current: number) {
    super(
      {
        en: 'This profile was changed by someone else in the meantime. Reload it and try again.',
        nl: 'Dit profiel is intussen door iemand anders gewijzigd. Laad het opnieuw en probeer het nog eens.',
      },
      { currentVersion: current, reason: 'CANDIDATE_VERSION_STALE' },
    );
  }
}

export class InvalidStatusTransitionError extends ConflictError {
  constructor(from: CandidateStatus | string, to: CandidateStatus | string) {
    super(
      {
        en: `A profile cannot go from ${from} to ${to}.`,
        nl: `Een profiel kan niet van ${from} naar ${to}.`,
      },
      { from, to, reason: 'CANDIDATE_STATUS_TRANSITION_INVALID' },
    );
  }
}

export class ConsentRequiredError extends ConflictError {
  constructor() {
    super(
      {
        en: 'A profile can only be activated (shared with other employers) after the candidate has given consent.',
        nl: 'Een profiel kan pas actief worden (gedeeld met andere werkgevers) als de kandidaat toestemming heeft gegeven.',
      },
      { reason: 'CANDIDATE_CONSENT_REQUIRED' },
    );
  }
}

export class InvalidHoursRangeError extends InvalidInputError {
  constructor(field: string) {
    super(
      {
        en: 'Minimum hours must not exceed maximum hours.',
        nl: 'Het minimum aantal uren mag niet hoger zijn dan het maximum.',
      },
      { field, reason: 'CANDIDATE_HOURS_RANGE_INVALID' },
    );
  }
}

/** What is wrong with the employers a profile is shared with; the reason is `SHARING_<problem>`. */
export type SharingProblem =
  'EMPLOYERS_WITHOUT_SELECTION' | 'EMPLOYERS_NOT_DISTINCT' | 'EMPLOYERS_OUTSIDE_REGION';

export class InvalidSharingError extends InvalidInputError {
  constructor(problem: SharingProblem) {
    super(sharingProblemMessage(problem), { field: 'sharedWithEmployerIds', reason: `SHARING_${problem}` });
  }
}

function sharingProblemMessage(problem: SharingProblem): { en: string; nl: string } {
  switch (problem) {
    case 'EMPLOYERS_WITHOUT_SELECTION':
      return {
        en: 'Chosen employers only apply when sharing with selected employers.',
        nl: 'Gekozen werkgevers gelden alleen bij delen met geselecteerde werkgevers.',
      };
    case 'EMPLOYERS_NOT_DISTINCT':
      return { en: 'Choose other employers, each once.', nl: 'Kies andere werkgevers, elk één keer.' };
    case 'EMPLOYERS_OUTSIDE_REGION':
      return {
        en: 'Profiles can only be shared with employers in the same region.',
        nl: 'Profielen kunnen alleen worden gedeeld met werkgevers in dezelfde regio.',
      };
  }
}

/** An HR lead answering for a candidate who has claimed an account (see acting-for-candidate.ts). */
export class CandidateAnswersThemselfError extends ForbiddenError {
  constructor() {
    super(
      {
        nl: 'De kandidaat heeft een eigen account en beantwoordt dit zelf in Werkbrug.',
        en: 'The candidate has their own account and answers this themselves in Werkbrug.',
      },
      { reason: 'CANDIDATE_ANSWERS_THEMSELF' },
    );
  }
}

/**
 * Someone who sees the anonymised profile asks who the person is, without the consent that would tell them. Not
 * NOT_FOUND: they just read the profile, so "not found" would be untrue; nothing is said beyond what they see.
 */
export class IdentityNeedsConsentError extends ForbiddenError {
  constructor(employer: boolean) {
    super(
      employer
        ? {
            nl: 'Deze kandidaat heeft (nog) geen toestemming gegeven om aan jullie te worden voorgesteld. Pas daarna kun je zien wie het is; laat via de match weten dat jullie interesse hebben.',
            en: 'This candidate has not (yet) consented to be introduced to you. Only then can you see who they are; show your interest through the match.',
          }
        : {
            nl: 'Wie de kandidaat is, zien alleen de eigen werkgever en werkgevers aan wie de kandidaat met toestemming is voorgesteld.',
            en: 'Who the candidate is, only their own employer and employers they consented to be introduced to can see.',
          },
      { reason: employer ? 'IDENTITY_NEEDS_CONSENT' : 'IDENTITY_NOT_FOR_ROLE' },
    );
  }
}

/** An HR lead giving consent for the candidate without recording it as a statement. */
export class ConsentNeedsStatementError extends ForbiddenError {
  constructor() {
    super(
      {
        nl:
          'Toestemming namens de kandidaat leg je vast als verklaring: hoe en wanneer die is gegeven, met de ' +
          'toestemmingstekst die je hebt laten zien of voorgelezen.',
        en:
          'Consent on the candidate’s behalf is recorded as a statement: how and when it was given, with the consent ' +
          'text you showed or read out.',
      },
      { reason: 'CONSENT_NEEDS_STATEMENT' },
    );
  }
}

export class ProfileNotSharedError extends ConflictError {
  constructor() {
    super(
      {
        nl: 'Het profiel wordt niet gedeeld; geef eerst toestemming om het profiel te delen.',
        en: 'The profile is not shared; give consent to share the profile first.',
      },
      { reason: 'PROFILE_NOT_SHARED' },
    );
  }
}

/**
 * Consent named a text that has changed since: `toCandidate` when the candidate answers themself, else the HR
 * lead is told to show the current text.
 */
export class ConsentTextChangedError extends ConflictError {
  constructor(currentVersion: string, toCandidate = false) {
    super(
      toCandidate
        ? {
            nl: 'De toestemmingstekst is veranderd. Lees de huidige tekst en geef dan opnieuw toestemming.',
            en: 'The consent text has changed. Read the current text, then give your consent again.',
          }
        : {
            nl: 'De toestemmingstekst is veranderd. Laat de kandidaat de huidige tekst zien of lees die voor.',
            en: 'The consent text has changed. Show or read out the current text to the candidate.',
          },
      { field: 'textVersion', currentVersion, reason: 'CONSENT_TEXT_CHANGED' },
    );
  }
}

export class ConsentAlreadyWithdrawnError extends ConflictError {
  constructor() {
    super(
      {
        nl: 'Deze toestemming is al ingetrokken of vervangen.',
        en: 'This consent has already been withdrawn or replaced.',
      },
      { reason: 'CONSENT_ALREADY_WITHDRAWN' },
    );
  }
}

export class ConsentStatementRevokedOnlyByCandidateError extends ForbiddenError {
  constructor() {
    super(
      {
        nl: 'Alleen de kandidaat kan een toestemming intrekken die namens hem of haar is vastgelegd.',
        en: 'Only the candidate can revoke consent recorded on their behalf.',
      },
      { reason: 'CONSENT_STATEMENT_REVOKED_ONLY_BY_CANDIDATE' },
    );
  }
}

export class ConsentStatementAlreadyRevokedError extends ConflictError {
  constructor() {
    super(
      { nl: 'Deze toestemming is al ingetrokken.', en: 'This consent has already been revoked.' },
      { reason: 'CONSENT_STATEMENT_ALREADY_REVOKED' },
    );
  }
}

export class InvalidConsentDateError extends InvalidInputError {
  constructor() {
    super(
      {
        nl: 'Geef de datum waarop de kandidaat toestemming gaf: niet in de toekomst en niet langer dan een jaar geleden.',
        en: 'Give the date the candidate gave consent: not in the future and not more than a year ago.',
      },
      { field: 'givenOn', reason: 'CONSENT_DATE_INVALID' },
    );
  }
}

export class IdentityPurposeRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Say why you need to see this identity.',
        nl: 'Geef aan waarom je deze identiteit wilt inzien.',
      },
      { field: 'purpose', reason: 'IDENTITY_PURPOSE_REQUIRED' },
    );
  }
}

export class IdentityNameRequiredError extends InvalidInputError {
  constructor() {
    super(
      { en: 'Give a name.', nl: 'Geef een naam.' },
      { field: 'fullName', reason: 'IDENTITY_NAME_REQUIRED' },
    );
  }
}
