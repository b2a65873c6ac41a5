import { Role, Viewer } from '@werkbrug/core';
import { AccountOrigin, AccountStatus, ApprovalBasis } from './staff-account.enums';

/**
 * Who may bring a staff account into being. Nobody grants reach they do not have themselves: an employer's
 * administrator HR lead adds HR leads to that employer; everyone else may only *request* an account, which a
 * second person approves — for an HR lead the employer's own administrator HR lead, unless the employer is new
 * (never had an HR lead, no candidates yet: onboarding), and never the requester or someone whose own account
 * the requester made or approved.
 */

export type StaffRole = Role.HR_LEAD | Role.MOBILITY_TEAM | Role.ADMINISTRATOR | Role.COUNSELLOR;

/** What is known about the viewer's own account beyond the token: read per request, in the transaction. */
export interface ViewerAccount {
  viewer: Viewer;
  /** The employer this viewer is the administrator HR lead of, if any. */
  employerAdminOf: string | null;
  /** Who requested (or created) the viewer's own account, and who approved it. */
  createdByUserId: string | null;
  approvedByUserId: string | null;
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
  if (viewer.role === Role.ADMINISTRATOR) return REQUESTED;
  // The mobility team brings in the external counsellors who work on its region's trajectories.
  if (
    request.role === Role.COUNSELLOR &&
    viewer.role === Role.MOBILITY_TEAM &&
    viewer.regionCode === request.regionCode
  )
    return REQUESTED;
  return REFUSED;
}

export interface PendingAccount {
  role: Role;
  status: AccountStatus;
  employerId: string | null;
  regionCode: string | null;
  createdByUserId: string | null;
}

export type ApprovalRefusal =
  /** The viewer holds no reach that approves this account. */
  | 'NO_REACH'
  /** The viewer asked for it. */
  | 'OWN_REQUEST'
  /** The requester asked for or approved the viewer's own account: one person and their helper. */
  | 'VOUCHED_FOR_BY_REQUESTER';

export type ApprovalCheck =
  { allowed: true; basis: ApprovalBasis } | { allowed: false; refusal: ApprovalRefusal };

/**
 * Whether, and in which capacity, `who` may approve `account`. `employerOnboarding` is only consulted for HR
 * lead accounts: a second person may approve only for an employer that never had an HR lead account and has no
 * candidates yet. An employer whose HR leads were all disabled keeps its people's data behind it: a stranger
 * approved by two outsiders must not inherit that.
 */
export function checkApproval(
  who: ViewerAccount,
  account: PendingAccount,
  employerOnboarding: boolean,
): ApprovalCheck {
  if (account.createdByUserId === who.viewer.userId) return { allowed: false, refusal: 'OWN_REQUEST' };
  const basis = capacity(who, account, employerOnboarding);
  if (!basis) return { allowed: false, refusal: 'NO_REACH' };
  // The employer's own administrator HR lead decides in their own right (they could add the account
  // directly); only a *second person* must be independent of the requester.
  if (basis === ApprovalBasis.SECOND_PERSON && vouchedForByRequester(who, account))
    return { allowed: false, refusal: 'VOUCHED_FOR_BY_REQUESTER' };
  return { allowed: true, basis };
}

/** In which capacity `who` may approve `account`, or null (see checkApproval). */
export function approvalBasis(
  who: ViewerAccount,
  account: PendingAccount,
  employerOnboarding: boolean,
): ApprovalBasis | null {
  if (account.status !== AccountStatus.PENDING_APPROVAL) return null;
  const check = checkApproval(who, account, employerOnboarding);
  return check.allowed ? check.basis : null;
}

/** Whether the requester of `account` requested, created or approved the viewer's own account. */
export function vouchedForByRequester(who: ViewerAccount, account: PendingAccount): boolean {
  const requester = account.createdByUserId;
  return requester !== null && (who.createdByUserId === requester || who.approvedByUserId === requester);
}

function capacity(
  who: ViewerAccount,
  account: PendingAccount,
  employerOnboarding: boolean,
): ApprovalBasis | null {
  const { viewer } = who;
  switch (account.role) {
    case Role.HR_LEAD:
      if (viewer.role === Role.HR_LEAD)
        return who.employerAdminOf !== null && who.employerAdminOf === account.employerId
          ? ApprovalBasis.EMPLOYER_ADMIN
          : null;
      if (!employerOnboarding) return null;
      if (viewer.role === Role.ADMINISTRATOR) return ApprovalBasis.SECOND_PERSON;
      if (viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === account.regionCode)
        return ApprovalBasis.SECOND_PERSON;
      return null;
    case Role.MOBILITY_TEAM:
    case Role.COUNSELLOR:
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
export function mayReject(who: ViewerAccount, account: PendingAccount, employerOnboarding: boolean): boolean {
  if (account.status !== AccountStatus.PENDING_APPROVAL) return false;
  if (account.createdByUserId === who.viewer.userId) return true;
  return approvalBasis(who, account, employerOnboarding) !== null;
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
    case Role.COUNSELLOR:
      return false;
  }
}

export interface ActivatableAccount {
  role: Role;
  employerId: string | null;
  approvedByUserId: string | null;
}

/**
 * Who may have a new activation code for an approved account whose holder has not chosen a password yet: the
 * person who was given the first one (its approver) or, for an HR lead, the employer's administrator HR lead.
 * Never the requester: whoever holds the code can choose the password.
 */
export function mayIssueActivation(who: ViewerAccount, account: ActivatableAccount): boolean {
  const { viewer } = who;
  if (
    account.role === Role.HR_LEAD &&
    viewer.role === Role.HR_LEAD &&
    who.employerAdminOf !== null &&
    who.employerAdminOf === account.employerId
  )
    return true;
  return account.approvedByUserId !== null && account.approvedByUserId === viewer.userId;
}
