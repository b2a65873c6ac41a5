import type { EntityManager } from 'typeorm';

/** One choice per person and plan: a new one replaces the old, with the version read and the time of choosing. */
export async function upsertChoice(
  manager: EntityManager,
  choice: { planId: string; versionId: string; candidateId: string; pathId: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO mobility_plan_choice (plan_id, version_id, candidate_id, path_id)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (plan_id, candidate_id)
     DO UPDATE SET version_id = EXCLUDED.version_id, path_id = EXCLUDED.path_id, chosen_at = now()`,
    [choice.planId, choice.versionId, choice.candidateId, choice.pathId],
  );
}
