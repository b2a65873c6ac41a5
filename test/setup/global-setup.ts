import './register-paths';
import 'reflect-metadata';
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
  const config = loadConfig(process.env);
  await ensureRedisReachable(config.REDIS_URL);
  await applyMigrations(config, 'test-setup');
}
