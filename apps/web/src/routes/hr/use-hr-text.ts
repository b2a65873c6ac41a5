import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@web/i18n/i18n';
import { hrEn } from '@web/i18n/areas/hr.en';
import { hrNl } from '@web/i18n/areas/hr.nl';

/**
 * The HR catalogue of the current language, for labels looked up by an enum value the compiler cannot turn into
 * a translation key (option lists). Everything else goes through `t`.
 */
export function useHrText() {
  const { i18n } = useTranslation();
  return currentLanguage(i18n.language) === 'en' ? hrEn : hrNl;
}
