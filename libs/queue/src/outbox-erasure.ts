import { affectedRows, type RemovalCounts } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/** Erasure of a person: events not yet dispatched that name them (rescore, plan, …). */
export async function erasePendingEventsOfPerson(
  tx: EntityManager,
  candidateId: string,
): Promise<RemovalCounts> {
  return {
    pendingJobs: await affectedRows(
      tx,
      `DELETE FROM outbox_event WHERE payload::text LIKE '%' || $1 || '%'`,
      [candidateId],
    ),
  };
}
