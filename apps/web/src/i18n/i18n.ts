import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'werkbrug.language';

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

function storedLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

/** Dutch unless the user chose English; no fallback, so a missing English text shows its key and fails tests. */
export async function setUpI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: false,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    window.localStorage.setItem(STORAGE_KEY, language);
  });
}

export function currentLanguage(language: string): Language {
  return language === 'en' ? 'en' : 'nl';
}
