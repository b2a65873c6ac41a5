// Imports nothing, so the start-up script can prepare the formatters before the app has loaded (see main.tsx).

/** Werkbrug's regions are Dutch: times are shown in Dutch time whatever the device's zone. */
export const TIME_ZONE = 'Europe/Amsterdam';
export const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

export interface Formatters {
  date(value: string | Date): string;
  dateTime(value: string | Date): string;
  /** A calendar month from its first day (YYYY-MM-01): "december 2026". */
  month(firstDay: string): string;
  number(value: number, maximumFractionDigits?: number): string;
  /** An amount in euros, to the cent only where it has cents: "€ 12.960", "€ 2.430,50". */
  money(value: number): string;
}

/**
 * One set of formatters per language for the whole app: building the first Intl date formatter in a browser tab
 * costs 40–100 ms (it loads the language's date data), and a page of cards would otherwise build three per card.
 */
const formattersByLocale = new Map<string, Formatters>();

export function formattersFor(locale: string): Formatters {
  const known = formattersByLocale.get(locale);
  if (known) return known;
  // Each Intl formatter is built when first used: a page that shows no date (or shows it a moment later) does not
  // pay for the date data during its first render.
  const date = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE }));
  const calendarDate = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  const month = once(
    () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const dateTime = once(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }),
  );
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (maximumFractionDigits: number) => {
    let format = numbers.get(maximumFractionDigits);
    if (!format)
      numbers.set(maximumFractionDigits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits })));
    return format;
  };
  const euros = once(() => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }));
  const wholeEuros = once(
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  );
  const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
  const formatters: Formatters = {
    date: (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? calendarDate().format(new Date(`${value}T00:00:00Z`))
        : date().format(toDate(value)),
    dateTime: (value) => dateTime().format(toDate(value)),
    month: (firstDay) => month().format(new Date(`${firstDay}T00:00:00Z`)),
    number: (value, maximumFractionDigits = 0) => numberFormat(maximumFractionDigits).format(value),
    money: (value) => (Number.isInteger(value) ? wholeEuros() : euros()).format(value),
  };
  formattersByLocale.set(locale, formatters);
  return formatters;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Builds the formatters while the browser waits for the app's scripts, when its main thread has nothing else to
 * do, instead of in the middle of the first render (where it took about 50 ms of a cold load's critical path on a
 * two-core machine). Where the browser has no idle callbacks, the first render builds them as before.
 */
export function prepareFormattersWhenIdle(locale: string): void {
  // The first date formatter loads the language's date data; the others then take a fraction of a millisecond.
  window.requestIdleCallback?.(() => formattersFor(locale).dateTime(new Date()), { timeout: 2000 });
}
