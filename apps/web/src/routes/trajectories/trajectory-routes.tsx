import { Route } from 'react-router';
import { lazyPages } from '@web/routes/lazy-pages';
import { resultsPathOf, TRAJECTORY_PATHS, type TrajectoryRole } from './trajectory-paths';

const page = lazyPages(() => import('./trajectory-pages'));
const TrajectoriesPage = page('TrajectoriesPage');
const TrajectoryPage = page('TrajectoryPage');
const OutcomeFiguresPage = page('OutcomeFiguresPage');

/**
 * A role's trajectory routes (and for the region's team and HR leads its results), as elements for the app's
 * <Routes>. They are all an external counsellor has.
 */
export function trajectoryRoutes(role: TrajectoryRole) {
  const base = TRAJECTORY_PATHS[role];
  const results = resultsPathOf(role);
  return (
    <>
      <Route path={base} element={<TrajectoriesPage />} />
      <Route path={`${base}/:trajectoryId`} element={<TrajectoryPage />} />
      {results && <Route path={results} element={<OutcomeFiguresPage />} />}
    </>
  );
}
