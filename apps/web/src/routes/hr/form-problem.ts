import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { currentLanguage } from '@web/i18n/i18n';

/** What a refused save means for the form: messages per field, and what the user can do next. */
export interface FormProblem {
  /** Keyed by the field path the gateway names (`sketchStrengths`, `strengths.0.evidenceNote`, `identity.phone`). */
  fields: Record<string, string>;
  /** For the whole form: a conflict, a refusal, a fault, or a field the form does not show. */
  general?: string;
  /** The privacy guard took a word for a person's name: the user may confirm it is none and save again. */
  possibleName?: boolean;
  /** Someone else saved in between: the version stored now, to save over it on purpose. */
  currentVersion?: number;
}

/** The gateway's own message (it sends Dutch and English) for domain errors; undefined for faults. */
export function serverMessage(error: CombinedError | undefined, language: string): string | undefined {
  const first = error?.graphQLErrors[0];
  const dutch = first?.extensions.messageNl;
  if (!first || typeof dutch !== 'string' || first.extensions.code === 'INTERNAL_SERVER_ERROR')
    return undefined;
  return currentLanguage(language) === 'nl' ? dutch : first.message;
}

/** A refused action's message for the user: the gateway's own where it has one. */
export function actionMessage(error: CombinedError, t: TFunction, language: string): string {
  if (error.networkError) return t('errors.network');
  return serverMessage(error, language) ?? t('errors.generic');
}

/**
 * Turns a refused mutation into field messages. `labelOf` names the fields the form shows; the gateway's
 * message quotes the field's technical path, which becomes the label the user sees.
 */
export function formProblem(
  error: CombinedError,
  t: TFunction,
  language: string,
  labelOf: (field: string) => string | undefined,
): FormProblem {
  const first = error.graphQLErrors[0];
  const extensions = first?.extensions ?? {};
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  const listed = Array.isArray(extensions.fields) ? (extensions.fields as { field: string }[]) : [];
  const message = serverMessage(error, language);
  if (extensions.code === 'CONFLICT' && typeof extensions.currentVersion === 'number')
    return { fields: {}, general: message, currentVersion: extensions.currentVersion };
  if (extensions.code !== 'BAD_USER_INPUT' || (!field && listed.length === 0))
    return { fields: {}, general: message ?? actionMessage(error, t, language) };
  if (listed.length > 0) {
    const shown = listed.filter((f) => labelOf(f.field) !== undefined);
    return {
      fields: Object.fromEntries(shown.map((f) => [f.field, t('hr.form.invalidValue')])),
      general: shown.length === listed.length ? undefined : t('hr.form.invalidHidden'),
    };
  }
  const label = field && labelOf(field);
  const text = (message ?? t('hr.form.invalidValue')).replace(`"${field}"`, `"${label ?? ''}"`);
  return {
    fields: label ? { [field]: text } : {},
    general: label ? undefined : text,
    possibleName: extensions.confirmable === true,
  };
}
