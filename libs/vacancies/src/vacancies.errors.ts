import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@werkbrug/core';

export class VacancyNotFoundError extends NotFoundError {
  constructor() {
    super('Vacancy', 'Vacature');
  }
}

export class StaleVacancyVersionError extends ConflictError {
  constructor(current: number) {
    super(
      {
        en: 'This vacancy was changed by someone else in the meantime. Reload it and try again.',
        nl: 'Deze vacature is intussen door iemand anders gewijzigd. Laad haar opnieuw en probeer het nog eens.',
      },
      { currentVersion: current },
    );
  }
}

export class InvalidVacancyStatusTransitionError extends ConflictError {
  constructor(from: string, to: string) {
    super(
      {
        en: `A vacancy cannot go from ${from} to ${to}.`,
        nl: `Een vacature kan niet van ${from} naar ${to}.`,
      },
      { from, to },
    );
  }
}

export class InvalidVacancyInputError extends InvalidInputError {}

/**
 * The one answer to a refused request about a vacancy: NOT_FOUND when the viewer may not see it (it answers like
 * a random id), FORBIDDEN when they see it but may not do this.
 */
export function requireVacancyAccess<T>(seen: T | null | undefined, allowed: (vacancy: T) => boolean): T {
  if (seen === null || seen === undefined) throw new VacancyNotFoundError();
  if (!allowed(seen)) throw new ForbiddenError();
  return seen;
}
