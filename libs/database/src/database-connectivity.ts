import { describeUrl } from '@werkbrug/config';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

export class ServiceUnavailableError extends Error {}

const START_POSTGRES_HINT =
  'start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start (or docker compose -f docker/compose.yml up -d postgres)';

/**
 * Fails fast with one line naming PostgreSQL, the address tried (never the password) and how to start it.
 * Outside production a missing database is created, so a fresh clone needs no manual `createdb`.
 */
export async function ensureDatabaseReachable(databaseUrl: string, createIfMissing: boolean): Promise<void> {
  const where = describeUrl(databaseUrl);
  try {
    await withClient(databaseUrl, async () => undefined);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '3D000' && createIfMissing) {
      await createDatabase(databaseUrl);
      return;
    }
    const reason = code === '3D000' ? 'database does not exist' : describeError(error);
    throw new ServiceUnavailableError(
      `PostgreSQL is not reachable at ${where} (${reason}); ${START_POSTGRES_HINT}`,
    );
  }
}

async function createDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  await withClient(url.toString(), async (client) => {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
      // Two processes starting together may both try; the loser finds it created.
      if (error.code !== '42P04') throw error;
    });
  });
}

async function withClient<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function describeError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return e.code ?? e.message?.split('\n')[0] ?? 'unknown error';
}

/** Node's socket errors when PostgreSQL cannot be reached or drops the connection. */
const UNREACHABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** SQLSTATE: class 08 connection exceptions; 57P01–57P03 the server shutting down or not yet accepting. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
/** node-postgres and TypeORM say these in words, without a code. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Connection is not established|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i;
/**
 * node-postgres's pool, when a query waited its whole connection timeout for a free connection: every connection
 * is busy (requests beyond what the pool and the database can run), not a database that cannot be reached.
 */
const POOL_EXHAUSTED_MESSAGE = /timeout exceeded when trying to connect/i;

/** Why a query could not run for reasons other than itself; see `databaseTrouble`. */
export type DatabaseTrouble = 'UNREACHABLE' | 'POOL_EXHAUSTED';

/**
 * Whether an error means PostgreSQL could not be reached (down, restarting, the pool unable to connect) or every
 * connection of the pool was busy, rather than that a query was wrong: the first two are worth trying again, the
 * last is a bug. Looks through TypeORM's `driverError`, `cause` and graphql-js's `thrownValue` wrappers.
 */
export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  // typeof, not instanceof: a socket error made by Node's own modules need not share this realm's Object.
  for (
    let current = error, depth = 0;
    typeof current === 'object' && current !== null && depth < 5;
    depth += 1
  ) {
    const { code, message, driverError, cause, thrownValue } = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
      /** graphql-js wraps what was thrown when it is not an Error of its own realm (NonErrorThrown). */
      thrownValue?: unknown;
    };
    if (typeof code === 'string' && (UNREACHABLE_SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)))
      return 'UNREACHABLE';
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return 'UNREACHABLE';
    if (typeof message === 'string' && POOL_EXHAUSTED_MESSAGE.test(message)) return 'POOL_EXHAUSTED';
    current = driverError ?? cause ?? thrownValue;
  }
  return null;
}

/** One round trip on the pool: is PostgreSQL answering now (health checks)? Rejects when it is not. */
export async function pingDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query('SELECT 1');
}
