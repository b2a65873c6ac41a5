import './register-paths';
import { loadConfig } from '@werkbrug/config';
import { redisOptions } from '@werkbrug/queue';
import { dropTestDatabase } from '@werkbrug/testing';
import IORedis from 'ioredis';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.TEST_DATABASE_NAME;
  if (name && !process.env.KEEP_TEST_DATABASE) await dropTestDatabase(name);
  const prefix = process.env.QUEUE_PREFIX;
  if (!prefix?.startsWith('werkbrug-test-')) return;
  const redis = new IORedis(redisOptions(loadConfig(process.env).REDIS_URL));
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
