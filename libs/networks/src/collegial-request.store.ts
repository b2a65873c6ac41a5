import { affectedRows } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

export interface UnansweredRecipient {
  readonly requestId: string;
  readonly employerId: string;
  readonly networkName: string;
}

/**
 * Claims members that have not answered an open request although it was put to them `reminder_after_days` ago,
 * and were not reminded within as many days; marks them reminded. Members that left are not reminded. In the
 * caller's transaction; rows another worker holds are skipped.
 */
export async function claimUnansweredRecipients(
  tx: EntityManager,
  now: Date,
  limit: number,
): Promise<UnansweredRecipient[]> {
  const rows: { request_id: string; employer_id: string; name: string }[] = await tx.query(
    `SELECT r.request_id, r.employer_id, n.name
       FROM collegial_request_recipient r
       JOIN collegial_request q ON q.id = r.request_id
       JOIN employer_network n ON n.id = q.network_id
       JOIN employer_network_member m
         ON m.network_id = q.network_id AND m.employer_id = r.employer_id AND m.status = 'ACTIVE'
      WHERE q.status = 'OPEN'
        AND q.created_at <= $1::timestamptz - make_interval(days => n.reminder_after_days)
        AND (r.reminded_at IS NULL OR r.reminded_at <= $1::timestamptz - make_interval(days => n.reminder_after_days))
        AND NOT EXISTS (SELECT 1 FROM collegial_request_answer a
                         WHERE a.request_id = r.request_id AND a.employer_id = r.employer_id)
      ORDER BY q.created_at
      LIMIT $2
      FOR UPDATE OF r SKIP LOCKED`,
    [now, limit],
  );
  for (const row of rows)
    await tx.query(
      `UPDATE collegial_request_recipient SET reminded_at = $3 WHERE request_id = $1 AND employer_id = $2`,
      [row.request_id, row.employer_id, now],
    );
  return rows.map((r) => ({ requestId: r.request_id, employerId: r.employer_id, networkName: r.name }));
}

/**
 * Links a new placement to the offer it came from, provided the offer still has the placement the caller saw
 * (none, or a declined or cancelled one): of two proposals at once, one links. Whether it did.
 */
export async function linkOfferPlacement(
  tx: EntityManager,
  requestId: string,
  employerId: string,
  placementId: string,
  previous: string | null,
): Promise<boolean> {
  const linked = await affectedRows(
    tx,
    `UPDATE collegial_request_answer SET placement_id = $3
      WHERE request_id = $1 AND employer_id = $2 AND placement_id IS NOT DISTINCT FROM $4::uuid`,
    [requestId, employerId, placementId, previous],
  );
  return linked === 1;
}
