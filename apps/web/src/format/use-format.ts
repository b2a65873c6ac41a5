import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@web/i18n/i18n';
import { formattersFor, LOCALES, type Formatters } from './formatters';

export { TIME_ZONE, type Formatters } from './formatters';

/** Dates and numbers in the user's language (nl-NL or en-GB). Calendar dates (YYYY-MM-DD) stay that day. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(LOCALES[currentLanguage(i18n.language)]);
}
