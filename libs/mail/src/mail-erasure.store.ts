import { affectedRows, type RemovalCounts } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/** Erasure of a person: every mail to their addresses, sent or not. */
export async function eraseMailOfPerson(
  tx: EntityManager,
  emails: readonly string[],
): Promise<RemovalCounts> {
  return {
    mail: await affectedRows(tx, `DELETE FROM mail_message WHERE to_address = ANY($1::citext[])`, [emails]),
  };
}
