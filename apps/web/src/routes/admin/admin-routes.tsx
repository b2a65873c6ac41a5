import { Route } from 'react-router';
import { lazyPages } from '@web/routes/lazy-pages';
import { ADMIN_PATHS } from './admin-paths';

const page = lazyPages(() => import('./admin-pages'));
const StaffAccountsPage = page('StaffAccountsPage');
const EmployersPage = page('EmployersPage');
const RegionsPage = page('RegionsPage');
const AdminAuditPage = page('AdminAuditPage');

/** The administrator's routes, as elements for the app's <Routes>. */
export function adminRoutes() {
  return (
    <>
      <Route path={ADMIN_PATHS.staffAccounts} element={<StaffAccountsPage />} />
      <Route path={ADMIN_PATHS.employers} element={<EmployersPage />} />
      <Route path={ADMIN_PATHS.regions} element={<RegionsPage />} />
      <Route path={ADMIN_PATHS.audit} element={<AdminAuditPage />} />
    </>
  );
}
