import { Route } from 'react-router';
import { TeamAuditPage } from './audit-page';
import { TeamLedgerPage } from './ledger-page';
import { TeamPlacementsPage } from './placements-page';
import { PrivacyPage } from './privacy-page';
import { RegionPage } from './region-page';
import { SessionPage } from './session-page';
import { SessionsPage } from './sessions-page';
import { TEAM_PATHS } from './team-paths';

/** The mobility team's routes, as elements for the app's <Routes> (a component would not be a <Route>). */
export function teamRoutes() {
  return (
    <>
      <Route path={TEAM_PATHS.region} element={<RegionPage />} />
      <Route path={TEAM_PATHS.sessions} element={<SessionsPage />} />
      <Route path="/team/sessions/:sessionId" element={<SessionPage />} />
      <Route path={TEAM_PATHS.placements} element={<TeamPlacementsPage />} />
      <Route path={TEAM_PATHS.ledger} element={<TeamLedgerPage />} />
      <Route path={TEAM_PATHS.privacy} element={<PrivacyPage />} />
      <Route path={TEAM_PATHS.audit} element={<TeamAuditPage />} />
    </>
  );
}
