import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nlBe from '@zxcvbn-ts/language-nl-be';
import { UnacceptablePasswordError } from './accounts.errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's scale: 3 is "safely unguessable: moderate protection from an offline slow-hash scenario". */
const MIN_SCORE = 3;
/** Words everyone near Werkbrug would try first. */
const SERVICE_WORDS = ['werkbrug'];

export interface PasswordContext {
  readonly email: string;
  readonly displayName?: string | null;
}

export type PasswordProblem =
  'TOO_SHORT' | 'TOO_LONG' | 'CONTAINS_SERVICE_NAME' | 'CONTAINS_PERSONAL_DETAILS' | 'TOO_GUESSABLE';

// Building the dictionaries takes a moment: once per process, on first use.
let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...nlBe.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    // The estimate's cost grows fast with length and l33t variants (seconds for 128 characters): the first 64
    // characters say enough, and a handful of substitutions catches "p@ssw0rd".
    maxLength: 64,
    l33tMaxSubstitutions: 4,
  });
  return factory;
}

/**
 * What is wrong with a password a person chooses, or null: the length rule, then the words nobody may use
 * (the service's name, their own e-mail address and name), then zxcvbn's estimate against common passwords,
 * English and Dutch words and names, keyboard patterns and dates. Never echoes the password.
 */
export function passwordProblem(password: string, context: PasswordContext): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const folded = fold(password);
  if (SERVICE_WORDS.some((word) => folded.includes(word))) return 'CONTAINS_SERVICE_NAME';
  const personal = personalWords(context);
  if (personal.some((word) => folded.includes(word))) return 'CONTAINS_PERSONAL_DETAILS';
  const result = zxcvbn().check(password, [...personal, ...SERVICE_WORDS]);
  return result.score < MIN_SCORE ? 'TOO_GUESSABLE' : null;
}

/** Throws BAD_USER_INPUT (field `password`, `reason` one of PasswordProblem) when passwordProblem finds one. */
export function assertAcceptablePassword(password: string, context: PasswordContext): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new UnacceptablePasswordError(problem);
}

/**
 * The e-mail address, its local part and the name, whole and in pieces of four or more characters (shorter
 * pieces such as "jan" occur in too many ordinary words; zxcvbn still weighs them).
 */
function personalWords(context: PasswordContext): string[] {
  const email = fold(context.email.trim());
  const local = email.split('@')[0] ?? '';
  const name = fold(context.displayName?.trim() ?? '');
  const pieces = [...local.split(/[^a-z0-9]+/), ...name.split(/[^a-z0-9]+/)];
  const words = [email, local, name.replace(/[^a-z0-9]+/g, ''), ...pieces];
  return [...new Set(words.filter((word) => word.length >= 4))];
}

/** Lower case without accents, so "Wérkbrug" and "WERKBRUG" are "werkbrug". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
