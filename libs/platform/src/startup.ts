import { AppConfig, ConfigurationError, findReferenceDataDir, loadConfig } from '@werkbrug/config';
import {
  dataSourceOptions,
  ensureDatabaseReachable,
  loadReferenceData,
  migrateAndLoadReferenceData,
  ServiceUnavailableError,
} from '@werkbrug/database';
import { ensureRedisReachable, RedisUnavailableError } from '@werkbrug/queue';
import { DataSource } from 'typeorm';

/**
 * Everything a process checks before Nest starts: configuration, PostgreSQL, Redis, schema and reference
 * data. A problem ends the process with exactly one line that says what to do.
 */
export async function prepareInfrastructure(service: string, env = process.env): Promise<AppConfig> {
  try {
    const config = loadConfig(env);
    await ensureDatabaseReachable(config.DATABASE_URL, !config.isProduction);
    await ensureRedisReachable(config.REDIS_URL);
    if (config.MIGRATIONS_RUN_ON_START) await applyMigrations(config, service);
    return config;
  } catch (error) {
    if (
      error instanceof ConfigurationError ||
      error instanceof ServiceUnavailableError ||
      error instanceof RedisUnavailableError
    ) {
      process.stderr.write(`werkbrug ${service}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export async function applyMigrations(config: AppConfig, service: string) {
  const dataSource = new DataSource(dataSourceOptions(config, `werkbrug-${service}-migrate`));
  await dataSource.initialize();
  try {
    return await migrateAndLoadReferenceData(
      dataSource,
      config.REFERENCE_DATA_DIR ?? findReferenceDataDir(),
      loadReferenceData,
    );
  } finally {
    await dataSource.destroy();
  }
}
