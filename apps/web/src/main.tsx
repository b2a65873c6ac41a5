import '@mantine/core/styles.css';
import './styles.css';
import { askEarly, loadStartPage } from '@web/session/early-answers';
import { Me, MySuggestions, UnreadNotifications } from 'virtual:werkbrug/query-texts';
import { LOCALES, prepareFormattersWhenIdle } from '@web/format/formatters';
import { storedLanguage } from '@web/i18n/stored-language';

// The start-up script asks the page's first questions of the server before anything else, then loads the app and
// the page at this address side by side, so the answers travel while their code downloads and evaluates instead of
// after it. (Every static import is fetched and evaluated before this module's first line runs, so there are only
// small ones above, which import nothing themselves.) The stylesheets stay here, in the page's head.
askEarly(window.location.pathname, { Me, UnreadNotifications, MySuggestions });
const app = import('./app');
loadStartPage(window.location.pathname);
prepareFormattersWhenIdle(LOCALES[storedLanguage()]);

const { startApp } = await app;
await startApp();
