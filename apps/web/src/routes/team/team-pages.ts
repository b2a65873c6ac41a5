/** The mobility team's pages: one chunk, loaded by team-routes.tsx when a mobility team member opens the app. */
import { adminEn } from '@web/i18n/areas/admin.en';
import { adminNl } from '@web/i18n/areas/admin.nl';
import { allocationEn } from '@web/i18n/areas/allocation.en';
import { allocationNl } from '@web/i18n/areas/allocation.nl';
import { teamEn } from '@web/i18n/areas/team.en';
import { teamNl } from '@web/i18n/areas/team.nl';
import { addRoleTexts } from '@web/i18n/i18n';

// The staff accounts page, shared with administrators, reads its texts from the administrator's catalogue.
addRoleTexts({
  nl: { team: teamNl, allocation: allocationNl, admin: adminNl },
  en: { team: teamEn, allocation: allocationEn, admin: adminEn },
});

export { AllocationPage } from './allocation-page';
export { TeamAuditPage } from './audit-page';
export { TeamLedgerPage } from './ledger-page';
export { TeamPlacementsPage } from './placements-page';
export { PrivacyPage } from './privacy-page';
export { RegionPage } from './region-page';
export { SessionPage } from './session-page';
export { SessionsPage } from './sessions-page';
export { StaffAccountsPage } from '@web/routes/admin/staff-accounts-page';
