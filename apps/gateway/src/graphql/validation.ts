import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from '@werkbrug/core';
import { ValidateBy, ValidateIf } from 'class-validator';
import { normaliseInput } from './input-text';

interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Every argument of every resolver and HTTP route passes here: its text is normalised first (see normaliseText),
 * then class-validator checks it. Custom parameter decorators (the viewer, the response) are not input.
 */
class InputValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const root = typeof value === 'object' && value !== null && !Array.isArray(value) ? '' : metadata.data;
    return super.transform(normaliseInput(value, root ?? ''), metadata);
  }
}

/** class-validator failures become BAD_USER_INPUT with every failing field listed. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const summary = fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ');
      return new InvalidInputError(
        { en: `Invalid input — ${summary}`, nl: `Ongeldige invoer — ${summary}` },
        { field: fields[0]?.field, fields },
      );
    },
  });
}

/**
 * For fields of partial updates that cannot be empty: leaving the field out keeps the stored value, but null is
 * validated like any other value and so refused (@IsOptional would let null through to the service).
 */
export const IsOptionalNotNull = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);

/**
 * Names and titles must say something: whitespace alone passes a length check but is no name, and the database
 * counts the characters of the trimmed text. `min` is the fewest characters besides surrounding spaces.
 */
export const IsNotBlank = (min = 1): PropertyDecorator =>
  ValidateBy({
    name: 'isNotBlank',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.trim().length >= min,
      defaultMessage: (args) =>
        min === 1
          ? `${args?.property ?? 'value'} must not be blank`
          : `${args?.property ?? 'value'} must have at least ${min} characters besides spaces`,
    },
  });
