import { Route } from 'react-router';
import { ADMIN_PATHS } from './admin-paths';
import { AdminAuditPage } from './audit-page';
import { StaffAccountsPage } from './staff-accounts-page';

/** The administrator's routes, as elements for the app's <Routes>. */
export function adminRoutes() {
  return (
    <>
      <Route path={ADMIN_PATHS.staffAccounts} element={<StaffAccountsPage />} />
      <Route path={ADMIN_PATHS.audit} element={<AdminAuditPage />} />
    </>
  );
}
