import { ChildProcess, spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { applyMigrations } from '@werkbrug/platform';
import { createTestDatabase, dropTestDatabase } from '@werkbrug/testing';
import IORedis from 'ioredis';
import { testConfig } from './test-app';

const POLL_INTERVAL_MS = 100;

/**
 * Polls `probe` until `done` accepts its value, and returns that value. On timeout it throws with the last value
 * (or error) seen, so a failing test says what the system looked like instead of only "timed out".
 */
export async function eventually<T>(
  description: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let last: unknown;
    try {
      const value = await probe();
      if (done(value)) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? `${error.name}: ${error.message}` : error;
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${description}; last seen: ${JSON.stringify(last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** Resolves with `work`'s result, or rejects once `ms` have passed: a hung shutdown fails the test instead of it. */
export async function within<T>(ms: number, label: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts the app's HTTP server on an ephemeral loopback port; returns its base URL. */
export async function listenOnEphemeralPort(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/**
 * A private redis-server on its own port, without persistence, that a test may kill and restart without touching
 * the Redis shared by the other specs. A restart comes back empty, as after a crash of an unpersisted Redis.
 */
export class ThrowawayRedis {
  private process?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<ThrowawayRedis> {
    const redis = new ThrowawayRedis(await freePort());
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.process !== undefined;
  }

  async restart(): Promise<void> {
    if (this.process) return;
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    this.process = child;
    child.once('exit', () => {
      if (this.process === child) this.process = undefined;
    });
    await eventually(
      `redis-server on port ${this.port} to answer PING`,
      () => this.ping(),
      (pong) => pong,
      5000,
    );
  }

  /** Kills the server the hard way (as a crash would) and waits until its port refuses connections. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.process = undefined;
  }

  private async ping(): Promise<boolean> {
    const client = new IORedis({
      host: '127.0.0.1',
      port: this.port,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  }
}

/** A database name that passes the test guard and cannot collide with another run or spec. */
export function uniqueTestDatabaseName(label: string): string {
  return `werkbrug_test_${label}_${Date.now().toString(36)}_${process.pid}`;
}

/** A separate, migrated database with reference data, for specs whose subject is global (the outbox relay). */
export async function createMigratedTestDatabase(label: string): Promise<{ name: string; url: string }> {
  const name = uniqueTestDatabaseName(label);
  const url = await createTestDatabase(name);
  try {
    await applyMigrations(testConfig({ DATABASE_URL: url }), `test-${label}`);
  } catch (error) {
    await dropTestDatabase(name);
    throw error;
  }
  return { name, url };
}
