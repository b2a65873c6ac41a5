import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from '@web/components/app-layout';
import type { Viewer } from '@web/session/viewer-context';
import { PATHS } from '@web/navigation';
import { HomePage } from '@web/routes/home/home-page';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { CandidatesPage } from '@web/routes/hr/candidates-page';
import { VacanciesPage } from '@web/routes/hr/vacancies-page';
import { VacancyMatchesPage } from '@web/routes/hr/vacancy-matches-page';
import { ProfilePage } from '@web/routes/job-seeker/profile-page';
import { SuggestionsPage } from '@web/routes/job-seeker/suggestions-page';

/** Only the routes of the viewer's role exist; any other path is "not found", never another role's page. */
export function AppRoutes({ viewer }: { viewer: Viewer }) {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeFor viewer={viewer} />} />
        <Route path={PATHS.login} element={<Navigate to={PATHS.home} replace />} />
        {viewer.role === 'JOB_SEEKER' && (
          <>
            <Route path={PATHS.suggestions} element={<SuggestionsPage />} />
            <Route path={PATHS.profile} element={<ProfilePage />} />
          </>
        )}
        {viewer.role === 'HR_LEAD' && (
          <>
            <Route path={PATHS.candidates} element={<CandidatesPage />} />
            <Route path={PATHS.vacancies} element={<VacanciesPage />} />
            <Route path="/hr/vacancies/:vacancyId/matches" element={<VacancyMatchesPage />} />
          </>
        )}
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
    case 'ADMINISTRATOR':
      return <HomePage />;
  }
}
