import { createHmac } from 'node:crypto';
import { Role } from '@werkbrug/core';
import { Actor, candidateInput, EmployerFixture, Fixtures, vacancyInput } from './fixtures';
import type { GraphQLResponse, TestApp } from './test-app';

/** Helpers shared by the auth, identity, privacy-guard and validation specs. */

export const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken expiresAt user { id email role employerId candidateId } }
}`;

export const ME = `{ me { id email role employerId regionCode candidateId } }`;

export const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) {
  createCandidateProfile(input: $input) { id status consentStatus version }
}`;

export const UPDATE_CANDIDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) {
  updateCandidateProfile(id: $id, input: $input) { id version sketchStrengths sketchAttentionPoints }
}`;

export const CHANGE_CANDIDATE_STATUS = `mutation($id: ID!, $status: CandidateStatus!) {
  changeCandidateStatus(id: $id, status: $status) { id status version }
}`;

export const CREATE_VACANCY = `mutation($input: CreateVacancyInput!) {
  createVacancy(input: $input) { id title description version createdAt }
}`;

export const UPDATE_VACANCY = `mutation($id: ID!, $input: UpdateVacancyInput!) {
  updateVacancy(id: $id, input: $input) { id title description version }
}`;

export function login(t: TestApp, email: string, password: string): Promise<GraphQLResponse> {
  return t.gql(LOGIN, { input: { email, password } });
}

/**
 * Asserts that the operation failed with exactly one error carrying `code` (and the given extensions), and
 * returns that error. The whole error list is compared, so an unexpected success or a second error fails.
 */
export function expectError(
  res: GraphQLResponse,
  code: string,
  extensions: Record<string, unknown> = {},
): NonNullable<GraphQLResponse['errors']>[number] {
  expect(res.errors).toEqual([
    expect.objectContaining({ extensions: expect.objectContaining({ ...extensions, code }) }),
  ]);
  return res.errors![0];
}

/**
 * An HR lead who sees the anonymised profile asks who the person is before the person consented: refused, and
 * told why ("nog geen toestemming"), never "not found" about a profile they just read.
 */
export function expectIdentityRefused(res: GraphQLResponse): void {
  const error = expectError(res, 'FORBIDDEN', { reason: 'IDENTITY_NEEDS_CONSENT' });
  expect(error.extensions?.messageNl).toContain('nog) geen toestemming gegeven');
}

/** Asserts success and returns the data, with the errors in the failure message when there are any. */
export function expectData<T = Record<string, any>>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  expect(res.data).toBeTruthy();
  return res.data!;
}

/** An HS256 JWT signed with `secret`, for tokens the API must refuse (expired, wrong key, …). */
export function signJwt(
  secret: string,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  const encode = (part: Record<string, unknown>) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** A fresh employer in `regionCode` with an HR lead, and a postcode area of that region. */
export interface EmployerWithHrLead {
  employer: EmployerFixture;
  hr: Actor;
  pc4: string;
}

export async function employerWithHrLead(f: Fixtures, regionCode: string): Promise<EmployerWithHrLead> {
  const employer = await f.employer(regionCode);
  const hr = await f.actor(Role.HR_LEAD, { employerId: employer.id });
  return { employer, hr, pc4: await f.pc4(regionCode) };
}

export async function candidateInputIn(
  f: Fixtures,
  pc4: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  return candidateInput(f, { homePc4: pc4, ...overrides });
}

export async function vacancyInputIn(
  f: Fixtures,
  pc4: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  return vacancyInput(f, { locationPc4: pc4, ...overrides });
}

export async function createCandidate(
  t: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<string> {
  const data = expectData(await t.gql(CREATE_CANDIDATE, { input }, token));
  return data.createCandidateProfile.id as string;
}

export async function createVacancy(
  t: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<string> {
  const data = expectData(await t.gql(CREATE_VACANCY, { input }, token));
  return data.createVacancy.id as string;
}

export async function changeCandidateStatus(
  t: TestApp,
  token: string,
  id: string,
  status: string,
): Promise<void> {
  const data = expectData(await t.gql(CHANGE_CANDIDATE_STATUS, { id, status }, token));
  expect(data.changeCandidateStatus.status).toBe(status);
}

export async function countRows(f: Fixtures, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await f.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) AS counted`, params);
  return Number(row.n);
}

/** A unique, valid e-mail address for accounts created through the API. */
export function uniqueEmail(f: Fixtures, label: string): string {
  return `${f.unique(label).replace(/\W/g, '').toLowerCase()}@test.werkbrug.nl`;
}
