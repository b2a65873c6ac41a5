import { useTranslation } from 'react-i18next';
import { mobilityPlanEn } from '@web/i18n/areas/mobility-plan.en';
import { mobilityPlanNl } from '@web/i18n/areas/mobility-plan.nl';
import { currentLanguage } from '@web/i18n/i18n';

/** The plan catalogue of the current language, and a picker for the plan's own texts in both languages. */
export function usePlanText() {
  const { i18n } = useTranslation();
  const english = currentLanguage(i18n.language) === 'en';
  return {
    text: english ? mobilityPlanEn : mobilityPlanNl,
    pick: (value: { nl: string; en: string }) => (english ? value.en : value.nl),
  };
}
