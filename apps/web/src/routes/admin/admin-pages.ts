/** The administrator's pages: one chunk, loaded by admin-routes.tsx when an administrator opens the app. */
import { adminEn } from '@web/i18n/areas/admin.en';
import { adminNl } from '@web/i18n/areas/admin.nl';
import { teamEn } from '@web/i18n/areas/team.en';
import { teamNl } from '@web/i18n/areas/team.nl';
import { addRoleTexts } from '@web/i18n/i18n';

// The audit trail, shared with the mobility team, reads its texts from the team's catalogue.
addRoleTexts({ nl: { admin: adminNl, team: teamNl }, en: { admin: adminEn, team: teamEn } });

export { AdminAuditPage } from './audit-page';
export { EmployersPage } from './employers-page';
export { RegionsPage } from './regions-page';
export { StaffAccountsPage } from './staff-accounts-page';
