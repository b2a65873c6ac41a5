import { mobilityPlanEn } from '@web/i18n/areas/mobility-plan.en';
import { mobilityPlanNl } from '@web/i18n/areas/mobility-plan.nl';
import { addRoleTexts } from '@web/i18n/i18n';

let added = false;

/**
 * Adds the plan catalogue to i18n, once: called by the plan pages' chunk when it loads, and by the mobility team's
 * region page before it shows plan figures. Not a side effect of importing this module: the bundler may put a
 * shared module in a chunk that other pages load, where it would run before i18n is set up.
 */
export function addMobilityPlanTexts(): void {
  if (added) return;
  added = true;
  addRoleTexts({ nl: { mobilityPlan: mobilityPlanNl }, en: { mobilityPlan: mobilityPlanEn } });
}
