/** The mobility plan pages, one chunk shared by HR leads, the mobility team and job seekers. */
import { addMobilityPlanTexts } from './mobility-plan-texts';

addMobilityPlanTexts();

export { MobilityPlansPage } from './mobility-plans-page';
export { MobilityPlanPage } from './mobility-plan-page';
