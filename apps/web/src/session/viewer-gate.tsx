import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { AppRoutes } from '@web/app-routes';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { errorCode } from '@web/graphql/errors';
import { logOut } from './session-api';
import { SessionContext, type SessionState } from './viewer-context';
import { MeQuery } from './viewer.graphql';

/** Signed out: the login and claim pages, which no signed-in session needs. */
const LoginRoutes = lazy(async () => ({
  default: (await import('@web/routes/login/login-routes')).LoginRoutes,
}));

export type SessionChange = 'logged-in' | 'logged-out';

interface ViewerGateProps {
  onSessionChange: (change: SessionChange) => void;
  loggedOut: boolean;
}

/** Who is signed in decides everything else: the login page, or the routes of their role. */
export function ViewerGate({ onSessionChange, loggedOut }: ViewerGateProps) {
  // Cache-first: each session's client is new, and the first one asked at start-up (main.tsx).
  const [{ data, error, fetching }] = useQuery({ query: MeQuery, requestPolicy: 'cache-first' });
  const endSession = useCallback(async () => {
    await logOut();
    onSessionChange('logged-out');
  }, [onSessionChange]);
  const session = useMemo<SessionState | null>(
    () => (data ? { viewer: data.me, logOut: endSession } : null),
    [data, endSession],
  );

  if (fetching && !data) return <QueryLoading fullPage />;
  if (session)
    return (
      <SessionContext.Provider value={session}>
        <AppRoutes viewer={session.viewer} />
      </SessionContext.Provider>
    );
  if (errorCode(error) === 'UNAUTHENTICATED' || !error)
    return (
      <Suspense fallback={<QueryLoading fullPage />}>
        <LoginRoutes loggedOut={loggedOut} onLoggedIn={() => onSessionChange('logged-in')} />
      </Suspense>
    );
  return <QueryError error={error} />;
}
