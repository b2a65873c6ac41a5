import { allowAuditMaintenance } from '@werkbrug/audit';
import type { EntityManager } from 'typeorm';
import { ANONYMISE_PLACEMENTS } from './placement-anonymisation';

/** How many rows each step removed or anonymised: all that is kept of an erasure. */
export type ErasureCounts = Record<string, number>;

interface PersonKeys {
  candidateId: string;
  publicCode: string;
  userIds: string[];
  emails: string[];
  matchCaseIds: string[];
  placementIds: string[];
}

/**
 * Erases one person, in the caller's transaction, with their profile row locked: identity, profile, skills,
 * matches and their history, consents and statements, session participations, notifications, mail, exports,
 * their account, and their entries in other people's match lists. Placements stay for the employers' ledger
 * (hours lent and borrowed) without the person and without what was written about them.
 *
 * The steps are explicit, one statement each, so a reviewer sees what happens to every table;
 * `test/erasure.e2e-spec.ts` scans every column of every table afterwards (from the catalog, so a new table
 * that keeps something of the person fails it).
 */
export async function eraseCandidate(tx: EntityManager, candidateId: string): Promise<ErasureCounts> {
  const keys = await personKeys(tx, candidateId);
  const counts: ErasureCounts = {};
  const run = async (step: string, sql: string, params: unknown[]) => {
    const [, affected]: [unknown, number] = await tx.query(sql, params);
    counts[step] = (counts[step] ?? 0) + (affected ?? 0);
  };
  const { candidateId: id, userIds, emails, matchCaseIds, placementIds } = keys;
  const subjects = [id, ...matchCaseIds, ...placementIds];

  // What others were told about the person, and what is queued about them.
  // A notification about something else (a session, say) may still name the person by their public code.
  await run(
    'notifications',
    `DELETE FROM notification WHERE recipient_candidate_id = $1 OR subject_id = ANY($2::uuid[])
       OR strpos(text_nl, $3) > 0 OR strpos(text_en, $3) > 0`,
    [id, subjects, keys.publicCode],
  );
  await run('mail', `DELETE FROM mail_message WHERE to_address = ANY($1::citext[])`, [emails]);
  await run('pendingJobs', `DELETE FROM outbox_event WHERE payload::text LIKE '%' || $1 || '%'`, [id]);

  // Meet-and-greet sessions: their wishes, meetings and participation.
  await run('sessionWishes', `DELETE FROM session_unmet_wish WHERE candidate_id = $1`, [id]);
  await run('sessionWishes', `DELETE FROM session_wish WHERE candidate_id = $1`, [id]);
  await run('sessionMeetings', `DELETE FROM session_meeting WHERE candidate_id = $1`, [id]);
  await run('sessionParticipations', `DELETE FROM session_candidate WHERE candidate_id = $1`, [id]);

  // Placements: the employers keep dates, hours and status for the ledger; everything about the person goes.
  await run('consentRecords', `DELETE FROM consent_record WHERE candidate_id = $1`, [id]);
  await run('consentStatements', `DELETE FROM consent_statement WHERE candidate_id = $1`, [id]);
  await run('placementHistory', `DELETE FROM placement_event WHERE placement_id = ANY($1::uuid[])`, [
    placementIds,
  ]);
  await run('placementsAnonymised', ANONYMISE_PLACEMENTS, [placementIds]);
  // Earlier (cancelled) requests may say who asked and how: their reason goes too.
  await run(
    'erasureRequestReasons',
    `UPDATE erasure_request SET reason = NULL WHERE candidate_id = $1 AND reason IS NOT NULL`,
    [id],
  );

  // Match lists of vacancies that hold the person, and the person's own list.
  await run(
    'matchListEntries',
    `UPDATE match_list l SET other_ids = kept.ids, scores = kept.scores, list_version = l.list_version + 1,
       updated_at = now()
     FROM (SELECT l2.side, l2.owner_id,
                  coalesce(array_agg(o.id ORDER BY o.n) FILTER (WHERE o.id <> $1), '{}') AS ids,
                  coalesce(array_agg(l2.scores[o.n] ORDER BY o.n) FILTER (WHERE o.id <> $1), '{}') AS scores
           FROM match_list l2, unnest(l2.other_ids) WITH ORDINALITY AS o(id, n)
           WHERE l2.side = 'VACANCY' AND $1 = ANY(l2.other_ids)
           GROUP BY l2.side, l2.owner_id) kept
     WHERE l.side = kept.side AND l.owner_id = kept.owner_id`,
    [id],
  );
  await run('matchLists', `DELETE FROM match_list WHERE side = 'CANDIDATE' AND owner_id = $1`, [id]);
  // Chunks of finished rematch runs are spent; one that names the person is dropped (a running one waits: below).
  await run(
    'rematchChunks',
    `DELETE FROM rematch_chunk WHERE done_at IS NOT NULL AND ($1 IN (first_candidate_id, last_candidate_id)
       OR position(decode(replace($1::text, '-', ''), 'hex') IN coalesce(result, ''::bytea)) > 0)`,
    [id],
  );

  // The audit trail keeps what was done (append-only), but no longer to or by whom.
  await allowAuditMaintenance(tx);
  await run(
    'auditEntriesAnonymised',
    `UPDATE audit_entry SET candidate_id = NULL,
       subject_id = CASE WHEN subject_id = ANY($2::uuid[]) THEN NULL ELSE subject_id END,
       actor_user_id = CASE WHEN actor_user_id = ANY($3::uuid[]) THEN NULL ELSE actor_user_id END
     WHERE candidate_id = $1 OR subject_id = ANY($2::uuid[]) OR actor_user_id = ANY($3::uuid[])`,
    [id, subjects, userIds],
  );

  // The profile and everything hanging from it by foreign key (identity, skills, sharing, disclosures, access
  // log, invitations, match cases and their events, ratings, exports, the person's account and its events).
  await run('accounts', `DELETE FROM user_account WHERE id = ANY($1::uuid[])`, [userIds]);
  await run('profile', `DELETE FROM candidate_profile WHERE id = $1`, [id]);
  counts.matchCases = matchCaseIds.length;
  return counts;
}

/** Whether a running regional rematch holds the person in a chunk: the erasure then waits for the next sweep. */
export async function heldByRunningRematch(tx: EntityManager, candidateId: string): Promise<boolean> {
  // Only runs of the person's region still under way: a failed or abandoned run's unfinished chunks (a whole
  // rematch takes seconds to minutes; a day-old one is dead) would otherwise hold people back for ever.
  const rows: unknown[] = await tx.query(
    `SELECT 1 FROM rematch_chunk c JOIN rematch_run r ON r.id = c.run_id
     WHERE c.done_at IS NULL AND r.status IN ('QUEUED', 'SCORING', 'FINISHING')
       AND r.requested_at > now() - interval '1 day'
       AND r.region_code = (SELECT region_code FROM candidate_profile WHERE id = $1)
       AND $1::uuid BETWEEN c.first_candidate_id AND c.last_candidate_id
     LIMIT 1`,
    [candidateId],
  );
  return rows.length > 0;
}

async function personKeys(tx: EntityManager, candidateId: string): Promise<PersonKeys> {
  const [row]: {
    public_code: string;
    identity_email: string | null;
    user_ids: string[];
    account_emails: string[];
    match_case_ids: string[];
    placement_ids: string[];
  }[] = await tx.query(
    `SELECT c.public_code, i.email AS identity_email,
            ARRAY(SELECT id FROM user_account WHERE candidate_id = c.id) AS user_ids,
            ARRAY(SELECT email::text FROM user_account WHERE candidate_id = c.id) AS account_emails,
            ARRAY(SELECT id FROM match_case WHERE candidate_id = c.id) AS match_case_ids,
            ARRAY(SELECT id FROM placement WHERE candidate_id = c.id) AS placement_ids
     FROM candidate_profile c LEFT JOIN candidate_identity i ON i.candidate_id = c.id WHERE c.id = $1`,
    [candidateId],
  );
  return {
    candidateId,
    publicCode: row.public_code,
    userIds: row.user_ids,
    emails: [...row.account_emails, ...(row.identity_email ? [row.identity_email] : [])],
    matchCaseIds: row.match_case_ids,
    placementIds: row.placement_ids,
  };
}
