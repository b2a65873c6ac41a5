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
      { currentVersion: current, reason: 'VACANCY_VERSION_STALE' },
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
      { from, to, reason: 'VACANCY_STATUS_TRANSITION_INVALID' },
    );
  }
}

export class InvalidVacancyInputError extends InvalidInputError {}

export class VacancyHoursRangeError extends InvalidVacancyInputError {
  constructor() {
    super(
      {
        en: 'Minimum hours must not exceed maximum hours.',
        nl: 'Het minimum aantal uren mag niet hoger zijn dan het maximum.',
      },
      { field: 'hoursMin', reason: 'VACANCY_HOURS_RANGE_INVALID' },
    );
  }
}

export class SkillInSeveralListsError extends InvalidVacancyInputError {
  constructor() {
    super(
      { en: 'Each skill belongs in one list only.', nl: 'Elke vaardigheid hoort in maar één lijst.' },
      { field: 'requiredSkillIds', reason: 'VACANCY_SKILL_IN_SEVERAL_LISTS' },
    );
  }
}

/**
 * The one answer to a refused request about a vacancy: NOT_FOUND when the viewer may not see it (it answers like
 * a random id), FORBIDDEN when they see it but may not do this.
 */
export function requireVacancyAccess<T>(seen: T | null | undefined, allowed: (vacancy: T) => boolean): T {
  if (seen === null || seen === undefined) throw new VacancyNotFoundError();
  if (!allowed(seen)) throw new ForbiddenError();
  return seen;
}
