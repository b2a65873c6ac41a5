/**
 * A calendar date (YYYY-MM-DD, no time of day) as people read it in a sentence: "1 maart 2027", "1 March 2027".
 * Formatted at noon UTC so that no time zone moves it to another day.
 */
export function localDateText(isoDate: string, language: 'nl' | 'en'): string {
  return (language === 'nl' ? DATE_NL : DATE_EN).format(new Date(`${isoDate}T12:00:00Z`));
}

const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const DATE_NL = new Intl.DateTimeFormat('nl-NL', options);
const DATE_EN = new Intl.DateTimeFormat('en-GB', options);
