import { Navigate, Route, Routes } from 'react-router';
import { PATHS } from '@web/navigation';
import { LoginPage } from './login-page';

/** Signed out: the login page, whatever was asked for. */
export function LoginRoutes({ onLoggedIn, loggedOut }: { onLoggedIn: () => void; loggedOut: boolean }) {
  return (
    <Routes>
      <Route path={PATHS.login} element={<LoginPage onLoggedIn={onLoggedIn} loggedOut={loggedOut} />} />
      <Route path="*" element={<Navigate to={PATHS.login} replace />} />
    </Routes>
  );
}
