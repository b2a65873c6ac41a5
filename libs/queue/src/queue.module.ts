import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { OutboxCompletions } from './outbox-completions';
import { OutboxService } from './outbox.service';
import { QueueName, REMATCH_FLOW } from './queue.contract';
import { REDIS_CLIENT, redisOptions } from './redis-connection';
import type { Queue } from 'bullmq';
import IORedis from 'ioredis';

/** Every queue by its name, for the outbox relay and reconciler, which add to and ask about all of them. */
export const QUEUES_BY_NAME = Symbol('QUEUES_BY_NAME');
export type QueuesByName = Record<QueueName, Queue>;

/**
 * BullMQ wiring shared by the apps. Workers block on Redis, so their connection must retry forever
 * (`maxRetriesPerRequest: null`); the outbox relay checks the connection first and fails fast instead, so the
 * outbox keeps the work while Redis is away.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        prefix: config.QUEUE_PREFIX,
        connection: { ...redisOptions(config.REDIS_URL), maxRetriesPerRequest: null },
      }),
    }),
    // Nest's processors take their queue's connection, so it is the workers' kind: commands wait for Redis to
    // return instead of failing (a failing worker connection spins in BullMQ's retry loop). The outbox relay checks
    // the connection before it adds jobs, so it still fails fast and leaves the events in the outbox.
    ...Object.values(QueueName).map((name) =>
      BullModule.registerQueueAsync({
        name,
        inject: [AppConfig],
        useFactory: (config: AppConfig) => ({
          prefix: config.QUEUE_PREFIX,
          connection: { ...redisOptions(config.REDIS_URL), maxRetriesPerRequest: null },
        }),
      }),
    ),
    // A full rematch is a flow: chunk jobs as children, the finishing job as their parent.
    BullModule.registerFlowProducerAsync({
      name: REMATCH_FLOW,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        prefix: config.QUEUE_PREFIX,
        connection: { ...redisOptions(config.REDIS_URL), maxRetriesPerRequest: null },
      }),
    }),
  ],
  providers: [
    OutboxService,
    OutboxCompletions,
    {
      provide: QUEUES_BY_NAME,
      inject: Object.values(QueueName).map((name) => getQueueToken(name)),
      useFactory: (...queues: Queue[]): QueuesByName =>
        Object.fromEntries(Object.values(QueueName).map((name, i) => [name, queues[i]])) as QueuesByName,
    },
    {
      // Request-path Redis use (rate limits, health): fail fast instead of queueing commands while Redis is away.
      provide: REDIS_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new IORedis({
          ...redisOptions(config.REDIS_URL),
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
        }),
    },
  ],
  exports: [OutboxService, OutboxCompletions, BullModule, REDIS_CLIENT, QUEUES_BY_NAME],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: IORedis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
