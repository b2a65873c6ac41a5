import { Route } from 'react-router';
import { lazyPages } from '@web/routes/lazy-pages';
import { MOBILITY_PLAN_PATHS, type MobilityPlanRole } from './mobility-plan-paths';

const page = lazyPages(() => import('./mobility-plan-pages'));
const MobilityPlansPage = page('MobilityPlansPage');
const MobilityPlanPage = page('MobilityPlanPage');

/** A role's mobility plan routes, as elements for the app's <Routes>. */
export function mobilityPlanRoutes(role: MobilityPlanRole) {
  const base = MOBILITY_PLAN_PATHS[role];
  return (
    <>
      <Route path={base} element={<MobilityPlansPage />} />
      <Route path={`${base}/:planId`} element={<MobilityPlanPage />} />
    </>
  );
}
