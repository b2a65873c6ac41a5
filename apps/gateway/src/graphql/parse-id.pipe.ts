import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '@werkbrug/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_IDS = 500;

function invalid(field: string): InvalidInputError {
  return new InvalidInputError({ en: 'This is not a valid id.', nl: 'Dit is geen geldige id.' }, { field });
}

export function parseId(value: unknown, field: string): string {
  if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
  throw invalid(field);
}

/**
 * IDs are UUIDs; anything else is a client mistake, reported on the argument rather than as a database error.
 * Works for one id and for a list of ids (`ids: [ID!]!`).
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string | string[]> {
  transform(value: unknown, metadata?: ArgumentMetadata): string | string[] {
    const field = metadata?.data ?? 'id';
    if (!Array.isArray(value)) return parseId(value, field);
    if (value.length > MAX_IDS)
      throw new InvalidInputError(
        { en: `Give at most ${MAX_IDS} ids.`, nl: `Geef hoogstens ${MAX_IDS} ids.` },
        { field },
      );
    return value.map((item) => parseId(item, field));
  }
}

/**
 * For optional id parameters (`?candidateId=` of HTTP routes, nullable GraphQL arguments): absent (or null) stays
 * absent, anything else must be an id.
 */
@Injectable()
export class ParseOptionalIdPipe implements PipeTransform<unknown, string | undefined> {
  transform(value: unknown, metadata?: ArgumentMetadata): string | undefined {
    if (value === undefined || value === null) return undefined;
    return parseId(value, metadata?.data ?? 'id');
  }
}
