import { Inject, Injectable } from '@nestjs/common';
import type IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import {
  markCompleted,
  markPendingAgain,
  unfinishedEvents,
  type DispatchedOutboxEvent,
} from './outbox.store';
import { JOB_QUEUE } from './queue.contract';
import { QUEUES_BY_NAME, type QueuesByName } from './queue.module';
import { REDIS_CLIENT } from './redis-connection';

/** After this many dispatches an event stays for a person to look at: its job fails every time. */
export const MAX_OUTBOX_DISPATCHES = 20;
const BATCH_SIZE = 500;
/** A queue connection waits for Redis; the reconciler must not hold its transaction through an outage. */
const REDIS_ANSWER_TIMEOUT_MS = 5000;

export interface ReconcileCounts {
  /** Jobs still waiting, delayed or running. */
  inFlight: number;
  /** Events whose job had completed but whose completion was not recorded. */
  completed: number;
  /** Events made pending again: Redis had lost their job, or it had failed for good. */
  requeued: number;
}

/**
 * Finds outbox events dispatched some time ago whose job has not completed, and asks Redis what became of each
 * job: still in flight → left alone; completed → recorded; unknown (Redis restarted empty) or failed after all
 * its retries (a long PostgreSQL outage) → the event is made pending again, so the relay gives it a new job. With
 * the relay this makes every committed change reach its effect, whatever Redis lost. Any number of workers may
 * run it side by side: events are locked with SKIP LOCKED.
 */
@Injectable()
export class OutboxReconciler {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: IORedis,
    @Inject(QUEUES_BY_NAME) private readonly queues: QueuesByName,
  ) {}

  async reconcileOnce(olderThanMs: number): Promise<ReconcileCounts> {
    return this.dataSource.transaction(async (tx) => {
      const counts: ReconcileCounts = { inFlight: 0, completed: 0, requeued: 0 };
      const events = await unfinishedEvents(
        tx,
        new Date(Date.now() - olderThanMs),
        MAX_OUTBOX_DISPATCHES,
        BATCH_SIZE,
      );
      if (events.length === 0) return counts;
      await this.redis.ping();
      for (const [jobId, carried] of byJob(events)) {
        const ids = carried.map((e) => e.id);
        const queue = this.queues[JOB_QUEUE[carried[0].topic]];
        const state = jobId === UNRECORDED ? 'unknown' : await answerInTime(queue.getJobState(jobId));
        if (state === 'completed') {
          await markCompleted(tx, ids);
          counts.completed += ids.length;
        } else if (state === 'unknown') {
          await markPendingAgain(tx, ids, `job ${jobId} was lost by the queue`);
          counts.requeued += ids.length;
        } else if (state === 'failed') {
          const job = await answerInTime(queue.getJob(jobId));
          // The failed job keeps its id in Redis; it goes, so the relay may add the same id again.
          await answerInTime(job?.remove() ?? Promise.resolve());
          await markPendingAgain(tx, ids, `job ${jobId} failed: ${job?.failedReason ?? 'unknown reason'}`);
          counts.requeued += ids.length;
        } else {
          counts.inFlight += ids.length;
        }
      }
      return counts;
    });
  }
}

/** Events without a recorded job: nothing to ask Redis, so they are taken as lost (jobs are idempotent). */
const UNRECORDED = '';

function byJob(events: readonly DispatchedOutboxEvent[]): Map<string, DispatchedOutboxEvent[]> {
  const jobs = new Map<string, DispatchedOutboxEvent[]>();
  for (const event of events) {
    const jobId = event.jobId ?? UNRECORDED;
    const carried = jobs.get(jobId);
    if (carried) carried.push(event);
    else jobs.set(jobId, [event]);
  }
  return jobs;
}

function answerInTime<T>(answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Redis did not answer in time')), REDIS_ANSWER_TIMEOUT_MS);
  });
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
}
