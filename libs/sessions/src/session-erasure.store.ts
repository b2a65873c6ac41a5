import { affectedRows, type RemovalCounts, type SystemScope } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/** Erasure of a person: their wishes, meetings and participation in meet-and-greet sessions. */
export async function erasePersonFromSessions(
  tx: EntityManager,
  _scope: SystemScope,
  candidateId: string,
): Promise<RemovalCounts> {
  const remove = (table: string) =>
    affectedRows(tx, `DELETE FROM ${table} WHERE candidate_id = $1`, [candidateId]);
  return {
    sessionWishes: (await remove('session_unmet_wish')) + (await remove('session_wish')),
    sessionMeetings: await remove('session_meeting'),
    sessionParticipations: await remove('session_candidate'),
  };
}
