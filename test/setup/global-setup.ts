import './register-paths';
import 'reflect-metadata';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@werkbrug/config';
import { ensureRedisReachable } from '@werkbrug/queue';
import { applyMigrations } from '@werkbrug/platform';
import { createTestDatabase } from '@werkbrug/testing';

/**
 * One fresh database per test run, built from the migrations (never synchronize), with the reference data
 * loaded; and one Redis key prefix per run, so parallel runs on one machine never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const databaseName = `werkbrug_test_${runId}`;
  process.env.TEST_DATABASE_NAME = databaseName;
  process.env.DATABASE_URL = await createTestDatabase(databaseName);
  process.env.QUEUE_PREFIX = `werkbrug-test-${runId}`;
  process.env.NODE_ENV = 'test';
  // Mail of this run (invitation codes) lands here as .eml files; the specs read it as a person reads their inbox.
  process.env.MAIL_URL = `file:${join(tmpdir(), `werkbrug-test-mail-${runId}`)}`;
  const config = loadConfig(process.env);
  await ensureRedisReachable(config.REDIS_URL);
  await applyMigrations(config, 'test-setup');
}
