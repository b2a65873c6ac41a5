import { Inject, Injectable } from '@nestjs/common';
import { pingDatabase } from '@werkbrug/database';
import { REDIS_CLIENT } from '@werkbrug/queue';
import type IORedis from 'ioredis';
import { DataSource } from 'typeorm';

export interface DependencyHealth {
  status: 'up' | 'down';
  latencyMs: number;
}

export interface HealthReport {
  /**
   * `ok`: both answer. `degraded`: PostgreSQL answers but Redis does not — the API still reads and writes (changes
   * wait in the outbox), while queued work (rescoring, planning, mail) waits. `down`: PostgreSQL does not answer.
   */
  status: 'ok' | 'degraded' | 'down';
  postgres: DependencyHealth;
  redis: DependencyHealth;
}

export function healthStatus(postgres: DependencyHealth, redis: DependencyHealth): HealthReport['status'] {
  if (postgres.status === 'down') return 'down';
  return redis.status === 'up' ? 'ok' : 'degraded';
}

const CHECK_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: IORedis,
  ) {}

  async check(): Promise<HealthReport> {
    const [postgres, redis] = await Promise.all([
      probe(() => pingDatabase(this.dataSource)),
      probe(() => this.redis.ping()),
    ]);
    return { status: healthStatus(postgres, redis), postgres, redis };
  }
}

async function probe(check: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'down', latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
