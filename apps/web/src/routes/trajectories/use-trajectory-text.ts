import { useTranslation } from 'react-i18next';
import type { CounsellorsQuery } from '@web/graphql/generated/graphql';
import { trajectoryEn } from '@web/i18n/areas/trajectory.en';
import { trajectoryNl } from '@web/i18n/areas/trajectory.nl';
import { currentLanguage } from '@web/i18n/i18n';

/** The trajectory catalogue of the current language, for option lists built from enum labels. */
export function useTrajectoryText() {
  const { i18n } = useTranslation();
  return currentLanguage(i18n.language) === 'en' ? trajectoryEn : trajectoryNl;
}

export { regionToday } from '@web/format/region-today';

/** The counsellor choices of the start and reassign forms: an external one is named as such. */
export function useCounsellorOptions(
  counsellors: CounsellorsQuery['counsellors'] | undefined,
): { value: string; label: string }[] {
  const { t } = useTranslation();
  return (counsellors ?? []).map((c) => ({
    value: c.id,
    label: c.role === 'COUNSELLOR' ? t('trajectory.start.external', { name: c.displayName }) : c.displayName,
  }));
}
