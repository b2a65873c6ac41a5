import '@mantine/core/styles.css';
import './styles.css';
import { createGraphQLClient } from '@web/graphql/client';
import { askFirstRequests, loadFirstPage } from '@web/session/first-requests';

// The start-up script: it asks the page's first questions of the server and starts the page's own code, and only
// then loads the app, so the answers travel while the app's code downloads and evaluates, instead of after it. (Static imports would all be
// fetched and evaluated before this module's first line runs.) The stylesheets stay here, in the page's head.
const firstClient = createGraphQLClient();
askFirstRequests(firstClient, window.location.pathname);
loadFirstPage(window.location.pathname);

const { startApp } = await import('./app');
await startApp(firstClient);
