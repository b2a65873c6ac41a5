import { Route } from 'react-router';
import { lazyPages } from '@web/routes/lazy-pages';
import { staffSharedRoutes } from '@web/routes/shared/staff-shared-routes';
import { mobilityPlanRoutes } from '@web/routes/mobility-plans/mobility-plan-routes';
import { networkRoutes } from '@web/routes/networks/network-routes';
import { trajectoryRoutes } from '@web/routes/trajectories/trajectory-routes';
import { TEAM_PATHS } from './team-paths';

const page = lazyPages(() => import('./team-pages'));
const RegionPage = page('RegionPage');
const AllocationPage = page('AllocationPage');
const SessionsPage = page('SessionsPage');
const SessionPage = page('SessionPage');
const TeamPlacementsPage = page('TeamPlacementsPage');
const TeamLedgerPage = page('TeamLedgerPage');
const PrivacyPage = page('PrivacyPage');
const TeamAuditPage = page('TeamAuditPage');
const StaffAccountsPage = page('StaffAccountsPage');

/** The mobility team's routes, as elements for the app's <Routes> (a component would not be a <Route>). */
export function teamRoutes() {
  return (
    <>
      <Route path={TEAM_PATHS.region} element={<RegionPage />} />
      {staffSharedRoutes('MOBILITY_TEAM')}
      <Route path={TEAM_PATHS.allocation} element={<AllocationPage />} />
      <Route path={TEAM_PATHS.sessions} element={<SessionsPage />} />
      <Route path="/team/sessions/:sessionId" element={<SessionPage />} />
      <Route path={TEAM_PATHS.placements} element={<TeamPlacementsPage />} />
      <Route path={TEAM_PATHS.ledger} element={<TeamLedgerPage />} />
      <Route path={TEAM_PATHS.privacy} element={<PrivacyPage />} />
      <Route path={TEAM_PATHS.audit} element={<TeamAuditPage />} />
      <Route path={TEAM_PATHS.staffAccounts} element={<StaffAccountsPage />} />
      {trajectoryRoutes('MOBILITY_TEAM')}
      {mobilityPlanRoutes('MOBILITY_TEAM')}
      {networkRoutes('MOBILITY_TEAM')}
    </>
  );
}
