import { createContext, useContext } from 'react';
import type { MeQuery } from '@web/graphql/generated/graphql';

export type Viewer = MeQuery['me'];

export interface SessionState {
  viewer: Viewer;
  logOut(): Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in session');
  return session;
}
