import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createGraphQLClient } from '@web/graphql/client';
import { setUpI18n } from '@web/i18n/i18n';
import { preloadJobSeekerPage } from '@web/routes/job-seeker/job-seeker-routes';
import { askFirstRequests } from '@web/session/first-requests';
import { SessionRoot } from '@web/session/session-root';
import { cssVariablesResolver, theme } from '@web/theme';

/**
 * The app, once the texts are set up and the page at this address has arrived: the first render shows that page,
 * not a loading state. A page that fails to download is tried again by its route (and shows an error there).
 */
export async function startApp(): Promise<void> {
  const firstClient = createGraphQLClient();
  askFirstRequests(firstClient, window.location.pathname);
  await Promise.all([
    setUpI18n(),
    preloadJobSeekerPage(window.location.pathname).catch(() => undefined),
    // The start-up script is async, so in theory it can get here before the page's body has been read.
    documentParsed(),
  ]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <BrowserRouter>
          <SessionRoot firstClient={firstClient} />
        </BrowserRouter>
      </MantineProvider>
    </StrictMode>,
  );
}

function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}
