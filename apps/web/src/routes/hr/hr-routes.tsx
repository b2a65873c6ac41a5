import { Route } from 'react-router';
import { PATHS } from '@web/navigation';
import { lazyPages } from '@web/routes/lazy-pages';
import { staffSharedRoutes } from '@web/routes/shared/staff-shared-routes';
import { mobilityPlanRoutes } from '@web/routes/mobility-plans/mobility-plan-routes';
import { networkRoutes } from '@web/routes/networks/network-routes';
import { trajectoryRoutes } from '@web/routes/trajectories/trajectory-routes';
import { HR_PATHS } from './hr-paths';

const page = lazyPages(() => import('./hr-pages'));
const CandidatesPage = page('CandidatesPage');
const CandidateNewPage = page('CandidateNewPage');
const CandidateDetailPage = page('CandidateDetailPage');
const CandidateEditPage = page('CandidateEditPage');
const VacanciesPage = page('VacanciesPage');
const VacancyNewPage = page('VacancyNewPage');
const VacancyEditPage = page('VacancyEditPage');
const VacancyMatchesPage = page('VacancyMatchesPage');
const LedgerPage = page('LedgerPage');
const PlacementsPage = page('PlacementsPage');
const PlacementDetailPage = page('PlacementDetailPage');
const ChangePlacementTermsPage = page('ChangePlacementTermsPage');
const ProposePlacementPage = page('ProposePlacementPage');

/** The HR lead's routes, as elements for the app's <Routes> (a component would not be a <Route>). */
export function hrRoutes() {
  return (
    <>
      <Route path={PATHS.candidates} element={<CandidatesPage />} />
      <Route path={HR_PATHS.candidateNew} element={<CandidateNewPage />} />
      <Route path="/hr/candidates/:candidateId" element={<CandidateDetailPage />} />
      <Route path="/hr/candidates/:candidateId/edit" element={<CandidateEditPage />} />
      <Route path={PATHS.vacancies} element={<VacanciesPage />} />
      <Route path={HR_PATHS.vacancyNew} element={<VacancyNewPage />} />
      <Route path="/hr/vacancies/:vacancyId/edit" element={<VacancyEditPage />} />
      <Route path="/hr/vacancies/:vacancyId/matches" element={<VacancyMatchesPage />} />
      <Route path={HR_PATHS.ledger} element={<LedgerPage />} />
      <Route path={HR_PATHS.placements} element={<PlacementsPage />} />
      {trajectoryRoutes('HR_LEAD')}
      {mobilityPlanRoutes('HR_LEAD')}
      {networkRoutes('HR_LEAD')}
      {staffSharedRoutes('HR_LEAD')}
      <Route path="/hr/placements/:placementId" element={<PlacementDetailPage />} />
      <Route path="/hr/placements/:placementId/terms" element={<ChangePlacementTermsPage />} />
      <Route
        path="/hr/candidates/:candidateId/matches/:matchCaseId/placement"
        element={<ProposePlacementPage />}
      />
    </>
  );
}
