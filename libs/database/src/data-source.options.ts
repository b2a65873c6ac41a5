import type { AppConfig } from '@werkbrug/config';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryCounter } from './query-counter';

/** The one description of the database connection, used by the apps, the CLI and the tests. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL'>,
  applicationName = 'werkbrug',
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logger: new QueryCounter(),
    extra: {
      max: 10,
      connectionTimeoutMillis: 5000,
      application_name: applicationName,
      // A runaway statement must not hold a connection (and locks) forever.
      statement_timeout: 30000,
    },
  };
}
