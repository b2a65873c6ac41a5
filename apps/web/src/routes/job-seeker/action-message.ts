import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { errorCode } from '@web/graphql/errors';
import { currentLanguage } from '@web/i18n/i18n';

/** Refusals the person can act on (already withdrawn, not possible now) keep the gateway's own bilingual words. */
const EXPLAINED = new Set(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND']);

export function actionMessage(error: CombinedError, language: string, t: TFunction): string {
  const first = error.graphQLErrors[0];
  const dutch = first?.extensions.messageNl;
  if (!first || !EXPLAINED.has(errorCode(error) ?? '') || typeof dutch !== 'string')
    return t(error.networkError ? 'errors.network' : 'errors.generic');
  return currentLanguage(language) === 'nl' ? dutch : first.message;
}
