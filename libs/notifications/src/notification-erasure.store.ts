import { affectedRows, type RemovalCounts } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/**
 * Erasure of a person: the messages to them or about them (their profile, matches, placements), and messages
 * about something else that still name them by their public code.
 */
export async function eraseNotificationsOfPerson(
  tx: EntityManager,
  person: { candidateId: string; subjectIds: readonly string[]; publicCode: string },
): Promise<RemovalCounts> {
  return {
    notifications: await affectedRows(
      tx,
      `DELETE FROM notification WHERE recipient_candidate_id = $1 OR subject_id = ANY($2::uuid[])
         OR strpos(text_nl, $3) > 0 OR strpos(text_en, $3) > 0`,
      [person.candidateId, person.subjectIds, person.publicCode],
    ),
  };
}
