import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from '@web/components/app-layout';
import type { Viewer } from '@web/session/viewer-context';
import { PATHS } from '@web/navigation';
import { adminRoutes } from '@web/routes/admin/admin-routes';
import { ADMIN_PATHS } from '@web/routes/admin/admin-paths';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { hrRoutes } from '@web/routes/hr/hr-routes';
import { jobSeekerRoutes } from '@web/routes/job-seeker/job-seeker-routes';
import { teamRoutes } from '@web/routes/team/team-routes';
import { TEAM_PATHS } from '@web/routes/team/team-paths';
import { trajectoryRoutes } from '@web/routes/trajectories/trajectory-routes';
import { TRAJECTORY_PATHS } from '@web/routes/trajectories/trajectory-paths';

/**
 * Only the routes of the viewer's role exist; any other path is "not found", never another role's page. Each role's
 * pages are loaded on first use, so no one downloads another role's screens.
 */
export function AppRoutes({ viewer }: { viewer: Viewer }) {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeFor viewer={viewer} />} />
        <Route path={PATHS.login} element={<Navigate to={PATHS.home} replace />} />
        <Route path={PATHS.claim} element={<Navigate to={PATHS.home} replace />} />
        {viewer.role === 'JOB_SEEKER' && jobSeekerRoutes()}
        {viewer.role === 'HR_LEAD' && hrRoutes()}
        {viewer.role === 'MOBILITY_TEAM' && teamRoutes()}
        {viewer.role === 'ADMINISTRATOR' && adminRoutes()}
        {viewer.role === 'COUNSELLOR' && trajectoryRoutes('COUNSELLOR')}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function HomeFor({ viewer }: { viewer: Viewer }) {
  switch (viewer.role) {
    case 'JOB_SEEKER':
      return <Navigate to={PATHS.suggestions} replace />;
    case 'HR_LEAD':
      return <Navigate to={PATHS.candidates} replace />;
    case 'MOBILITY_TEAM':
      return <Navigate to={TEAM_PATHS.region} replace />;
    case 'ADMINISTRATOR':
      return <Navigate to={ADMIN_PATHS.staffAccounts} replace />;
    case 'COUNSELLOR':
      return <Navigate to={TRAJECTORY_PATHS.COUNSELLOR} replace />;
  }
}
