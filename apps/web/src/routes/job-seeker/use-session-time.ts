import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@web/i18n/i18n';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

/**
 * Clock times of a session in the session's own zone (its region's), whatever the device's zone: someone
 * looking from abroad still sees the times on the venue's clock. Dates go through useFormat.
 */
export function useSessionTime(timeZone: string) {
  const { i18n } = useTranslation();
  const locale = LOCALES[currentLanguage(i18n.language)];
  return useMemo(() => {
    const clock = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
    return {
      time: (value: string) => clock.format(new Date(value)),
      range: (from: string, to: string) => clock.formatRange(new Date(from), new Date(to)),
    };
  }, [locale, timeZone]);
}
