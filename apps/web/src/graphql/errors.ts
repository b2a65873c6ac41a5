import type { CombinedError } from 'urql';
import { currentLanguage } from '@web/i18n/i18n';

/** The gateway's stable error code of the first GraphQL error, if any. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The gateway's own message in the user's language (it sends English and Dutch), for errors the user can act
 * on; undefined for faults, which the caller shows as a generic message.
 */
export function userMessage(error: CombinedError | undefined, language: string): string | undefined {
  const first = error?.graphQLErrors[0];
  if (!first || errorCode(error) !== 'BAD_USER_INPUT') return undefined;
  const dutch = first.extensions.messageNl;
  return currentLanguage(language) === 'nl' && typeof dutch === 'string' ? dutch : first.message;
}
