import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '@werkbrug/core';
import { isLocalDate } from './local-date.scalar';

/** HTTP parameters that are dates follow the LocalDate scalar's rule, so both entry points refuse the same input. */
@Injectable()
export class ParseLocalDatePipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata?: ArgumentMetadata): string {
    if (isLocalDate(value)) return value;
    const field = metadata?.data ?? 'date';
    throw new InvalidInputError(
      {
        en: `${field} must be a calendar date written as YYYY-MM-DD.`,
        nl: `${field} moet een datum zijn in de vorm JJJJ-MM-DD.`,
      },
      { field },
    );
  }
}
