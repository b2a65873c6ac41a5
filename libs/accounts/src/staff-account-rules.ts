import { Role, Viewer } from '@werkbrug/core';
import { AccountOrigin, AccountStatus, ApprovalBasis } from './staff-account.enums';

/**
 * Who may bring a staff account into being. Nobody grants reach they do not have themselves: an employer's
 * administrator HR lead adds HR leads to that employer; everyone else may only *request* an account, which a
 * second person approves — for an HR lead the employer's own administrator HR lead, unless the employer has no
 * active HR lead yet (onboarding), and never the requester.
 */

export type StaffRole = Role.HR_LEAD | Role.MOBILITY_TEAM | Role.ADMINISTRATOR;

/** What is known about the viewer's own account beyond the token: read per request, in the transaction. */
export interface ViewerAccount {
  viewer: Viewer;
  /** The employer this viewer is the administrator HR lead of, if any. */
  employerAdminOf: string | null;
}

export interface StaffAccountRequest {
  role: StaffRole;
  employerId: string | null;
  /** The region of the HR lead's employer, or the mobility team's region. */
  regionCode: string | null;
  employerAdmin: boolean;
}

export type CreationOutcome =
  { allowed: true; status: AccountStatus; origin: AccountOrigin } | { allowed: false };

const REFUSED = { allowed: false } as const;
const REQUESTED = {
  allowed: true,
  status: AccountStatus.PENDING_APPROVAL,
  origin: AccountOrigin.REQUESTED,
} as const;

export function creationOutcome(who: ViewerAccount, request: StaffAccountRequest): CreationOutcome {
  const { viewer } = who;
  if (request.role === Role.HR_LEAD) {
    if (
      viewer.role === Role.HR_LEAD &&
      who.employerAdminOf !== null &&
      who.employerAdminOf === request.employerId
    )
      return { allowed: true, status: AccountStatus.ACTIVE, origin: AccountOrigin.CREATED_BY_EMPLOYER_ADMIN };
    // Only an employer's own administrator HR lead hands out that employer's administration.
    if (request.employerAdmin) return REFUSED;
    if (viewer.role === Role.ADMINISTRATOR) return REQUESTED;
    if (viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === request.regionCode) return REQUESTED;
    return REFUSED;
  }
  if (request.employerAdmin) return REFUSED;
  return viewer.role === Role.ADMINISTRATOR ? REQUESTED : REFUSED;
}

export interface PendingAccount {
  role: Role;
  status: AccountStatus;
  employerId: string | null;
  regionCode: string | null;
  createdByUserId: string | null;
}

/**
 * In which capacity `who` may approve `account`, or null. `employerHasActiveHrLead` is only consulted for HR
 * lead accounts: a second person may approve only while the employer has nobody of its own to do it.
 */
export function approvalBasis(
  who: ViewerAccount,
  account: PendingAccount,
  employerHasActiveHrLead: boolean,
): ApprovalBasis | null {
  const { viewer } = who;
  if (account.status !== AccountStatus.PENDING_APPROVAL) return null;
  if (account.createdByUserId === viewer.userId) return null;
  switch (account.role) {
    case Role.HR_LEAD:
      if (viewer.role === Role.HR_LEAD)
        return who.employerAdminOf !== null && who.employerAdminOf === account.employerId
          ? ApprovalBasis.EMPLOYER_ADMIN
          : null;
      if (employerHasActiveHrLead) return null;
      if (viewer.role === Role.ADMINISTRATOR) return ApprovalBasis.SECOND_PERSON;
      if (viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === account.regionCode)
        return ApprovalBasis.SECOND_PERSON;
      return null;
    case Role.MOBILITY_TEAM:
      if (viewer.role === Role.ADMINISTRATOR) return ApprovalBasis.SECOND_PERSON;
      if (viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === account.regionCode)
        return ApprovalBasis.SECOND_PERSON;
      return null;
    case Role.ADMINISTRATOR:
      return viewer.role === Role.ADMINISTRATOR ? ApprovalBasis.SECOND_PERSON : null;
    case Role.JOB_SEEKER:
      return null;
  }
}

/** The requester may withdraw their request; whoever may approve it may also turn it down. */
export function mayReject(
  who: ViewerAccount,
  account: PendingAccount,
  employerHasActiveHrLead: boolean,
): boolean {
  if (account.status !== AccountStatus.PENDING_APPROVAL) return false;
  if (account.createdByUserId === who.viewer.userId) return true;
  return approvalBasis(who, account, employerHasActiveHrLead) !== null;
}

/**
 * Whether the pending account is something this viewer has any business seeing: the requester, and people in
 * the account's scope who decide on such accounts. Everyone else gets NOT_FOUND.
 */
export function mayKnowOf(who: ViewerAccount, account: PendingAccount): boolean {
  const { viewer } = who;
  if (account.createdByUserId === viewer.userId) return true;
  switch (viewer.role) {
    case Role.ADMINISTRATOR:
      return true;
    case Role.MOBILITY_TEAM:
      return account.role !== Role.ADMINISTRATOR && account.regionCode === viewer.regionCode;
    case Role.HR_LEAD:
      return account.role === Role.HR_LEAD && account.employerId === viewer.employerId;
    case Role.JOB_SEEKER:
      return false;
  }
}
