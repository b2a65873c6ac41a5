import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@web/i18n/i18n';

/** Werkbrug's regions are Dutch: times are shown in Dutch time whatever the device's zone. */
export const TIME_ZONE = 'Europe/Amsterdam';
const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

export interface Formatters {
  date(value: string | Date): string;
  dateTime(value: string | Date): string;
  number(value: number, maximumFractionDigits?: number): string;
}

/** Dates and numbers in the user's language (nl-NL or en-GB). Calendar dates (YYYY-MM-DD) stay that day. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = LOCALES[currentLanguage(i18n.language)];
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
    const calendarDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    });
    const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
    return {
      date: (value) =>
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? calendarDate.format(new Date(`${value}T00:00:00Z`))
          : date.format(toDate(value)),
      dateTime: (value) => dateTime.format(toDate(value)),
      number: (value, maximumFractionDigits = 0) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value),
    };
  }, [locale]);
}
