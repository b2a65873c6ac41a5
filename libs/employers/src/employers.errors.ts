import { ConflictError } from '@werkbrug/core';

export class EmployerNameTakenError extends ConflictError {
  constructor() {
    super(
      {
        en: 'An employer with this name already participates in this region.',
        nl: 'Er doet al een werkgever met deze naam mee in deze regio.',
      },
      { field: 'name' },
    );
  }
}
