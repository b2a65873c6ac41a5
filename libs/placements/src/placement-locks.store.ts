import type { EntityManager } from 'typeorm';

/**
 * Every write that can change a candidate's or a host's placements takes these two locks first, in one order:
 * conflict checks and the worker's proposals then see each other's results, and two writers never deadlock.
 */
export async function lockCandidateAndHost(
  tx: EntityManager,
  candidateId: string,
  hostEmployerId: string,
): Promise<void> {
  for (const key of [`placement-candidate:${candidateId}`, `placement-host:${hostEmployerId}`].sort())
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [key]);
}
