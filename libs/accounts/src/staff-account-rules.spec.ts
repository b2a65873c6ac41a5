import { Role, Viewer } from '@werkbrug/core';
import { AccountOrigin, AccountStatus, ApprovalBasis } from './staff-account.enums';
import {
  approvalBasis,
  checkApproval,
  creationOutcome,
  mayIssueActivation,
  mayReject,
  PendingAccount,
  ViewerAccount,
} from './staff-account-rules';

const E = 'employer-e';
const R = 'AM27';
const who = (
  viewer: Viewer,
  employerAdminOf: string | null = null,
  origin: { createdByUserId?: string; approvedByUserId?: string } = {},
): ViewerAccount => ({
  viewer,
  employerAdminOf,
  createdByUserId: origin.createdByUserId ?? null,
  approvedByUserId: origin.approvedByUserId ?? null,
});
const employerAdmin = who({ role: Role.HR_LEAD, userId: 'ea', employerId: E, regionCode: R }, E);
const plainHr = who({ role: Role.HR_LEAD, userId: 'hr', employerId: E, regionCode: R });
const team = who({ role: Role.MOBILITY_TEAM, userId: 'rmt', regionCode: R });
const otherTeam = who({ role: Role.MOBILITY_TEAM, userId: 'rmt2', regionCode: 'AM01' });
const admin = who({ role: Role.ADMINISTRATOR, userId: 'admin' });
const secondAdmin = who({ role: Role.ADMINISTRATOR, userId: 'admin2' });
const hrRequest = { role: Role.HR_LEAD, employerId: E, regionCode: R, employerAdmin: false } as const;

describe('creationOutcome', () => {
  it('activates at once only what an employer admin adds to its own employer', () => {
    expect(creationOutcome(employerAdmin, hrRequest)).toEqual({
      allowed: true,
      status: AccountStatus.ACTIVE,
      origin: AccountOrigin.CREATED_BY_EMPLOYER_ADMIN,
    });
    expect(creationOutcome(employerAdmin, { ...hrRequest, employerId: 'other' }).allowed).toBe(false);
    for (const requester of [team, admin])
      expect(creationOutcome(requester, hrRequest)).toMatchObject({ status: AccountStatus.PENDING_APPROVAL });
    for (const refused of [plainHr, otherTeam])
      expect(creationOutcome(refused, hrRequest).allowed).toBe(false);
  });

  it('lets nobody but an employer admin hand out employer administration', () => {
    const asAdmin = { ...hrRequest, employerAdmin: true };
    expect(creationOutcome(employerAdmin, asAdmin).allowed).toBe(true);
    for (const refused of [plainHr, team, admin])
      expect(creationOutcome(refused, asAdmin).allowed).toBe(false);
  });

  it('leaves mobility team and administrator accounts to administrators, as requests', () => {
    for (const role of [Role.MOBILITY_TEAM, Role.ADMINISTRATOR] as const) {
      const request = { role, employerId: null, regionCode: R, employerAdmin: false };
      expect(creationOutcome(admin, request)).toMatchObject({ status: AccountStatus.PENDING_APPROVAL });
      for (const refused of [team, employerAdmin])
        expect(creationOutcome(refused, request).allowed).toBe(false);
    }
  });
});

describe('approvalBasis', () => {
  const pending = (role: Role, createdByUserId: string): PendingAccount => ({
    role,
    status: AccountStatus.PENDING_APPROVAL,
    employerId: role === Role.HR_LEAD ? E : null,
    regionCode: role === Role.ADMINISTRATOR ? null : R,
    createdByUserId,
  });

  // The third argument: whether the employer is still being onboarded (never an HR lead, no candidates).
  it('never lets the requester approve', () => {
    expect(approvalBasis(team, pending(Role.HR_LEAD, 'rmt'), true)).toBeNull();
    expect(approvalBasis(admin, pending(Role.ADMINISTRATOR, 'admin'), false)).toBeNull();
    expect(checkApproval(team, pending(Role.HR_LEAD, 'rmt'), true)).toEqual({
      allowed: false,
      refusal: 'OWN_REQUEST',
    });
    expect(mayReject(team, pending(Role.HR_LEAD, 'rmt'), false)).toBe(true);
  });

  it('needs the employer admin unless the employer is still being onboarded', () => {
    const request = pending(Role.HR_LEAD, 'rmt');
    expect(approvalBasis(employerAdmin, request, false)).toBe(ApprovalBasis.EMPLOYER_ADMIN);
    for (const other of [plainHr, admin, secondAdmin])
      expect(approvalBasis(other, request, false)).toBeNull();
    expect(approvalBasis(admin, request, true)).toBe(ApprovalBasis.SECOND_PERSON);
    expect(approvalBasis(otherTeam, request, true)).toBeNull();
    // An employer that had HR leads (all disabled now) or has candidates is not being onboarded.
    expect(checkApproval(admin, request, false)).toEqual({ allowed: false, refusal: 'NO_REACH' });
  });

  it('approves mobility teams by a second administrator or the region’s team, administrators by administrators', () => {
    const rmtRequest = pending(Role.MOBILITY_TEAM, 'admin');
    expect(approvalBasis(secondAdmin, rmtRequest, false)).toBe(ApprovalBasis.SECOND_PERSON);
    expect(approvalBasis(team, rmtRequest, false)).toBe(ApprovalBasis.SECOND_PERSON);
    expect(approvalBasis(otherTeam, rmtRequest, false)).toBeNull();
    expect(approvalBasis(employerAdmin, rmtRequest, false)).toBeNull();
    const adminRequest = pending(Role.ADMINISTRATOR, 'admin');
    expect(approvalBasis(secondAdmin, adminRequest, false)).toBe(ApprovalBasis.SECOND_PERSON);
    expect(approvalBasis(team, adminRequest, false)).toBeNull();
  });

  it('does not count someone whose own account the requester asked for or approved as the second person', () => {
    const helperMadeByAdmin = who({ role: Role.ADMINISTRATOR, userId: 'helper' }, null, {
      createdByUserId: 'admin',
      approvedByUserId: 'admin2',
    });
    const teamApprovedByAdmin = who({ role: Role.MOBILITY_TEAM, userId: 'rmt3', regionCode: R }, null, {
      createdByUserId: 'admin2',
      approvedByUserId: 'admin',
    });
    for (const request of [
      pending(Role.HR_LEAD, 'admin'),
      pending(Role.MOBILITY_TEAM, 'admin'),
      pending(Role.ADMINISTRATOR, 'admin'),
    ]) {
      expect(checkApproval(helperMadeByAdmin, request, true)).toEqual({
        allowed: false,
        refusal: 'VOUCHED_FOR_BY_REQUESTER',
      });
      expect(approvalBasis(helperMadeByAdmin, request, true)).toBeNull();
      expect(mayReject(helperMadeByAdmin, request, true)).toBe(false);
    }
    expect(checkApproval(teamApprovedByAdmin, pending(Role.HR_LEAD, 'admin'), true)).toMatchObject({
      refusal: 'VOUCHED_FOR_BY_REQUESTER',
    });
    // Anyone else's request is theirs to approve; so is every request for the employer admin's own employer.
    expect(approvalBasis(helperMadeByAdmin, pending(Role.ADMINISTRATOR, 'admin3'), false)).toBe(
      ApprovalBasis.SECOND_PERSON,
    );
    const adminMadeByTeam = who(employerAdmin.viewer, E, { createdByUserId: 'rmt' });
    expect(approvalBasis(adminMadeByTeam, pending(Role.HR_LEAD, 'rmt'), false)).toBe(
      ApprovalBasis.EMPLOYER_ADMIN,
    );
  });
});

describe('mayIssueActivation', () => {
  const approved = (role: Role, approvedByUserId: string | null) => ({
    role,
    employerId: role === Role.HR_LEAD ? E : null,
    approvedByUserId,
  });

  it('gives a new code to the approver or the employer’s administrator HR lead, never to the requester', () => {
    expect(mayIssueActivation(employerAdmin, approved(Role.HR_LEAD, null))).toBe(true);
    expect(mayIssueActivation(admin, approved(Role.HR_LEAD, 'admin'))).toBe(true);
    expect(mayIssueActivation(secondAdmin, approved(Role.ADMINISTRATOR, 'admin2'))).toBe(true);
    for (const other of [plainHr, team, secondAdmin])
      expect(mayIssueActivation(other, approved(Role.HR_LEAD, 'admin'))).toBe(false);
    expect(mayIssueActivation(admin, approved(Role.MOBILITY_TEAM, 'rmt'))).toBe(false);
  });
});
