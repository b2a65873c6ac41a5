// Imports nothing, so the start-up script can read it before i18next has loaded (see main.tsx).

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'werkbrug.language';

/** The language this browser chose last; Dutch unless it chose English. */
export function storedLanguage(): Language {
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
}

export function storeLanguage(language: string): void {
  window.localStorage.setItem(STORAGE_KEY, language);
}
