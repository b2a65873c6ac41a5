import { ConflictError, ForbiddenError, NotFoundError } from '@werkbrug/core';

export class EmployerNameTakenError extends ConflictError {
  constructor() {
    super(
      {
        en: 'An employer with this name already participates in this region.',
        nl: 'Er doet al een werkgever met deze naam mee in deze regio.',
      },
      { field: 'name', reason: 'EMPLOYER_NAME_TAKEN' },
    );
  }
}

/**
 * The one answer to a refused request about an employer: NOT_FOUND when the viewer may not see it (another
 * region's employer answers like a random id), FORBIDDEN when they see it but may not do this.
 */
export function requireEmployerAccess<T>(seen: T | null | undefined, allowed: (employer: T) => boolean): T {
  if (seen === null || seen === undefined) throw new NotFoundError('Employer', 'Werkgever');
  if (!allowed(seen)) throw new ForbiddenError();
  return seen;
}
