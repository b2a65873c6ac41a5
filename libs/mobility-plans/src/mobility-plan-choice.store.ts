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

/** How many people chose each path of each plan, by plan id and then path id. */
export async function choiceCountsByPath(
  manager: EntityManager,
  planIds: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  const counts = new Map<string, Map<string, number>>();
  if (planIds.length === 0) return counts;
  const rows: { plan_id: string; path_id: string; n: number }[] = await manager.query(
    `SELECT plan_id, path_id, count(*)::int AS n FROM mobility_plan_choice
      WHERE plan_id = ANY($1::uuid[]) GROUP BY plan_id, path_id`,
    [planIds],
  );
  for (const row of rows) {
    const perPath = counts.get(row.plan_id) ?? new Map<string, number>();
    perPath.set(row.path_id, row.n);
    counts.set(row.plan_id, perPath);
  }
  return counts;
}

/** The employee's kept figures, replaced by the newest. */
export async function upsertFigures(
  manager: EntityManager,
  candidateId: string,
  figures: { grossMonthlySalaryEur: number; yearsOfService: number; employmentHistoryYears: number },
): Promise<void> {
  await manager.query(
    `INSERT INTO mobility_figures (candidate_id, gross_monthly_salary_eur, years_of_service, employment_history_years)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (candidate_id) DO UPDATE SET gross_monthly_salary_eur = EXCLUDED.gross_monthly_salary_eur,
       years_of_service = EXCLUDED.years_of_service, employment_history_years = EXCLUDED.employment_history_years,
       saved_at = now()`,
    [candidateId, figures.grossMonthlySalaryEur, figures.yearsOfService, figures.employmentHistoryYears],
  );
}
