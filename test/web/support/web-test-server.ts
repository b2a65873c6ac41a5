// The gateway and worker for the browser tests: a fresh database, seeded through the API, then the gateway
// serving the built web app on WEB_TEST_PORT. Run by Playwright's webServer (see playwright.config.ts):
//   node -r ./test/support/ts-register.js test/web/support/web-test-server.ts
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { dropTestDatabase } from '@werkbrug/testing';
import { expect } from 'expect';
import { createMigratedTestDatabase } from '@werkbrug-test/support/helpers-infra';
import { createTestApp, createTestWorker, type TestApp } from '@werkbrug-test/support/test-app';
import { hrSeedFile } from './hr-world';
import { jobSeekerSeedFile } from './job-seeker-world';
import { seedHrWorld } from './seed-hr-world';
import { seedJobSeekerWorld } from './seed-job-seeker-world';
import { seedTeamAdminWorld } from './seed-team-admin-world';
import { seedWebWorld } from './seed-web-world';
import { teamAdminSeedFile } from './team-admin-world';
import { seedFile, webTestPort } from './web-test-env';

// The shared test helpers assert with Jest's `expect`; outside Jest it is the same standalone package.
Object.assign(globalThis, { expect });

async function main(): Promise<void> {
  const runId = randomUUID().slice(0, 8);
  const mailDir = join(tmpdir(), `werkbrug-web-test-mail-${runId}`);
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    MIGRATIONS_RUN_ON_START: 'false',
    SKILL_INDEX_AT_START: 'false',
    QUEUE_PREFIX: `werkbrug-test-web-${runId}`,
    MAIL_URL: `file:${mailDir}`,
    // Another build than `npm run build:web`'s, for two checkouts or engineers on one machine.
    WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? join(process.cwd(), 'dist', 'web'),
    // Own-data downloads are built by the worker's round: a short one keeps the journey short.
    DATA_RIGHTS_POLL_INTERVAL_MS: '1000',
  });
  const database = await createMigratedTestDatabase('web');
  const overrides = { DATABASE_URL: database.url };
  let app: TestApp | undefined;
  let worker: INestApplicationContext | undefined;
  const stop = async () => {
    await worker?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    if (!process.env.KEEP_TEST_DATABASE)
      await dropTestDatabase(database.name).catch((error: unknown) => console.error(error));
    rmSync(mailDir, { recursive: true, force: true });
    rmSync(seedFile(), { force: true });
    rmSync(jobSeekerSeedFile(), { force: true });
    rmSync(teamAdminSeedFile(), { force: true });
    rmSync(hrSeedFile(), { force: true });
  };
  try {
    app = await createTestApp(overrides);
    worker = await createTestWorker(overrides);
    const world = await seedWebWorld(app);
    writeFileSync(seedFile(), JSON.stringify(world, null, 2));
    writeFileSync(jobSeekerSeedFile(), JSON.stringify(await seedJobSeekerWorld(app, mailDir), null, 2));
    writeFileSync(teamAdminSeedFile(), JSON.stringify(await seedTeamAdminWorld(app), null, 2));
    writeFileSync(hrSeedFile(), JSON.stringify(await seedHrWorld(app), null, 2));
    await app.app.listen(webTestPort(), '127.0.0.1');
    // Nest's shutdown hooks would exit before the database is dropped: this process closes the apps itself.
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.removeAllListeners(signal);
      process.once(signal, () => void stop().then(() => process.exit(0)));
    }
    console.log(`web test server on http://127.0.0.1:${webTestPort()}/ (database ${database.name})`);
  } catch (error) {
    console.error(error);
    await stop();
    process.exit(1);
  }
}

void main();
