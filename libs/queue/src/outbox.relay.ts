import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, JOB_QUEUE, JobName, QueueName } from './queue.contract';
import {
  claimPendingEvents,
  listenForOutboxEvents,
  markDispatched,
  type PendingOutboxEvent,
} from './outbox.store';
import { QUEUES_BY_NAME, type QueuesByName } from './queue.module';
import { REDIS_CLIENT } from './redis-connection';
import type IORedis from 'ioredis';

const BATCH_SIZE = 500;
/** Polling is the fallback; a NOTIFY from the committing transaction wakes the relay at once. */
const IDLE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 10_000;

/**
 * Moves committed outbox events to BullMQ. Rows are locked (SKIP LOCKED, so several workers can relay side by
 * side), added to Redis, then marked dispatched in the same transaction: if Redis is down the transaction rolls
 * back and the events wait. A crash between adding and committing re-adds the same job ids, which BullMQ ignores.
 * Dispatched is not done: each job carries the ids of its events (`outboxIds`), the worker marks them completed
 * when the job succeeds, and the OutboxReconciler re-dispatches events whose job Redis lost.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<unknown>;
  private failures = 0;
  private listener?: Client;
  private wakeRequested = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(REDIS_CLIENT) private readonly redis: IORedis,
    @Inject(QUEUES_BY_NAME) private readonly queues: QueuesByName,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.schedule(0);
    void this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.inFlight;
  }

  /**
   * LISTEN on a connection of its own: a commit that wrote outbox events notifies, and the relay runs at once
   * instead of at the next poll (this is most of the latency between a change and its rescored lists). If the
   * connection drops, polling carries on and the listener reconnects.
   */
  private async listen(): Promise<void> {
    if (!this.running) return;
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'outbox-relay',
    });
    client.on('notification', () => this.wake());
    client.on('error', () => {
      this.listener = undefined;
      setTimeout(() => void this.listen(), 2000).unref();
    });
    try {
      await client.connect();
      await listenForOutboxEvents(client);
      this.listener = client;
    } catch {
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), 2000).unref();
    }
  }

  private wake(): void {
    if (!this.running) return;
    if (this.inFlightActive) {
      this.wakeRequested = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  private inFlightActive = false;

  /** Relays one batch; returns how many events were dispatched. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await claimPendingEvents(tx, BATCH_SIZE);
      if (rows.length === 0) return 0;
      // Queue connections wait for Redis rather than fail (see QueueModule); a fail-fast ping keeps the events
      // pending instead of holding this transaction open through an outage.
      await this.redis.ping();
      const jobs = jobsFor(rows);
      for (const [queueName, group] of groupByQueue(jobs)) {
        await this.queues[queueName].addBulk(group);
      }
      const carriedBy = new Map(jobs.flatMap((job) => job.data.outboxIds.map((id) => [id, job.opts.jobId])));
      await markDispatched(
        tx,
        rows.map((r) => r.id),
        rows.map((r) => carriedBy.get(r.id)!),
      );
      return rows.length;
    });
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.inFlightActive = true;
      this.inFlight = this.tick().finally(() => {
        this.inFlightActive = false;
      });
    }, delayMs);
  }

  private async tick(): Promise<void> {
    try {
      const dispatched = await this.relayOnce();
      if (this.failures > 0) this.logger.log('Outbox relay recovered');
      this.failures = 0;
      const more = dispatched === BATCH_SIZE || this.wakeRequested;
      this.wakeRequested = false;
      this.schedule(more ? 0 : IDLE_DELAY_MS);
    } catch (error) {
      this.failures += 1;
      if (this.failures === 1 || this.failures % 20 === 0) {
        this.logger.warn(`Outbox relay failed (${this.failures}x), will retry: ${(error as Error).message}`);
      }
      this.schedule(Math.min(MAX_BACKOFF_MS, IDLE_DELAY_MS * 2 ** this.failures));
    }
  }
}

interface RelayedJob {
  name: JobName;
  data: Record<string, unknown> & { outboxIds: string[] };
  opts: typeof DEFAULT_JOB_OPTIONS & { jobId: string };
}

/**
 * One job per coalesce key, from the newest event: these jobs read current state, so one run covers every event
 * of the key, and carries all their ids so that its completion completes them all.
 */
export function jobsFor(rows: readonly PendingOutboxEvent[]): RelayedJob[] {
  const byKey = new Map<string, PendingOutboxEvent[]>();
  for (const row of rows) {
    const events = byKey.get(row.payload.coalesceKey);
    if (events) events.push(row);
    else byKey.set(row.payload.coalesceKey, [row]);
  }
  return [...byKey.values()].map((events) => {
    const newest = events[events.length - 1];
    const { coalesceKey, ...data } = newest.payload;
    return {
      name: newest.topic,
      data: { ...data, outboxIds: events.map((e) => e.id) },
      // BullMQ job ids may not contain ':'; the outbox id makes the id unique per request and stable on replay.
      opts: { ...DEFAULT_JOB_OPTIONS, jobId: outboxJobId(coalesceKey, newest.id) },
    };
  });
}

export function outboxJobId(coalesceKey: string, outboxId: string): string {
  return `${coalesceKey.replace(/:/g, '_')}_${outboxId}`;
}

function groupByQueue(jobs: readonly RelayedJob[]): Map<QueueName, RelayedJob[]> {
  const groups = new Map<QueueName, RelayedJob[]>();
  for (const job of jobs) {
    const queueName = JOB_QUEUE[job.name];
    const group = groups.get(queueName);
    if (group) group.push(job);
    else groups.set(queueName, [job]);
  }
  return groups;
}
