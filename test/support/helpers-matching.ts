import { type Fixtures, vacancyInput } from './fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  createVacancy,
  expectData,
  vacancyInputIn,
} from './helpers-auth';
import { eventually } from './helpers-infra';
import type { TestApp } from './test-app';

/** Creates and opens a one-position vacancy in the region through the API: each answer is an acknowledged change. */
export async function openNewVacancy(
  t: TestApp,
  f: Fixtures,
  token: string,
  regionCode: string,
): Promise<string> {
  const id = await createVacancy(
    t,
    token,
    await vacancyInput(f, { locationPc4: await f.pc4(regionCode), positions: 1 }),
  );
  await openVacancy(t, token, id);
  return id;
}

/** Changes a vacancy's hours, which its match list depends on: another acknowledged change. */
export async function changeVacancyHours(
  t: TestApp,
  token: string,
  id: string,
  hoursMax: number,
): Promise<void> {
  expectData(
    await t.gql(
      `mutation($id: ID!, $input: UpdateVacancyInput!) { updateVacancy(id: $id, input: $input) { id } }`,
      { id, input: { hoursMin: 8, hoursMax } },
      token,
    ),
  );
}

/** Vacancies whose match list was last written before their last change (or never). */
export function staleVacancyLists(f: Fixtures, ids: string[]): Promise<{ id: string }[]> {
  return f.query<{ id: string }>(
    `SELECT v.id FROM vacancy v LEFT JOIN match_list l ON l.side = 'VACANCY' AND l.owner_id = v.id
     WHERE v.id = ANY($1::uuid[]) AND (l.updated_at IS NULL OR l.updated_at < v.updated_at)`,
    [ids],
  );
}

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

/**
 * An active candidate who matches every vacancy from `secondmentVacancyInput` on the same skills: the first three
 * as strengths, open to any sector and contract, 16–32 hours, a contract ending in 300 days. Overrides win.
 */
export async function createMatchableCandidate(
  t: TestApp,
  f: Fixtures,
  token: string,
  place: { pc4: string; skills: readonly string[] },
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const id = await createCandidate(
    t,
    token,
    await candidateInputIn(f, place.pc4, {
      strengths: place.skills.slice(0, 3).map((skillId) => ({ skillId, level: 3 })),
      sectorsOpen: [],
      contractTypes: [],
      supportNeeds: [],
      hoursMin: 16,
      hoursMax: 32,
      contractEndDate: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
      ...overrides,
    }),
  );
  await changeCandidateStatus(t, token, id, 'ACTIVE');
  return id;
}

/** A secondment vacancy requiring the first two of `skills`, 16–20 hours, starting at once. Overrides win. */
export function secondmentVacancyInput(
  f: Fixtures,
  place: { pc4: string; skills: readonly string[] },
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  return vacancyInputIn(f, place.pc4, {
    kind: 'SECONDMENT',
    requiredSkillIds: place.skills.slice(0, 2),
    niceToHaveSkillIds: [],
    trainedOnTheJobSkillIds: [],
    contractType: 'SECONDMENT',
    startDate: null,
    hoursMin: 16,
    hoursMax: 20,
    ...overrides,
  });
}

/**
 * What the two HR leads agree in the placement tests besides dates and hours: a secondment to gain experience on
 * a 32-hour contract, the lender paying the salary and the host the travel, with a way back. Overrides win.
 */
export function placementAgreement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    purpose: 'GAIN_EXPERIENCE',
    contractHoursPerWeek: 32,
    ownWorkHoursPerWeek: 16,
    salaryPaidBy: 'LENDING_EMPLOYER',
    travelCostsReimbursed: true,
    travelCostsPaidBy: 'HOST_EMPLOYER',
    returnOption: true,
    lendingContact: 'P. Jansen, HR',
    hostContact: 'M. de Boer, teamleider',
    ...overrides,
  };
}
