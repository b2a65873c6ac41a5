import { applyDecorators } from '@nestjs/common';
import { Args, Field } from '@nestjs/graphql';
import type { PersonalDataCheckOptions } from '@werkbrug/privacy-guard/assert-no-personal-data';
import { IsBoolean, IsOptional } from 'class-validator';

const DESCRIPTION =
  "Set after the user confirmed that the words flagged as a possible personal name are not a person's name (BAD_USER_INPUT with extensions.confirmable).";

/**
 * The privacy guard refuses a likely person's name with `confirmable: true`; a mutation with free text lets the
 * user answer "that is not a name" with this field on its input.
 */
export function ConfirmPossibleNamesField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Boolean, { nullable: true, defaultValue: false, description: DESCRIPTION }),
    IsOptional(),
    IsBoolean(),
  );
}

/** The same confirmation as an argument, for mutations that take their text as scalar arguments. */
export const ConfirmPossibleNames = (): ParameterDecorator =>
  Args('confirmPossibleNames', {
    type: () => Boolean,
    nullable: true,
    defaultValue: false,
    description: DESCRIPTION,
  });

export interface ConfirmsPossibleNames {
  confirmPossibleNames?: boolean | null;
}

export function nameCheck(confirmed: boolean | null | undefined): PersonalDataCheckOptions {
  return { allowPossibleNames: confirmed === true };
}

/** An input without its confirmation, and the confirmation as the guard's options, for services. */
export function splitNameCheck<T extends ConfirmsPossibleNames>(
  input: T,
): [Omit<T, 'confirmPossibleNames'>, PersonalDataCheckOptions] {
  const { confirmPossibleNames, ...fields } = input;
  return [fields, nameCheck(confirmPossibleNames)];
}
