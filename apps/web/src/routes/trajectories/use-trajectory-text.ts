import { useTranslation } from 'react-i18next';
import { trajectoryEn } from '@web/i18n/areas/trajectory.en';
import { trajectoryNl } from '@web/i18n/areas/trajectory.nl';
import { currentLanguage } from '@web/i18n/i18n';

/** The trajectory catalogue of the current language, for option lists built from enum labels. */
export function useTrajectoryText() {
  const { i18n } = useTranslation();
  return currentLanguage(i18n.language) === 'en' ? trajectoryEn : trajectoryNl;
}

export { regionToday } from '@web/format/region-today';
