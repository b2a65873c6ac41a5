import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { webTestUrl } from './support/web-test-env';

const root = join(__dirname, '..', '..');

/**
 * Browser journeys in Debian's Chromium (no browser download). One worker: the machine has 2 cores and the
 * gateway and worker run beside the browser. `npm run test:web` builds the web app first.
 */
export default defineConfig({
  testDir: __dirname,
  testMatch: '*.spec.ts',
  outputDir: join(root, 'test-results', 'web'),
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Generous: a journey with a dozen axe scans takes minutes on a busy 2-core machine.
  timeout: 240_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: webTestUrl(),
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node -r ./test/support/ts-register.js test/web/support/web-test-server.ts',
    cwd: root,
    url: `${webTestUrl()}/health`,
    // Migrations, seeding and the worker's first matches on a busy 2-core machine.
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
