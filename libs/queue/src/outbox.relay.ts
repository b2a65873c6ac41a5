import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, JOB_QUEUE, JobName, QueueName } from './queue.contract';

interface OutboxRow {
  id: string;
  topic: JobName;
  payload: { coalesceKey: string } & Record<string, unknown>;
}

const BATCH_SIZE = 500;
const IDLE_DELAY_MS = 200;
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

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QueueName.STATISTICS) statisticsQueue: Queue,
  ) {
    this.queues = { [QueueName.STATISTICS]: statisticsQueue };
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.inFlight;
  }

  /** Relays one batch; returns how many events were dispatched. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows: OutboxRow[] = await tx.query(
        `SELECT id::text, topic, payload FROM outbox_event WHERE dispatched_at IS NULL
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
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
    this.timer = setTimeout(() => {
      this.inFlight = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    try {
      const dispatched = await this.relayOnce();
      if (this.failures > 0) this.logger.log('Outbox relay recovered');
      this.failures = 0;
      this.schedule(dispatched === BATCH_SIZE ? 0 : IDLE_DELAY_MS);
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
