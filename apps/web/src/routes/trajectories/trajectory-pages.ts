/** The trajectory pages, one chunk shared by the mobility team, external counsellors, HR leads and job seekers. */
import { trajectoryEn } from '@web/i18n/areas/trajectory.en';
import { trajectoryNl } from '@web/i18n/areas/trajectory.nl';
import { addRoleTexts } from '@web/i18n/i18n';

addRoleTexts({ nl: { trajectory: trajectoryNl }, en: { trajectory: trajectoryEn } });

export { TrajectoriesPage } from './trajectories-page';
export { TrajectoryPage } from './trajectory-page';
export { OutcomeFiguresPage } from './outcome-figures-page';
