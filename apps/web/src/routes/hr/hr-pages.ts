/** The HR lead's pages: one chunk, loaded by hr-routes.tsx when an HR lead opens the app. */
import { hrEn } from '@web/i18n/areas/hr.en';
import { hrNl } from '@web/i18n/areas/hr.nl';
import { addRoleTexts } from '@web/i18n/i18n';

addRoleTexts({ nl: { hr: hrNl }, en: { hr: hrEn } });

export { CandidateDetailPage } from './candidate-detail-page';
export { CandidateEditPage } from './candidate-edit-page';
export { CandidateNewPage } from './candidate-new-page';
export { CandidatesPage } from './candidates-page';
export { LedgerPage } from './ledger-page';
export { PlacementDetailPage } from './placement-detail-page';
export { ChangePlacementTermsPage, ProposePlacementPage } from './placement-terms-pages';
export { PlacementsPage } from './placements-page';
export { VacanciesPage } from './vacancies-page';
export { VacancyEditPage } from './vacancy-edit-page';
export { VacancyMatchesPage } from './vacancy-matches-page';
export { VacancyNewPage } from './vacancy-new-page';
