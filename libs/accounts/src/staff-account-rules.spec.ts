import { Role, Viewer } from '@werkbrug/core';
import { AccountOrigin, AccountStatus, ApprovalBasis } from './staff-account.enums';
import {
  approvalBasis,
  creationOutcome,
  mayReject,
  PendingAccount,
  ViewerAccount,
} from './staff-account-rules';

const E = 'employer-e';
const R = 'AM27';
const who = (viewer: Viewer, employerAdminOf: string | null = null): ViewerAccount => ({
  viewer,
  employerAdminOf,
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

  it('never lets the requester approve', () => {
    expect(approvalBasis(team, pending(Role.HR_LEAD, 'rmt'), false)).toBeNull();
    expect(approvalBasis(admin, pending(Role.ADMINISTRATOR, 'admin'), false)).toBeNull();
    expect(mayReject(team, pending(Role.HR_LEAD, 'rmt'), true)).toBe(true);
  });

  it('needs the employer admin once the employer has an active HR lead', () => {
    const request = pending(Role.HR_LEAD, 'rmt');
    expect(approvalBasis(employerAdmin, request, true)).toBe(ApprovalBasis.EMPLOYER_ADMIN);
    for (const other of [plainHr, admin, secondAdmin]) expect(approvalBasis(other, request, true)).toBeNull();
    expect(approvalBasis(admin, request, false)).toBe(ApprovalBasis.SECOND_PERSON);
    expect(approvalBasis(otherTeam, request, false)).toBeNull();
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
});
