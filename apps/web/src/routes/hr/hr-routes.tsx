import { Route } from 'react-router';
import { PATHS } from '@web/navigation';
import { CandidateDetailPage } from './candidate-detail-page';
import { CandidateEditPage } from './candidate-edit-page';
import { CandidateNewPage } from './candidate-new-page';
import { CandidatesPage } from './candidates-page';
import { HR_PATHS } from './hr-paths';
import { LedgerPage } from './ledger-page';
import { PlacementsPage } from './placements-page';
import { VacanciesPage } from './vacancies-page';
import { VacancyEditPage } from './vacancy-edit-page';
import { VacancyMatchesPage } from './vacancy-matches-page';
import { VacancyNewPage } from './vacancy-new-page';

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
    </>
  );
}
