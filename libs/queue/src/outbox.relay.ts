import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, JOB_QUEUE, JobName, QueueName } from './queue.contract';
import { OUTBOX_CHANNEL } from './outbox.service';
import { REDIS_CLIENT } from './redis-connection';
import type IORedis from 'ioredis';

interface OutboxRow {
  id: string;
  topic: JobName;
  payload: { coalesceKey: string } & Record<string, unknown>;
}

const BATCH_SIZE = 500;
/** Polling is the fallback; a NOTIFY from the committing transaction wakes the relay at once. */
const IDLE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 10_000;

/**
 * Moves committed outbox events to BullMQ. Rows are locked (SKIP LOCKED, so several workers can relay side by
 * side), added to Redis, then marked dispatched in the same transaction: if Redis is down the transaction rolls
 * back and the events wait. A crash between adding and committing re-adds the same job ids, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues: Record<QueueName, Queue>;
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
    @InjectQueue(QueueName.STATISTICS) statisticsQueue: Queue,
    @InjectQueue(QueueName.MATCHING) matchingQueue: Queue,
    @InjectQueue(QueueName.REMATCH) rematchQueue: Queue,
    @InjectQueue(QueueName.SESSIONS) sessionsQueue: Queue,
  ) {
    this.queues = {
      [QueueName.STATISTICS]: statisticsQueue,
      [QueueName.MATCHING]: matchingQueue,
      [QueueName.REMATCH]: rematchQueue,
      [QueueName.SESSIONS]: sessionsQueue,
    };
  }

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
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
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
      const rows: OutboxRow[] = await tx.query(
        `SELECT id::text, topic, payload FROM outbox_event WHERE dispatched_at IS NULL
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      // Queue connections wait for Redis rather than fail (see QueueModule); a fail-fast ping keeps the events
      // pending instead of holding this transaction open through an outage.
      await this.redis.ping();
      for (const [queueName, jobs] of groupByQueue(coalesce(rows))) {
        await this.queues[queueName].addBulk(jobs);
      }
      await tx.query(
        `UPDATE outbox_event SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`,
        [rows.map((r) => r.id)],
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

/** Keeps the newest event per coalesce key: these jobs read current state, so one run covers them all. */
function coalesce(rows: OutboxRow[]): OutboxRow[] {
  const newest = new Map<string, OutboxRow>();
  for (const row of rows) newest.set(row.payload.coalesceKey, row);
  return [...newest.values()];
}

function groupByQueue(rows: OutboxRow[]) {
  const groups = new Map<QueueName, { name: string; data: Record<string, unknown>; opts: object }[]>();
  for (const row of rows) {
    const queueName = JOB_QUEUE[row.topic];
    const { coalesceKey, ...data } = row.payload;
    const jobs = groups.get(queueName) ?? [];
    // BullMQ job ids may not contain ':'; the outbox id makes the id unique per request and stable on replay.
    jobs.push({
      name: row.topic,
      data,
      opts: { ...DEFAULT_JOB_OPTIONS, jobId: `${coalesceKey.replace(/:/g, '_')}_${row.id}` },
    });
    groups.set(queueName, jobs);
  }
  return groups;
}
