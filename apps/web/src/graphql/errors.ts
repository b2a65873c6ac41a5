import type { TFunction } from 'i18next';
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

/** Refusals the person can act on (already withdrawn, not possible now) keep the gateway's own bilingual words. */
const EXPLAINED = new Set(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND']);

export function actionMessage(error: CombinedError, language: string, t: TFunction): string {
  const first = error.graphQLErrors[0];
  const dutch = first?.extensions.messageNl;
  if (!first || !EXPLAINED.has(errorCode(error) ?? '') || typeof dutch !== 'string')
    return t(error.networkError ? 'errors.network' : 'errors.generic');
  return currentLanguage(language) === 'nl' ? dutch : first.message;
}

/**
 * The input fields a BAD_USER_INPUT refusal names, by their path (`date`, `breaks.0.minutes`): one the service
 * names with its own message, or every field the gateway's validation listed. Empty for any other error.
 */
export function refusedFields(error: CombinedError | undefined): string[] {
  const extensions = error?.graphQLErrors[0]?.extensions;
  if (extensions?.code !== 'BAD_USER_INPUT') return [];
  const listed = Array.isArray(extensions.fields) ? (extensions.fields as { field?: unknown }[]) : [];
  const fields = listed.map((f) => f.field).filter((f): f is string => typeof f === 'string');
  if (fields.length > 0) return fields;
  return typeof extensions.field === 'string' ? [extensions.field] : [];
}
