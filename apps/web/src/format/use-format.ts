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

/**
 * One set of formatters per language for the whole app, made when first used: building an Intl formatter costs a
 * millisecond or more (it loads the locale's data), and a page of cards would otherwise build three per card.
 */
const formattersByLocale = new Map<string, Formatters>();

function formattersFor(locale: string): Formatters {
  const known = formattersByLocale.get(locale);
  if (known) return known;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
  const calendarDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (maximumFractionDigits: number) => {
    let format = numbers.get(maximumFractionDigits);
    if (!format)
      numbers.set(maximumFractionDigits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits })));
    return format;
  };
  const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
  const formatters: Formatters = {
    date: (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? calendarDate.format(new Date(`${value}T00:00:00Z`))
        : date.format(toDate(value)),
    dateTime: (value) => dateTime.format(toDate(value)),
    number: (value, maximumFractionDigits = 0) => numberFormat(maximumFractionDigits).format(value),
  };
  formattersByLocale.set(locale, formatters);
  return formatters;
}

/** Dates and numbers in the user's language (nl-NL or en-GB). Calendar dates (YYYY-MM-DD) stay that day. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(LOCALES[currentLanguage(i18n.language)]);
}
