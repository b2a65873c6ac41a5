import { dataSourceOptions, migrateDownAll } from '@werkbrug/database';
import { MIGRATIONS } from '@werkbrug/database/migrations';
import { applyMigrations } from '@werkbrug/platform';
import { createTestDatabase, dropTestDatabase, testDatabaseUrl } from '@werkbrug/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { uniqueTestDatabaseName } from './support/helpers-infra';
import { testConfig } from './support/test-app';

/**
 * Migrations and reference data on databases of this file's own, created empty: up, a repeated up, a full
 * revert, up again, and two processes migrating at once. The shared test database is never touched.
 */
const MIGRATION_NAMES = MIGRATIONS.map((Migration) => new Migration().name ?? Migration.name);
const REFERENCE_COUNTS = { regions: 35, postcodeAreas: 4086, skills: 13896 };
// TypeORM's own bookkeeping; it is not part of the application schema and outlives a full revert.
const MIGRATIONS_TABLE = 'schema_migration';

const created: string[] = [];

async function freshDatabase(label: string): Promise<string> {
  const name = uniqueTestDatabaseName(label);
  const url = await createTestDatabase(name);
  created.push(name);
  return url;
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function tables(url: string): Promise<string[]> {
  const rows = await query<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

async function appliedMigrations(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(url, `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
  return rows.map((r) => r.name);
}

async function referenceCounts(url: string): Promise<typeof REFERENCE_COUNTS> {
  const [row] = await query<typeof REFERENCE_COUNTS>(
    url,
    `SELECT (SELECT count(*)::int FROM labour_market_region) AS regions,
            (SELECT count(*)::int FROM postcode_area) AS "postcodeAreas",
            (SELECT count(*)::int FROM esco_skill) AS skills`,
  );
  return row;
}

async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions({ DATABASE_URL: url }, 'werkbrug-migrations-spec'));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

afterAll(async () => {
  for (const name of created) await dropTestDatabase(name);
});

describe('migrations on an empty database', () => {
  let url: string;

  beforeAll(async () => {
    url = await freshDatabase('migrations');
  });

  it('starts without any table', async () => {
    expect(await tables(url)).toEqual([]);
  });

  it('runs every migration up and loads the reference data', async () => {
    const result = await applyMigrations(testConfig({ DATABASE_URL: url }), 'migrations-spec');
    expect(result).toEqual({ applied: MIGRATION_NAMES, referenceData: 'loaded' });
    expect(await appliedMigrations(url)).toEqual(MIGRATION_NAMES);
    expect(await referenceCounts(url)).toEqual(REFERENCE_COUNTS);
  });

  it('creates every column the entities map, with the same nullability', async () => {
    const rows = await query<{ table_name: string; column_name: string; is_nullable: string }>(
      url,
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const actual = new Set(
      rows.map((r) => `${r.table_name}.${r.column_name} ${r.is_nullable === 'YES' ? 'NULL' : 'NOT NULL'}`),
    );
    const expected = await withDataSource(url, async (dataSource) =>
      dataSource.entityMetadatas.flatMap((entity) =>
        entity.columns.map(
          (c) => `${entity.tableName}.${c.databaseName} ${c.isNullable ? 'NULL' : 'NOT NULL'}`,
        ),
      ),
    );
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.filter((column) => !actual.has(column))).toEqual([]);
  });

  it('does nothing on a second run', async () => {
    const tablesBefore = await tables(url);
    const result = await applyMigrations(testConfig({ DATABASE_URL: url }), 'migrations-spec');
    expect(result).toEqual({ applied: [], referenceData: 'unchanged' });
    expect(await appliedMigrations(url)).toEqual(MIGRATION_NAMES);
    expect(await tables(url)).toEqual(tablesBefore);
    expect(await referenceCounts(url)).toEqual(REFERENCE_COUNTS);
  });

  it('reverts every migration and leaves no application table behind', async () => {
    expect((await tables(url)).length).toBeGreaterThan(1);
    const reverted = await withDataSource(url, (dataSource) => migrateDownAll(dataSource));
    expect(reverted).toBe(MIGRATION_NAMES.length);
    expect(await tables(url)).toEqual([MIGRATIONS_TABLE]);
    expect(await appliedMigrations(url)).toEqual([]);
  });

  it('migrates up again after the full revert', async () => {
    const result = await applyMigrations(testConfig({ DATABASE_URL: url }), 'migrations-spec');
    expect(result).toEqual({ applied: MIGRATION_NAMES, referenceData: 'loaded' });
    expect(await referenceCounts(url)).toEqual(REFERENCE_COUNTS);
  });
});

describe('two processes migrating one empty database at once', () => {
  it('both succeed, and each migration and the reference data are applied once', async () => {
    const url = await freshDatabase('migrations_race');
    const config = testConfig({ DATABASE_URL: url });
    const outcomes = await Promise.allSettled([
      applyMigrations(config, 'migrations-spec-a'),
      applyMigrations(config, 'migrations-spec-b'),
    ]);
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
    expect(failures).toEqual([]);
    const results = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(results.flatMap((r) => r.applied).sort()).toEqual([...MIGRATION_NAMES].sort());
    expect(results.map((r) => r.referenceData).sort()).toEqual(['loaded', 'unchanged']);
    expect(await appliedMigrations(url)).toEqual(MIGRATION_NAMES);
    expect(await referenceCounts(url)).toEqual(REFERENCE_COUNTS);
  });
});

describe('the test-database guard', () => {
  const unguarded = `werkbrug_guard_${process.pid}`;

  async function exists(name: string): Promise<boolean> {
    const admin = new URL(testConfig().DATABASE_URL);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_database WHERE datname = $1`,
        [name],
      );
      return rows[0].n === 1;
    } finally {
      await client.end();
    }
  }

  it('refuses to create, address or drop a database whose name lacks "test"', async () => {
    const guardMessage = /must contain "test"/;
    const developmentDatabaseExisted = await exists('werkbrug');
    await expect(createTestDatabase(unguarded)).rejects.toThrow(guardMessage);
    expect(() => testDatabaseUrl(unguarded)).toThrow(guardMessage);
    await expect(dropTestDatabase('werkbrug')).rejects.toThrow(guardMessage);
    expect(await exists(unguarded)).toBe(false);
    expect(await exists('werkbrug')).toBe(developmentDatabaseExisted);
  });
});
