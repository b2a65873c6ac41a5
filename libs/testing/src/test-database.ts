import { Client } from 'pg';

const BASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Refuses to touch a database whose name does not say it is for tests. */
export function assertTestDatabaseName(name: string): void {
  if (!/test/i.test(name))
    throw new Error(`Refusing to use database "${name}" for tests: its name must contain "test".`);
}

export function testDatabaseUrl(name: string): string {
  assertTestDatabaseName(name);
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(name: string): Promise<string> {
  assertTestDatabaseName(name);
  await withAdminClient((c) => c.query(`CREATE DATABASE "${name}"`));
  return testDatabaseUrl(name);
}

export async function dropTestDatabase(name: string): Promise<void> {
  assertTestDatabaseName(name);
  await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
