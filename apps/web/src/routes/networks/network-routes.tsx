import { Route } from 'react-router';
import { lazyPages } from '@web/routes/lazy-pages';
import { NETWORK_PATHS, type NetworkRole } from './network-paths';

const page = lazyPages(() => import('./network-pages'));
const NetworksPage = page('NetworksPage');
const NetworkPage = page('NetworkPage');

/** A role's network routes, as elements for the app's <Routes>. */
export function networkRoutes(role: NetworkRole) {
  const base = NETWORK_PATHS[role];
  return (
    <>
      <Route path={base} element={<NetworksPage />} />
      <Route path={`${base}/:networkId`} element={<NetworkPage />} />
    </>
  );
}
