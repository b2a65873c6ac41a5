import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';

import { LANGUAGES, storedLanguage, storeLanguage, type Language } from './stored-language';

export { LANGUAGES, type Language } from './stored-language';

type Texts = Record<string, unknown>;

const roleTexts: Record<Language, Texts>[] = [];

/** Dutch comes with the app; English, with the texts of the roles loaded so far, when someone chooses it. */
const languageLoader: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const texts = language === 'en' ? import('./en').then(({ en }) => en) : Promise.resolve(nl);
    texts.then(
      (shell) => {
        const merged: Texts = { ...shell };
        for (const role of roleTexts) Object.assign(merged, role[currentLanguage(language)]);
        callback(null, merged);
      },
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * Dutch unless the user chose English; no fallback, so a missing text shows its key. It is also reported on the
 * console, where the every-route browser check fails on it.
 */
export async function setUpI18n(): Promise<void> {
  await i18next
    .use(languageLoader)
    .use(initReactI18next)
    .init({
      resources: { nl: { translation: nl } },
      partialBundledLanguages: true,
      lng: storedLanguage(),
      fallbackLng: false,
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false },
      saveMissing: true,
      missingKeyHandler: reportMissingText,
    });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    storeLanguage(language);
  });
}

/**
 * A staff role's texts, added by its pages when they load (so no one downloads another role's texts), in both
 * languages: switching language then needs nothing more than the shell's English.
 */
export function addRoleTexts(texts: Record<Language, Texts>): void {
  roleTexts.push(texts);
  for (const language of LANGUAGES) {
    if (i18next.hasResourceBundle(language, 'translation')) {
      i18next.addResourceBundle(language, 'translation', texts[language], true, true);
    }
  }
}

export const MISSING_TEXT_MARKER = '[werkbrug] missing text';

function reportMissingText(languages: readonly string[], _namespace: string, key: string): void {
  console.error(`${MISSING_TEXT_MARKER} "${key}" in ${languages.join(', ')}`);
}

export function currentLanguage(language: string): Language {
  return language === 'en' ? 'en' : 'nl';
}
