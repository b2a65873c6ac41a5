import { NotFoundError } from '@werkbrug/core';

export class PlacementNotFoundError extends NotFoundError {
  constructor() {
    super('Placement', 'Plaatsing');
  }
}
