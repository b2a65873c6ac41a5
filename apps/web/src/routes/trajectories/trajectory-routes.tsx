import { Route } from 'react-router';
import { lazyPages } from '@web/routes/lazy-pages';
import { RESULTS_PATHS, TRAJECTORY_PATHS, type TrajectoryRole } from './trajectory-paths';

const page = lazyPages(() => import('./trajectory-pages'));
const TrajectoriesPage = page('TrajectoriesPage');
const TrajectoryPage = page('TrajectoryPage');
const OutcomeFiguresPage = page('OutcomeFiguresPage');

/** A role's trajectory routes (and for staff the region's results), as elements for the app's <Routes>. */
export function trajectoryRoutes(role: TrajectoryRole) {
  const base = TRAJECTORY_PATHS[role];
  return (
    <>
      <Route path={base} element={<TrajectoriesPage />} />
      <Route path={`${base}/:trajectoryId`} element={<TrajectoryPage />} />
      {role !== 'JOB_SEEKER' && <Route path={RESULTS_PATHS[role]} element={<OutcomeFiguresPage />} />}
    </>
  );
}
