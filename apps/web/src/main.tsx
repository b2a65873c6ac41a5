import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createGraphQLClient } from '@web/graphql/client';
import { setUpI18n } from '@web/i18n/i18n';
import { preloadJobSeekerPage } from '@web/routes/job-seeker/job-seeker-routes';
import { SessionRoot } from '@web/session/session-root';
import { MeQuery } from '@web/session/viewer.graphql';
import { cssVariablesResolver, theme } from '@web/theme';

// Who is signed in is the first thing every page needs, and the page's code the second: both are asked for
// while the texts are set up and React renders, instead of one after the other.
const firstClient = createGraphQLClient();
void firstClient.query(MeQuery, {}).toPromise();
preloadJobSeekerPage(window.location.pathname);

await setUpI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <BrowserRouter>
        <SessionRoot firstClient={firstClient} />
      </BrowserRouter>
    </MantineProvider>
  </StrictMode>,
);
