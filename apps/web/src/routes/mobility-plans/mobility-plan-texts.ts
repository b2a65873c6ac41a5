// The plan catalogue, added when a module that shows plan texts loads: the plan pages, and the mobility team's
// region page with its figures of chosen paths.
import { mobilityPlanEn } from '@web/i18n/areas/mobility-plan.en';
import { mobilityPlanNl } from '@web/i18n/areas/mobility-plan.nl';
import { addRoleTexts } from '@web/i18n/i18n';

addRoleTexts({ nl: { mobilityPlan: mobilityPlanNl }, en: { mobilityPlan: mobilityPlanEn } });
