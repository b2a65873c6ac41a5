import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { insertOutboxEvents } from './outbox.store';
import type { OutboxMessage } from './queue.contract';

/**
 * Writes job requests into the outbox inside the caller's transaction: the change and the work it needs are
 * committed together, so nothing is lost when Redis is briefly away.
 */
@Injectable()
export class OutboxService {
  async publish(tx: EntityManager, ...messages: OutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await insertOutboxEvents(tx, messages);
  }
}
