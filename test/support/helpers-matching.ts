import { expectData } from './helpers-auth';
import { eventually } from './helpers-infra';
import type { TestApp } from './test-app';

/** Opens a vacancy for matching, as its HR lead would. */
export async function openVacancy(t: TestApp, token: string, vacancyId: string): Promise<void> {
  expectData(
    await t.gql(
      `mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`,
      { id: vacancyId },
      token,
    ),
  );
}

/** Waits until the worker has put the vacancy on the match list of every candidate given. */
export async function waitForPairsListed(
  f: { query<T = unknown>(sql: string, params?: unknown[]): Promise<T[]> },
  candidateIds: readonly string[],
  vacancyId: string,
  timeoutMs = 60_000,
): Promise<void> {
  await eventually(
    `${candidateIds.length} pair(s) on the match lists`,
    () =>
      f.query(
        `SELECT 1 FROM match_list WHERE side = 'CANDIDATE' AND owner_id = ANY($1) AND $2 = ANY(other_ids)`,
        [candidateIds, vacancyId],
      ),
    (rows) => rows.length === candidateIds.length,
    timeoutMs,
  );
}
