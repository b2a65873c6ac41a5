import type { EntityManager } from 'typeorm';

/**
 * One fact row per trajectory, from the trajectory, the candidate's track (candidate_outcome_scope), the client's
 * sector (employer_sector_scope), the first hire elsewhere that started on or after the trajectory's start, and
 * that hire's six-month follow-up. `where` limits it to some trajectories (alias `t`).
 */
function upsertFacts(where: string): string {
  return `
    INSERT INTO trajectory_fact (trajectory_id, region_code, candidate_id, client_employer_id, sector, track, kind,
                                 started_on, closed_on, outcome, placed_on, retention_answered, retained_6m,
                                 refreshed_at)
    SELECT t.id, t.region_code, t.candidate_id, t.client_employer_id, e.sector, c.track, t.kind, t.started_on,
           t.closed_on, t.outcome, h.started_on, coalesce(f.answered_on IS NOT NULL, false), f.still_employed, now()
      FROM trajectory t
      JOIN candidate_outcome_scope c ON c.candidate_id = t.candidate_id
      JOIN employer_sector_scope e ON e.employer_id = t.client_employer_id
      LEFT JOIN LATERAL (
        SELECT h.id, h.started_on FROM hire h
         WHERE h.candidate_id = t.candidate_id AND h.external AND h.started_on >= t.started_on
           -- A hire after the candidate's next trajectory began belongs to that one.
           AND NOT EXISTS (SELECT 1 FROM trajectory n WHERE n.candidate_id = t.candidate_id
                             AND n.started_on > t.started_on AND n.started_on <= h.started_on)
         ORDER BY h.started_on, h.id LIMIT 1) h ON true
      LEFT JOIN follow_up f ON f.hire_id = h.id AND f.months = 6
     WHERE ${where}
    ON CONFLICT (trajectory_id) DO UPDATE SET
      region_code = EXCLUDED.region_code, client_employer_id = EXCLUDED.client_employer_id,
      sector = EXCLUDED.sector, track = EXCLUDED.track, kind = EXCLUDED.kind, started_on = EXCLUDED.started_on,
      closed_on = EXCLUDED.closed_on, outcome = EXCLUDED.outcome, placed_on = EXCLUDED.placed_on,
      retention_answered = EXCLUDED.retention_answered, retained_6m = EXCLUDED.retained_6m,
      refreshed_at = EXCLUDED.refreshed_at`;
}

/** The facts of one candidate's trajectories, as they are now. */
export async function refreshCandidateFacts(manager: EntityManager, candidateId: string): Promise<void> {
  await manager.query(upsertFacts('t.candidate_id = $1'), [candidateId]);
}

/** Every fact again: the nightly rebuild that repairs whatever an event missed. */
export async function rebuildAllFacts(manager: EntityManager): Promise<number> {
  await manager.query(upsertFacts('true'));
  const [{ n }]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM trajectory_fact`);
  return n;
}

/** Claims tonight's rebuild for this worker: true for exactly one caller per day. */
export async function claimNightlyRebuild(manager: EntityManager, day: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO trajectory_fact_rebuild (day) VALUES ($1) ON CONFLICT (day) DO NOTHING RETURNING day`,
    [day],
  );
  return rows.length === 1;
}
