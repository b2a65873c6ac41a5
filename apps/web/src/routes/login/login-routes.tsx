import { Navigate, Route, Routes } from 'react-router';
import { PATHS } from '@web/navigation';
import { ClaimPage } from '@web/routes/claim/claim-page';
import { LoginPage } from './login-page';

/** Signed out: the login page, whatever was asked for. */
export function LoginRoutes({ onLoggedIn, loggedOut }: { onLoggedIn: () => void; loggedOut: boolean }) {
  return (
    <Routes>
      <Route path={PATHS.login} element={<LoginPage onLoggedIn={onLoggedIn} loggedOut={loggedOut} />} />
      <Route path={PATHS.claim} element={<ClaimPage onLoggedIn={onLoggedIn} />} />
      <Route path="*" element={<Navigate to={PATHS.login} replace />} />
    </Routes>
  );
}
