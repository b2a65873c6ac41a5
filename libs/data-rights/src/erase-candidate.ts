import { accountsOfPerson, eraseAccountsOfPerson } from '@werkbrug/accounts/candidate-accounts.store';
import { anonymiseAuditOfPerson } from '@werkbrug/audit';
import { candidateKeys, eraseConsentsOfPerson, eraseProfile } from '@werkbrug/candidates';
import { addCounts, type RemovalCounts, type SystemScope } from '@werkbrug/core';
import { eraseMailOfPerson } from '@werkbrug/mail';
import { erasePersonFromMatching, heldByRunningRematch, matchCaseIdsOfPerson } from '@werkbrug/matching';
import { eraseNotificationsOfPerson } from '@werkbrug/notifications';
import { anonymisePlacementsOfPerson, placementIdsOfPerson } from '@werkbrug/placements';
import { erasePendingEventsOfPerson } from '@werkbrug/queue';
import { erasePersonFromSessions } from '@werkbrug/sessions';
import type { EntityManager } from 'typeorm';
import { clearErasureRequestReasons } from './erasure-request.store';

/** How many rows each step removed or anonymised: all that is kept of an erasure. */
export type ErasureCounts = RemovalCounts;

/** An erasure is Werkbrug's own work once due, whoever asked for it (or the retention period that ran out). */
const ERASURE: SystemScope = { system: 'erasure' };

/**
 * Erases one person, in the caller's transaction, with their profile row locked: identity, profile, skills,
 * matches and their history, consents and statements, session participations, notifications, mail, exports,
 * their account, and their entries in other people's match lists. Placements stay for the employers' ledger
 * (hours lent and borrowed) without the person and without what was written about them.
 *
 * Each lib erases what it owns (its `…OfPerson` functions); this is the order. `test/erasure.e2e-spec.ts` scans
 * every column of every table afterwards (from the catalog, so a new table that keeps something of the person
 * fails it).
 */
export async function eraseCandidate(tx: EntityManager, candidateId: string): Promise<ErasureCounts> {
  const keys = await candidateKeys(tx, candidateId);
  const accounts = await accountsOfPerson(tx, candidateId);
  const matchCaseIds = await matchCaseIdsOfPerson(tx, candidateId);
  const placementIds = await placementIdsOfPerson(tx, ERASURE, candidateId);
  const subjectIds = [candidateId, ...matchCaseIds, ...placementIds];
  const emails = [...accounts.emails, ...(keys.identityEmail ? [keys.identityEmail] : [])];
  const counts: ErasureCounts = {};

  // What others were told about the person, and what is queued about them.
  addCounts(
    counts,
    await eraseNotificationsOfPerson(tx, { candidateId, subjectIds, publicCode: keys.publicCode }),
  );
  addCounts(counts, await eraseMailOfPerson(tx, emails));
  addCounts(counts, await erasePendingEventsOfPerson(tx, candidateId));
  addCounts(counts, await erasePersonFromSessions(tx, ERASURE, candidateId));
  // Placements: the employers keep dates, hours and status for the ledger; everything about the person goes.
  addCounts(counts, await eraseConsentsOfPerson(tx, candidateId));
  addCounts(counts, await anonymisePlacementsOfPerson(tx, ERASURE, placementIds));
  counts.erasureRequestReasons = await clearErasureRequestReasons(tx, ERASURE, candidateId);
  addCounts(counts, await erasePersonFromMatching(tx, candidateId));
  addCounts(counts, await anonymiseAuditOfPerson(tx, { candidateId, subjectIds, userIds: accounts.userIds }));
  addCounts(counts, await eraseAccountsOfPerson(tx, accounts.userIds));
  addCounts(counts, await eraseProfile(tx, candidateId));
  counts.matchCases = matchCaseIds.length;
  return counts;
}

/** Whether a running regional rematch holds the person: the erasure then waits for the next sweep. */
export async function candidateHeldByRematch(tx: EntityManager, candidateId: string): Promise<boolean> {
  const { regionCode } = await candidateKeys(tx, candidateId);
  return heldByRunningRematch(tx, { candidateId, regionCode });
}
