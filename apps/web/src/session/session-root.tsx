import { useCallback, useMemo, useState } from 'react';
import { Provider as UrqlProvider, type Client } from 'urql';
import { createGraphQLClient } from '@web/graphql/client';
import { ViewerGate, type SessionChange } from './viewer-gate';

/**
 * A new GraphQL client (and so an empty cache) for every login and logout: nothing of one session outlives it.
 * The first is made at start-up, where it already asked who is signed in.
 */
export function SessionRoot({ firstClient }: { firstClient: Client }) {
  const [generation, setGeneration] = useState(0);
  const [lastChange, setLastChange] = useState<SessionChange | null>(null);
  const client = useMemo(
    () => (generation === 0 ? firstClient : createGraphQLClient()),
    [generation, firstClient],
  );
  const sessionChanged = useCallback((change: SessionChange) => {
    setLastChange(change);
    setGeneration((n) => n + 1);
  }, []);
  return (
    <UrqlProvider value={client}>
      <ViewerGate onSessionChange={sessionChanged} loggedOut={lastChange === 'logged-out'} />
    </UrqlProvider>
  );
}
