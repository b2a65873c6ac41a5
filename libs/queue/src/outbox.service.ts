import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxMessage } from './queue.contract';

/** Notified (on commit) whenever outbox events are written, so the relay does not wait for its next poll. */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * Writes job requests into the outbox inside the caller's transaction: the change and the work it needs are
 * committed together, so nothing is lost when Redis is briefly away.
 */
@Injectable()
export class OutboxService {
  async publish(tx: EntityManager, ...messages: OutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
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
}
