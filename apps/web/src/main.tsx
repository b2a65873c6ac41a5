import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { setUpI18n } from '@web/i18n/i18n';
import { SessionRoot } from '@web/session/session-root';
import { cssVariablesResolver, theme } from '@web/theme';

await setUpI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <BrowserRouter>
        <SessionRoot />
      </BrowserRouter>
    </MantineProvider>
  </StrictMode>,
);
