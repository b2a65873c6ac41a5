import './register-paths';
import { rm } from 'node:fs/promises';
import { loadConfig } from '@werkbrug/config';
import { mailDirectory } from '@werkbrug/mail/mail-transport';
import { redisOptions } from '@werkbrug/queue';
import { dropTestDatabase } from '@werkbrug/testing';
import IORedis from 'ioredis';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.TEST_DATABASE_NAME;
  if (name && !process.env.KEEP_TEST_DATABASE) await dropTestDatabase(name);
  const mail = process.env.MAIL_URL;
  if (mail?.startsWith('file:') && mail.includes('werkbrug-test-mail-'))
    await rm(mailDirectory(mail), { recursive: true, force: true });
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
