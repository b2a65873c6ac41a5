import { Injectable, PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '@werkbrug/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else is a client mistake, reported on the argument rather than as a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
    throw new InvalidInputError(
      { en: 'This is not a valid id.', nl: 'Dit is geen geldige id.' },
      { field: 'id' },
    );
  }
}
