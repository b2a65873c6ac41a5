import { describeUrl } from '@werkbrug/config';
import IORedis, { type RedisOptions } from 'ioredis';

export class RedisUnavailableError extends Error {}

/** A plain ioredis client for request-path use; see QueueModule. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

export function redisOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

/** One clear line naming Redis, the address (never the password) and how to start it. */
export async function ensureRedisReachable(url: string): Promise<void> {
  const client = new IORedis({
    ...redisOptions(url),
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new RedisUnavailableError(
      `Redis is not reachable at ${describeUrl(url)} (${reason}); start it with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 (or docker compose -f docker/compose.yml up -d redis)`,
    );
  } finally {
    client.disconnect();
  }
}
