import { PASSWORD } from './fixtures';
import { expectData } from './helpers-auth';
import type { GraphQLResponse, TestApp } from './test-app';

/** Staff accounts through the API: requests, approvals and activation with the one-time code. */

const ACCOUNT_FIELDS = `id email role status origin employerAdmin employerId regionCode createdByUserId
  approvedByUserId approvedAt`;
export const CREATE_STAFF = `mutation($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { account { ${ACCOUNT_FIELDS} } activation { code expiresAt } }
}`;
export const APPROVE_STAFF = `mutation($id: ID!) {
  approveStaffAccount(id: $id) { account { ${ACCOUNT_FIELDS} } activation { code expiresAt } }
}`;
export const REJECT_STAFF = `mutation($id: ID!, $reason: String) { rejectStaffAccount(id: $id, reason: $reason) { ${ACCOUNT_FIELDS} } }`;
export const RENEW_ACTIVATION = `mutation($id: ID!) { renewStaffAccountActivation(id: $id) { code expiresAt } }`;
export const ACTIVATE_STAFF = `mutation($input: ActivateStaffAccountInput!) {
  activateStaffAccount(input: $input) { accessToken user { id email role status } }
}`;
export const STAFF_EVENTS = `{ staffAccountEvents(limit: 200) { kind at account { id email role } actor { id displayName role } reason text { nl en } } }`;
export const ACTIVATION_CODE = /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;

export interface StaffAccount {
  id: string;
  email: string;
  status: string;
  origin: string;
  employerAdmin: boolean;
  createdByUserId: string | null;
  approvedByUserId: string | null;
  approvedAt: string | null;
}

export interface StaffAccountResult {
  account: StaffAccount;
  activation: { code: string; expiresAt: string } | null;
}

export interface ActivatedSession {
  accessToken: string;
  user: { id: string; email: string; role: string; status: string };
}

export async function createStaff(
  t: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<StaffAccountResult> {
  return expectData(await t.gql(CREATE_STAFF, { input }, token)).createStaffAccount as StaffAccountResult;
}

export const approveStaff = (t: TestApp, id: string, token: string): Promise<GraphQLResponse> =>
  t.gql(APPROVE_STAFF, { id }, token);

export async function approvedStaff(t: TestApp, id: string, token: string): Promise<StaffAccountResult> {
  return expectData(await approveStaff(t, id, token)).approveStaffAccount as StaffAccountResult;
}

export const activateStaff = (
  t: TestApp,
  code: string,
  email: string,
  password = PASSWORD,
): Promise<GraphQLResponse> => t.gql(ACTIVATE_STAFF, { input: { code, email, password } });

/** The holder of a created or approved account chooses their password with its code. */
export async function activatedStaff(
  t: TestApp,
  result: StaffAccountResult,
  password = PASSWORD,
): Promise<ActivatedSession> {
  expect(result.activation?.code).toMatch(ACTIVATION_CODE);
  const res = await activateStaff(t, result.activation!.code, result.account.email, password);
  return expectData(res).activateStaffAccount as ActivatedSession;
}
