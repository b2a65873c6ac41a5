import { ConflictError, InvalidInputError, NotFoundError } from '@werkbrug/core';
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
      { currentVersion: current },
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
      { from, to },
    );
  }
}

export class ConsentRequiredError extends ConflictError {
  constructor() {
    super({
      en: 'A profile can only be activated (shared with other employers) after the candidate has given consent.',
      nl: 'Een profiel kan pas actief worden (gedeeld met andere werkgevers) als de kandidaat toestemming heeft gegeven.',
    });
  }
}

export class InvalidHoursRangeError extends InvalidInputError {
  constructor(field: string) {
    super(
      {
        en: 'Minimum hours must not exceed maximum hours.',
        nl: 'Het minimum aantal uren mag niet hoger zijn dan het maximum.',
      },
      { field },
    );
  }
}

export class InvalidSharingError extends InvalidInputError {
  constructor(localised: { en: string; nl: string }) {
    super(localised, { field: 'sharedWithEmployerIds' });
  }
}
