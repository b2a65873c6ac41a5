/** The mobility plan pages, one chunk shared by HR leads, the mobility team and job seekers. */
import { mobilityPlanEn } from '@web/i18n/areas/mobility-plan.en';
import { mobilityPlanNl } from '@web/i18n/areas/mobility-plan.nl';
import { addRoleTexts } from '@web/i18n/i18n';

addRoleTexts({ nl: { mobilityPlan: mobilityPlanNl }, en: { mobilityPlan: mobilityPlanEn } });

export { MobilityPlansPage } from './mobility-plans-page';
export { MobilityPlanPage } from './mobility-plan-page';
