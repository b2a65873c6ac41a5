import type { EntityManager } from 'typeorm';

/** The placements the network's offers became (their ids), whichever request of the network they answered. */
export async function offerPlacementIds(manager: EntityManager, networkId: string): Promise<string[]> {
  const rows: { placement_id: string }[] = await manager.query(
    `SELECT a.placement_id
       FROM collegial_request_answer a
       JOIN collegial_request q ON q.id = a.request_id
      WHERE q.network_id = $1 AND a.placement_id IS NOT NULL`,
    [networkId],
  );
  return rows.map((r) => r.placement_id);
}

export interface NotesReminder {
  readonly networkId: string;
  readonly networkName: string;
  readonly employerId: string;
}

/**
 * Claims the active members that have written no notes for the quarter and were not yet reminded of it: one
 * reminder per member and quarter, whichever worker gets there first (the insert decides).
 */
export async function claimNotesReminders(
  tx: EntityManager,
  quarterStart: string,
  now: Date,
  limit: number,
): Promise<NotesReminder[]> {
  const rows: { network_id: string; employer_id: string; name: string }[] = await tx.query(
    `WITH claimed AS (
       INSERT INTO network_review_reminder (network_id, employer_id, quarter_start, reminded_at)
       SELECT m.network_id, m.employer_id, $1::date, $2
         FROM employer_network_member m
        WHERE m.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM network_review_note n
                           WHERE n.network_id = m.network_id AND n.employer_id = m.employer_id
                             AND n.quarter_start = $1::date)
          AND NOT EXISTS (SELECT 1 FROM network_review_reminder r
                           WHERE r.network_id = m.network_id AND r.employer_id = m.employer_id
                             AND r.quarter_start = $1::date)
        LIMIT $3
       ON CONFLICT DO NOTHING
       RETURNING network_id, employer_id)
     SELECT c.network_id, c.employer_id, n.name
       FROM claimed c JOIN employer_network n ON n.id = c.network_id`,
    [quarterStart, now, limit],
  );
  return rows.map((r) => ({ networkId: r.network_id, networkName: r.name, employerId: r.employer_id }));
}
