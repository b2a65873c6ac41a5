import { accountsOfPerson, eraseAccountsOfPerson } from '@werkbrug/accounts/candidate-accounts';
import { anonymiseAuditOfPerson } from '@werkbrug/audit';
import { candidateKeys, eraseConsentsOfPerson, eraseProfile } from '@werkbrug/candidates';
import { addCounts, affectedRows, type RemovalCounts } from '@werkbrug/core';
import { eraseMailOfPerson } from '@werkbrug/mail';
import { erasePersonFromMatching, heldByRunningRematch, matchCaseIdsOfPerson } from '@werkbrug/matching';
import { eraseNotificationsOfPerson } from '@werkbrug/notifications';
import { anonymisePlacementsOfPerson, placementIdsOfPerson } from '@werkbrug/placements';
import { erasePendingEventsOfPerson } from '@werkbrug/queue';
import { erasePersonFromSessions } from '@werkbrug/sessions';
import type { EntityManager } from 'typeorm';

/** How many rows each step removed or anonymised: all that is kept of an erasure. */
export type ErasureCounts = RemovalCounts;

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
  const placementIds = await placementIdsOfPerson(tx, candidateId);
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
  addCounts(counts, await erasePersonFromSessions(tx, candidateId));
  // Placements: the employers keep dates, hours and status for the ledger; everything about the person goes.
  addCounts(counts, await eraseConsentsOfPerson(tx, candidateId));
  addCounts(counts, await anonymisePlacementsOfPerson(tx, placementIds));
  // Earlier (cancelled) requests may say who asked and how: their reason goes too.
  counts.erasureRequestReasons = await affectedRows(
    tx,
    `UPDATE erasure_request SET reason = NULL WHERE candidate_id = $1 AND reason IS NOT NULL`,
    [candidateId],
  );
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
