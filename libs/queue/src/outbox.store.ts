import type { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import type { JobName, OutboxMessage } from './queue.contract';

/** Notified (on commit) whenever outbox events are written, so the relay does not wait for its next poll. */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * The outbox table's SQL. An event goes through three states: pending (written with the change it announces),
 * dispatched (a BullMQ job carries it, `job_id`) and completed (that job finished). Only a completed event is
 * done; a dispatched one whose job Redis no longer knows is made pending again by the reconciler.
 */

export interface PendingOutboxEvent {
  id: string;
  topic: JobName;
  payload: { coalesceKey: string } & Record<string, unknown>;
}

export interface DispatchedOutboxEvent {
  id: string;
  topic: JobName;
  /** Null for events dispatched before jobs were recorded, or marked dispatched by hand. */
  jobId: string | null;
  attempts: number;
}

export async function insertOutboxEvents(
  tx: EntityManager,
  messages: readonly OutboxMessage[],
): Promise<void> {
  await tx.query(
    `INSERT INTO outbox_event (topic, payload)
     SELECT x.topic, x.payload FROM jsonb_to_recordset($1::jsonb) AS x(topic text, payload jsonb)`,
    [
      JSON.stringify(
        messages.map((m) => ({ topic: m.job, payload: { ...m.payload, coalesceKey: m.coalesceKey } })),
      ),
    ],
  );
  await tx.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
}

/** Subscribes a connection of its own to the commits that write outbox events. */
export async function listenForOutboxEvents(client: Client): Promise<void> {
  await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
}

/** The oldest pending events, locked for the caller's transaction (SKIP LOCKED: relays run side by side). */
export function claimPendingEvents(tx: EntityManager, limit: number): Promise<PendingOutboxEvent[]> {
  return tx.query(
    `SELECT id::text, topic, payload FROM outbox_event WHERE dispatched_at IS NULL
     ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
}

/** Records which job carries each event (`jobIds[i]` for `ids[i]`). */
export async function markDispatched(
  tx: EntityManager,
  ids: readonly string[],
  jobIds: readonly string[],
): Promise<void> {
  await tx.query(
    `UPDATE outbox_event e SET dispatched_at = now(), attempts = attempts + 1, job_id = d.job_id
     FROM unnest($1::bigint[], $2::text[]) AS d(id, job_id) WHERE e.id = d.id`,
    [ids, jobIds],
  );
}

export async function markCompleted(manager: EntityManager, ids: readonly string[]): Promise<void> {
  await manager.query(
    `UPDATE outbox_event SET completed_at = now() WHERE id = ANY($1::bigint[]) AND completed_at IS NULL`,
    [ids],
  );
}

/**
 * Events dispatched before `before` whose job has not completed, fewer than `maxAttempts` times, locked for the
 * caller's transaction. An event at the limit stays as it is, for a person to look at (its last_error says why).
 */
export function unfinishedEvents(
  tx: EntityManager,
  before: Date,
  maxAttempts: number,
  limit: number,
): Promise<DispatchedOutboxEvent[]> {
  return tx.query(
    `SELECT id::text, topic, job_id AS "jobId", attempts FROM outbox_event
     WHERE dispatched_at IS NOT NULL AND completed_at IS NULL AND dispatched_at < $1 AND attempts < $2
     ORDER BY dispatched_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
    [before, maxAttempts, limit],
  );
}

/** Makes events pending again, so the relay hands them to a new job; `reason` is kept as their last error. */
export async function markPendingAgain(
  tx: EntityManager,
  ids: readonly string[],
  reason: string,
): Promise<void> {
  await tx.query(
    `UPDATE outbox_event SET dispatched_at = NULL, job_id = NULL, last_error = $2 WHERE id = ANY($1::bigint[])`,
    [ids, reason],
  );
}
