import { Route } from 'react-router';
import { lazyPages } from '@web/routes/lazy-pages';
import { TRAJECTORY_PATHS, type TrajectoryRole } from './trajectory-paths';

const page = lazyPages(() => import('./trajectory-pages'));
const TrajectoriesPage = page('TrajectoriesPage');
const TrajectoryPage = page('TrajectoryPage');

/** A role's trajectory routes, as elements for the app's <Routes>. */
export function trajectoryRoutes(role: TrajectoryRole) {
  const base = TRAJECTORY_PATHS[role];
  return (
    <>
      <Route path={base} element={<TrajectoriesPage />} />
      <Route path={`${base}/:trajectoryId`} element={<TrajectoryPage />} />
    </>
  );
}
