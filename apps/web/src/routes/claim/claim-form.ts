import type { TFunction } from 'i18next';
import { currentLanguage } from '@web/i18n/i18n';
import type { ClaimResult } from '@web/session/session-api';

export interface ClaimValues {
  code: string;
  email: string;
  displayName: string;
  password: string;
}

export type ClaimField = keyof ClaimValues;
export type FieldErrors = Partial<Record<ClaimField, string>>;

const FIELDS: readonly ClaimField[] = ['code', 'email', 'displayName', 'password'];
/** The same limits as the gateway's input checks, so the person reads them in their own language first. */
const LIMITS = { codeMin: 12, codeMax: 20, passwordMin: 12, passwordMax: 128, nameMax: 100 } as const;

export function checkClaim(values: ClaimValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of FIELDS) if (!values[field].trim()) errors[field] = t('jobSeeker.claim.required');
  const code = values.code.trim();
  if (!errors.code && (code.length < LIMITS.codeMin || code.length > LIMITS.codeMax))
    errors.code = t('jobSeeker.claim.codeInvalid');
  if (!errors.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
    errors.email = t('jobSeeker.claim.emailInvalid');
  if (!errors.password && values.password.length < LIMITS.passwordMin)
    errors.password = t('jobSeeker.claim.passwordTooShort');
  if (!errors.password && values.password.length > LIMITS.passwordMax)
    errors.password = t('jobSeeker.claim.passwordTooLong');
  if (!errors.displayName && values.displayName.trim().length > LIMITS.nameMax)
    errors.displayName = t('jobSeeker.claim.displayNameTooLong');
  return errors;
}

export interface ClaimProblem {
  fields: FieldErrors;
  /** For the form as a whole: rate limits and faults. */
  general?: string;
}

/**
 * The gateway names the field of what it refused (the code, an address already registered, the password policy)
 * with a message in both languages; a refusal without one (the input checks) gets the catalogue's.
 */
export function claimProblem(
  result: Exclude<ClaimResult, { outcome: 'ok' }>,
  language: string,
  t: TFunction,
): ClaimProblem {
  if (result.outcome === 'failed')
    return { fields: {}, general: t(result.network ? 'errors.network' : 'errors.generic') };
  const { code, field: rawField, message, messageNl } = result.refusal;
  if (code === 'RATE_LIMITED') return { fields: {}, general: t('jobSeeker.claim.rateLimited') };
  const field = FIELDS.find((name) => rawField?.endsWith(name));
  if (!field || (code !== 'BAD_USER_INPUT' && code !== 'CONFLICT'))
    return { fields: {}, general: t('errors.generic') };
  const own = currentLanguage(language) === 'nl' ? messageNl : message;
  return { fields: { [field]: own ?? t('jobSeeker.claim.fieldInvalid') } };
}
