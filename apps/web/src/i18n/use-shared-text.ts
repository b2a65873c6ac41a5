import { useTranslation } from 'react-i18next';
import { sharedEn } from '@web/i18n/areas/shared.en';
import { sharedNl } from '@web/i18n/areas/shared.nl';
import { currentLanguage } from '@web/i18n/i18n';

/**
 * The shared catalogue of the current language, for labels looked up by an enum value the compiler cannot turn
 * into a translation key (option lists). Everything else goes through `t`.
 */
export function useSharedText() {
  const { i18n } = useTranslation();
  return currentLanguage(i18n.language) === 'en' ? sharedEn : sharedNl;
}

/** An enum's catalogue labels as options, in the catalogue's order. */
export function enumOptions<T extends Record<string, string>>(labels: T) {
  return Object.entries(labels).map(([value, label]) => ({
    value: value as Extract<keyof T, string>,
    label,
  }));
}
