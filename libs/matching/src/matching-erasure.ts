import type { RemovalCounts } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { caseIdsOfCandidate } from './match-case.store';
import { eraseFromLists } from './match-list.store';
import { deleteSpentChunksNaming, runningChunkHolds } from './rematch-chunk.store';
import { ERASURE_SCOPE } from './system-scope';

/** What an erasure (libs/data-rights) removes of matching's tables; every call here runs in the erasure scope. */

/** The person's match cases (by id), for an erasure. */
export function matchCaseIdsOfPerson(tx: EntityManager, candidateId: string): Promise<string[]> {
  return caseIdsOfCandidate(tx, ERASURE_SCOPE, candidateId);
}

/**
 * Erasure of a person: their own match list, their entries in vacancies' lists, and the spent chunks of
 * finished rematch runs that name them. (Their match cases, events and ratings go with the profile, by foreign key.)
 */
export async function erasePersonFromMatching(
  tx: EntityManager,
  candidateId: string,
): Promise<RemovalCounts> {
  const { matchListEntries, matchLists } = await eraseFromLists(tx, ERASURE_SCOPE, candidateId);
  return {
    matchListEntries,
    matchLists,
    // A running run's chunk waits (heldByRunningRematch): only finished runs' chunks are spent.
    rematchChunks: await deleteSpentChunksNaming(tx, ERASURE_SCOPE, candidateId),
  };
}

/** Whether a running regional rematch holds the person in a chunk: an erasure then waits for the next sweep. */
export function heldByRunningRematch(
  tx: EntityManager,
  person: { candidateId: string; regionCode: string },
): Promise<boolean> {
  return runningChunkHolds(tx, ERASURE_SCOPE, person);
}
