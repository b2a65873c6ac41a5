/** The mobility team's pages: one chunk, loaded by team-routes.tsx when a mobility team member opens the app. */
import { allocationEn } from '@web/i18n/areas/allocation.en';
import { allocationNl } from '@web/i18n/areas/allocation.nl';
import { teamEn } from '@web/i18n/areas/team.en';
import { teamNl } from '@web/i18n/areas/team.nl';
import { addRoleTexts } from '@web/i18n/i18n';

addRoleTexts({
  nl: { team: teamNl, allocation: allocationNl },
  en: { team: teamEn, allocation: allocationEn },
});

export { AllocationPage } from './allocation-page';
export { TeamAuditPage } from './audit-page';
export { TeamLedgerPage } from './ledger-page';
export { TeamPlacementsPage } from './placements-page';
export { PrivacyPage } from './privacy-page';
export { RegionPage } from './region-page';
export { SessionPage } from './session-page';
export { SessionsPage } from './sessions-page';
