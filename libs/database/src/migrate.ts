import type { DataSource } from 'typeorm';

/** Arbitrary but fixed: every Werkbrug process takes the same lock before touching the schema. */
const SCHEMA_LOCK_KEY = 7_310_452_001;

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so a gateway, a worker and a migration job starting
 * together never race on migrations or reference data: the others wait, then find nothing left to do.
 */
export async function withSchemaLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Reverts every applied migration, newest first (used by tests and by `cli revert --all`). */
export async function migrateDownAll(dataSource: DataSource): Promise<number> {
  return withSchemaLock(dataSource, async () => {
    let reverted = 0;
    while (await hasAppliedMigrations(dataSource)) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted += 1;
    }
    return reverted;
  });
}

async function hasAppliedMigrations(dataSource: DataSource): Promise<boolean> {
  const rows: { count: string }[] = await dataSource.query(
    `SELECT count(*)::text AS count FROM information_schema.tables WHERE table_name = 'schema_migration'`,
  );
  if (rows[0]?.count === '0') return false;
  const applied: { n: string }[] = await dataSource.query(`SELECT count(*)::text AS n FROM schema_migration`);
  return applied[0]?.n !== '0';
}

/** What every process does at start (and `cli migrate` does on demand): schema first, then reference data. */
export async function migrateAndLoadReferenceData(
  dataSource: DataSource,
  referenceDataDir: string,
  load: (dataSource: DataSource, dir: string) => Promise<'loaded' | 'unchanged'>,
): Promise<{ applied: string[]; referenceData: 'loaded' | 'unchanged' }> {
  return withSchemaLock(dataSource, async () => {
    const applied = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    return { applied, referenceData: await load(dataSource, referenceDataDir) };
  });
}
