import { ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from '@werkbrug/core';
import { ValidateIf } from 'class-validator';

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

/** class-validator failures become BAD_USER_INPUT with every failing field listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
