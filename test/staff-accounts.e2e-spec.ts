import { AuthService } from '@werkbrug/accounts';
import { Role } from '@werkbrug/core';
import { dataSourceOptions } from '@werkbrug/database';
import { MIGRATIONS } from '@werkbrug/database/migrations';
import { createTestDatabase, dropTestDatabase } from '@werkbrug/testing';
import { DataSource } from 'typeorm';
import { Actor, Fixtures, PASSWORD } from './support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
  login,
  ME,
  uniqueEmail,
} from './support/helpers-auth';
import {
  activatedStaff,
  activateStaff,
  ACTIVATION_CODE,
  approvedStaff,
  approveStaff,
  createStaff,
  CREATE_STAFF,
  REJECT_STAFF,
  RENEW_ACTIVATION,
  STAFF_EVENTS,
} from './support/helpers-staff';
import { uniqueTestDatabaseName } from './support/helpers-infra';
import { createTestApp, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Staff accounts need two people: an employer's administrator HR lead adds HR leads; anyone else's request waits
 * for a second person, never the requester nor someone whose account the requester made or approved. Nobody but
 * the account's holder chooses its password (with a one-time activation code). Every account is announced to the
 * people it joins or, for administrators, in the account event log; a candidate's access log names the account
 * that read their identity and its origin.
 */
const REGION = 'AM13';
const OTHER_REGION = 'AM14';

const PENDING = `{ pendingStaffAccounts { account { id email status } requestedBy { id displayName role } approvalBasis } }`;
const SET_ADMIN = `mutation($userId: ID!, $employerAdmin: Boolean!) {
  setEmployerAdmin(userId: $userId, employerAdmin: $employerAdmin) { id employerAdmin }
}`;
const NOTIFICATIONS = `{ myNotifications(limit: 200) { kind subjectId textNl textEn } }`;
const READ_IDENTITY = `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "Gesprek plannen") { fullName } }`;
const ACCESS_LOG = `query($id: ID!) {
  identityAccessLog(candidateId: $id) {
    accessedByUserId accessorRole accessorName accessorEmail accessorEmployerName accessorAccountOrigin
    accessorAccountCreatedAt accessorAccountCreatedBy accessorAccountApprovedBy accessorAccountApprovedAt
    accessorDescription { nl en }
  }
}`;

describe('staff accounts', () => {
  let t: TestApp;
  let f: Fixtures;
  let a: EmployerWithHrLead & { admin: Actor };
  let b: EmployerWithHrLead & { admin: Actor };
  let mobility: Actor;
  let otherMobility: Actor;
  let admin: Actor;
  let secondAdmin: Actor;

  beforeAll(async () => {
    // Pending and not yet activated accounts fail many logins from this one address on purpose.
    t = await createTestApp({
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:staff-spec`,
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
    });
    f = new Fixtures(t);
    a = await staffedEmployer(REGION);
    b = await staffedEmployer(REGION);
    mobility = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    otherMobility = await f.actor(Role.MOBILITY_TEAM, { regionCode: OTHER_REGION });
    admin = await f.actor(Role.ADMINISTRATOR);
    secondAdmin = await f.actor(Role.ADMINISTRATOR);
    await f.query(`UPDATE user_account SET display_name = 'Mo Bility' WHERE id = $1`, [mobility.userId]);
    await f.query(`UPDATE user_account SET display_name = 'Ada Admin' WHERE id = $1`, [a.admin.userId]);
  }, 120_000);

  afterAll(() => t.close());

  /** An employer with a plain HR lead (`hr`) and an administrator HR lead (`admin`), as a deployment has. */
  async function staffedEmployer(region: string): Promise<EmployerWithHrLead & { admin: Actor }> {
    const employer = await employerWithHrLead(f, region);
    const employerAdmin = await f.actor(Role.HR_LEAD, { employerId: employer.employer.id });
    await f.query(`UPDATE user_account SET employer_admin = true WHERE id = $1`, [employerAdmin.userId]);
    return { ...employer, admin: employerAdmin };
  }

  const hrInput = (employerId: string, extra: Record<string, unknown> = {}) => ({
    email: uniqueEmail(f, 'hr'),
    displayName: 'Jan Nieuw',
    role: 'HR_LEAD',
    employerId,
    ...extra,
  });
  const staffInput = (role: 'MOBILITY_TEAM' | 'ADMINISTRATOR', regionCode?: string) => ({
    email: uniqueEmail(f, role.toLowerCase()),
    displayName: `Nieuw ${role}`,
    role,
    regionCode,
  });

  /** A request: the requester never gets an activation code. */
  async function request(token: string, input: Record<string, unknown>) {
    const result = await createStaff(t, token, input);
    expect(result.activation).toBeNull();
    return result.account;
  }
  const approve = (id: string, token: string) => approveStaff(t, id, token);
  const notificationsOf = async (token: string) =>
    expectData(await t.gql(NOTIFICATIONS, {}, token)).myNotifications as {
      kind: string;
      subjectId: string;
      textNl: string;
      textEn: string;
    }[];
  /** A token for the account, as if it had logged in: the API must still refuse it while it is not active. */
  const tokenFor = async (userId: string) =>
    (await t.app.get(AuthService).issueToken({ id: userId } as never)).accessToken;
  /** Logging in answers exactly as a wrong password does: nothing tells an outsider the account exists. */
  async function expectLoginRefused(email: string): Promise<void> {
    const refused = expectError(await login(t, email, PASSWORD), 'UNAUTHENTICATED');
    const wrongPassword = expectError(await login(t, email, 'not-the-password-at-all'), 'UNAUTHENTICATED');
    expect(refused.message).toBe(wrongPassword.message);
  }

  function expectCodes(results: [string, GraphQLResponse][], code: string): void {
    for (const [who, res] of results)
      expect([who, res.errors?.[0]?.extensions?.code ?? 'OK']).toEqual([who, code]);
  }

  describe('an HR lead requested by a mobility team', () => {
    it('cannot log in or read identities until approved by the employer’s administrator and activated', async () => {
      const candidateId = await createCandidate(t, a.hr.token, await candidateInputIn(f, a.pc4));
      await changeCandidateStatus(t, a.hr.token, candidateId, 'ACTIVE');
      const input = hrInput(a.employer.id);
      const requested = await request(mobility.token, input);
      expect(requested).toMatchObject({
        status: 'PENDING_APPROVAL',
        origin: 'REQUESTED',
        employerAdmin: false,
        createdByUserId: mobility.userId,
        approvedByUserId: null,
      });

      await expectLoginRefused(input.email);
      const token = await tokenFor(requested.id);
      expectError(await t.gql(READ_IDENTITY, { id: candidateId }, token), 'UNAUTHENTICATED');
      expectError(await t.gql(ME, {}, token), 'UNAUTHENTICATED');

      // The employer has active HR leads: only its administrator HR lead decides, never the requester.
      expectCodes(
        [
          ['requester', await approve(requested.id, mobility.token)],
          ['administrator', await approve(requested.id, admin.token)],
          ['plain HR lead', await approve(requested.id, a.hr.token)],
        ],
        'FORBIDDEN',
      );
      expectCodes(
        [
          ['HR lead of B', await approve(requested.id, b.admin.token)],
          ['other region', await approve(requested.id, otherMobility.token)],
        ],
        'NOT_FOUND',
      );

      const approved = await approvedStaff(t, requested.id, a.admin.token);
      expect(approved.account).toMatchObject({
        status: 'ACTIVE',
        origin: 'APPROVED_BY_EMPLOYER_ADMIN',
        approvedByUserId: a.admin.userId,
        employerAdmin: false,
      });
      expectError(await approve(requested.id, a.admin.token), 'CONFLICT');

      // Approved, but nobody has chosen a password yet: the login still fails like a wrong password.
      await expectLoginRefused(input.email);
      const activated = await activatedStaff(t, approved);
      expect(activated.user).toEqual({
        id: requested.id,
        email: input.email,
        role: 'HR_LEAD',
        status: 'ACTIVE',
      });
      expectData(await t.gql(READ_IDENTITY, { id: candidateId }, activated.accessToken));
      const session = expectData(await login(t, input.email, PASSWORD)).login;
      expect(session.user.id).toBe(requested.id);
    });

    it('is announced to the employer’s HR leads: who asked for it and who approved it', async () => {
      const input = hrInput(a.employer.id, { displayName: 'Petra Aangevraagd' });
      const requested = await request(mobility.token, input);
      const requestNotice = (await notificationsOf(a.hr.token)).find((n) => n.subjectId === requested.id);
      expect(requestNotice).toMatchObject({ kind: 'STAFF_ACCOUNT_REQUESTED' });
      expect(requestNotice!.textNl).toContain('Mo Bility (mobiliteitsteam)');
      expect(requestNotice!.textNl).toContain(input.email);
      expect(requestNotice!.textEn).toContain('requested');
      // Other employers hear nothing of it.
      expect((await notificationsOf(b.hr.token)).some((n) => n.subjectId === requested.id)).toBe(false);

      await activatedStaff(t, await approvedStaff(t, requested.id, a.admin.token));
      const notices = (await notificationsOf(a.hr.token)).filter((n) => n.subjectId === requested.id);
      const approval = notices.find((n) => n.kind === 'STAFF_ACCOUNT_APPROVED');
      expect(approval!.textNl).toContain('aangevraagd door Mo Bility (mobiliteitsteam)');
      expect(approval!.textNl).toContain('goedgekeurd door Ada Admin (HR-adviseur)');
      const activation = notices.find((n) => n.kind === 'STAFF_ACCOUNT_ACTIVATED');
      expect(activation!.textNl).toContain('Petra Aangevraagd');
    });

    it('shows up for the employer’s administrator only, and can be turned down with a reason', async () => {
      const requested = await request(mobility.token, hrInput(a.employer.id));
      const listed = expectData(await t.gql(PENDING, {}, a.admin.token)).pendingStaffAccounts;
      expect(listed).toContainEqual({
        account: { id: requested.id, email: requested.email, status: 'PENDING_APPROVAL' },
        requestedBy: { id: mobility.userId, displayName: 'Mo Bility', role: 'MOBILITY_TEAM' },
        approvalBasis: 'EMPLOYER_ADMIN',
      });
      for (const other of [a.hr, b.admin, mobility, admin]) {
        const seen = expectData(await t.gql(PENDING, {}, other.token)).pendingStaffAccounts;
        expect(seen.map((p: { account: { id: string } }) => p.account.id)).not.toContain(requested.id);
      }
      expectCodes(
        [['plain HR lead', await t.gql(REJECT_STAFF, { id: requested.id }, a.hr.token)]],
        'FORBIDDEN',
      );
      const rejected = expectData(
        await t.gql(REJECT_STAFF, { id: requested.id, reason: 'Onbekend' }, a.admin.token),
      );
      expect(rejected.rejectStaffAccount).toMatchObject({ status: 'REJECTED', origin: 'REQUESTED' });
      expectError(await approve(requested.id, a.admin.token), 'CONFLICT');
      expectError(await login(t, requested.email, PASSWORD), 'UNAUTHENTICATED');
      const notice = (await notificationsOf(a.hr.token)).find(
        (n) => n.subjectId === requested.id && n.kind === 'STAFF_ACCOUNT_REJECTED',
      );
      expect(notice!.textNl).toContain('Reden: Onbekend');
    });

    it('may be withdrawn by the requester', async () => {
      const requested = await request(mobility.token, hrInput(a.employer.id));
      const withdrawn = expectData(await t.gql(REJECT_STAFF, { id: requested.id }, mobility.token));
      expect(withdrawn.rejectStaffAccount.status).toBe('REJECTED');
    });

    it('is refused for an employer outside the team’s region, and may not be made administrator', async () => {
      // Another region's employer is unknown to the team, as it is everywhere else in the API.
      const elsewhere = await employerWithHrLead(f, OTHER_REGION);
      expectError(
        await t.gql(CREATE_STAFF, { input: hrInput(elsewhere.employer.id) }, mobility.token),
        'NOT_FOUND',
      );
      const asAdmin = hrInput(a.employer.id, { employerAdmin: true });
      for (const token of [mobility.token, admin.token, a.hr.token])
        expectError(await t.gql(CREATE_STAFF, { input: asAdmin }, token), 'FORBIDDEN');
      expect(await f.query(`SELECT id FROM user_account WHERE email = $1`, [asAdmin.email])).toHaveLength(0);
    });
  });

  describe('an HR lead requested by an administrator', () => {
    it('waits for the employer’s administrator HR lead like any request', async () => {
      const requested = await request(admin.token, hrInput(a.employer.id));
      expect(requested.status).toBe('PENDING_APPROVAL');
      expectCodes(
        [
          ['requester', await approve(requested.id, admin.token)],
          ['second administrator', await approve(requested.id, secondAdmin.token)],
          ['mobility team', await approve(requested.id, mobility.token)],
        ],
        'FORBIDDEN',
      );
      expectError(await login(t, requested.email, PASSWORD), 'UNAUTHENTICATED');
      const approved = await approvedStaff(t, requested.id, a.admin.token);
      expect(approved.account.status).toBe('ACTIVE');
      await activatedStaff(t, approved);
      expectData(await login(t, requested.email, PASSWORD));
    });
  });

  describe('a new employer (never an HR lead, no candidates)', () => {
    it('gets its first HR lead from a second person, who is then its administrator HR lead', async () => {
      const employer = await f.employer(REGION);
      const first = await request(admin.token, hrInput(employer.id));
      expectError(await approve(first.id, admin.token), 'FORBIDDEN');
      expectError(await approve(first.id, otherMobility.token), 'NOT_FOUND');
      expectError(await approve(first.id, a.admin.token), 'NOT_FOUND');
      const listed = expectData(await t.gql(PENDING, {}, mobility.token)).pendingStaffAccounts;
      expect(listed).toContainEqual(
        expect.objectContaining({
          account: expect.objectContaining({ id: first.id }),
          approvalBasis: 'SECOND_PERSON',
        }),
      );
      const approved = await approvedStaff(t, first.id, mobility.token);
      expect(approved.account).toMatchObject({
        status: 'ACTIVE',
        origin: 'APPROVED_BY_SECOND_PERSON',
        approvedByUserId: mobility.userId,
        employerAdmin: true,
      });

      // From now on the employer decides itself.
      const second = await request(admin.token, hrInput(employer.id));
      expectCodes(
        [
          ['mobility team', await approve(second.id, mobility.token)],
          ['second administrator', await approve(second.id, secondAdmin.token)],
        ],
        'FORBIDDEN',
      );
      const firstSession = await activatedStaff(t, approved);
      expect((await approvedStaff(t, second.id, firstSession.accessToken)).account).toMatchObject({
        origin: 'APPROVED_BY_EMPLOYER_ADMIN',
        employerAdmin: false,
      });
    });

    it('lets a different administrator approve what a mobility team requested, never the team itself', async () => {
      const employer = await f.employer(REGION);
      const requested = await request(mobility.token, hrInput(employer.id));
      expectError(await approve(requested.id, mobility.token), 'FORBIDDEN');
      expect((await approvedStaff(t, requested.id, admin.token)).account.employerAdmin).toBe(true);
    });

    it('approves only one of two first HR leads at once: the second then needs the first', async () => {
      const employer = await f.employer(REGION);
      const one = await request(admin.token, hrInput(employer.id));
      const two = await request(admin.token, hrInput(employer.id));
      const results = await Promise.all([
        approve(one.id, mobility.token),
        approve(two.id, secondAdmin.token),
      ]);
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['FORBIDDEN', 'OK']);
      const admins = await f.query(
        `SELECT id FROM user_account WHERE employer_id = $1 AND status = 'ACTIVE' AND employer_admin`,
        [employer.id],
      );
      expect(admins).toHaveLength(1);
    });
  });

  describe('an employer that is not new', () => {
    async function expectOnlyItsAdministrator(employerId: string): Promise<void> {
      const requested = await request(admin.token, hrInput(employerId));
      expectCodes(
        [
          ['mobility team', await approve(requested.id, mobility.token)],
          ['second administrator', await approve(requested.id, secondAdmin.token)],
        ],
        'FORBIDDEN',
      );
      for (const approver of [mobility, secondAdmin]) {
        const listed = expectData(await t.gql(PENDING, {}, approver.token)).pendingStaffAccounts;
        expect(listed.map((p: { account: { id: string } }) => p.account.id)).not.toContain(requested.id);
      }
    }

    it('whose HR leads were all disabled gets no HR lead from two outsiders', async () => {
      const employer = await employerWithHrLead(f, REGION);
      await createCandidate(t, employer.hr.token, await candidateInputIn(f, employer.pc4));
      await f.query(`UPDATE user_account SET status = 'DISABLED' WHERE id = $1`, [employer.hr.userId]);
      await expectOnlyItsAdministrator(employer.employer.id);
    });

    it('that had an HR lead, even one disabled before any candidate, is not new either', async () => {
      const employer = await employerWithHrLead(f, REGION);
      await f.query(`UPDATE user_account SET status = 'DISABLED' WHERE id = $1`, [employer.hr.userId]);
      await expectOnlyItsAdministrator(employer.employer.id);
    });

    it('that has candidates is not new, even without any HR lead account', async () => {
      const employer = await f.employer(REGION);
      const donor = await employerWithHrLead(f, REGION);
      const candidateId = await createCandidate(t, donor.hr.token, await candidateInputIn(f, donor.pc4));
      await f.query(`UPDATE candidate_profile SET employer_id = $1 WHERE id = $2`, [
        employer.id,
        candidateId,
      ]);
      await expectOnlyItsAdministrator(employer.id);
    });
  });

  describe('the second person', () => {
    it('is not someone whose own account the requester asked for', async () => {
      // One administrator gets a helper administrator approved by a colleague, then tries to use it as the
      // second person for a new employer's first HR lead.
      const helperRequest = await request(admin.token, staffInput('ADMINISTRATOR'));
      const helper = await activatedStaff(t, await approvedStaff(t, helperRequest.id, secondAdmin.token));
      const employer = await f.employer(REGION);
      const first = await request(admin.token, hrInput(employer.id));
      const listed = expectData(await t.gql(PENDING, {}, helper.accessToken)).pendingStaffAccounts;
      expect(listed.map((p: { account: { id: string } }) => p.account.id)).not.toContain(first.id);
      const refused = expectError(await approve(first.id, helper.accessToken), 'FORBIDDEN');
      expect(refused.message).toBe(
        'You cannot approve this request: your own account was requested or approved by the same person. Another person has to approve it.',
      );
      expect(refused.extensions?.messageNl).toContain('aangevraagd of goedgekeurd door dezelfde persoon');
      expect((await approvedStaff(t, first.id, secondAdmin.token)).account.status).toBe('ACTIVE');
    });

    it('is not someone whose own account the requester approved', async () => {
      const memberRequest = await request(secondAdmin.token, staffInput('MOBILITY_TEAM', REGION));
      const member = await activatedStaff(t, await approvedStaff(t, memberRequest.id, admin.token));
      const employer = await f.employer(REGION);
      const first = await request(admin.token, hrInput(employer.id));
      expectError(await approve(first.id, member.accessToken), 'FORBIDDEN');
      const adminRequest = await request(admin.token, staffInput('ADMINISTRATOR'));
      expectError(await approve(adminRequest.id, member.accessToken), 'NOT_FOUND');
      expect((await approvedStaff(t, first.id, mobility.token)).account.employerAdmin).toBe(true);
    });
  });

  describe('an employer’s administrator HR lead', () => {
    it('adds HR leads to its own employer at once, and only there', async () => {
      const created = await createStaff(
        t,
        a.admin.token,
        hrInput(a.employer.id, { displayName: 'Direct Toegevoegd' }),
      );
      expect(created.account).toMatchObject({
        status: 'ACTIVE',
        origin: 'CREATED_BY_EMPLOYER_ADMIN',
        createdByUserId: a.admin.userId,
        employerAdmin: false,
      });
      // The creator gets the code for the new colleague, not a password of their own choosing.
      await expectLoginRefused(created.account.email);
      await activatedStaff(t, created);
      expectData(await login(t, created.account.email, PASSWORD));
      const notice = (await notificationsOf(a.hr.token)).find(
        (n) => n.subjectId === created.account.id && n.kind === 'STAFF_ACCOUNT_CREATED',
      );
      expect(notice!.textNl).toContain('Ada Admin (HR-adviseur)');

      expectError(await t.gql(CREATE_STAFF, { input: hrInput(b.employer.id) }, a.admin.token), 'FORBIDDEN');
      expectError(await t.gql(CREATE_STAFF, { input: hrInput(a.employer.id) }, a.hr.token), 'FORBIDDEN');
      expectError(
        await t.gql(CREATE_STAFF, { input: staffInput('MOBILITY_TEAM', REGION) }, a.admin.token),
        'FORBIDDEN',
      );
    });

    it('shares the role with another of its HR leads, but changes nothing of its own', async () => {
      const employer = await staffedEmployer(REGION);
      expectError(
        await t.gql(SET_ADMIN, { userId: employer.admin.userId, employerAdmin: false }, employer.admin.token),
        'FORBIDDEN',
      );
      for (const token of [employer.hr.token, mobility.token, admin.token])
        expectError(
          await t.gql(SET_ADMIN, { userId: employer.hr.userId, employerAdmin: true }, token),
          'FORBIDDEN',
        );
      expectError(
        await t.gql(SET_ADMIN, { userId: b.hr.userId, employerAdmin: true }, employer.admin.token),
        'NOT_FOUND',
      );
      const granted = expectData(
        await t.gql(SET_ADMIN, { userId: employer.hr.userId, employerAdmin: true }, employer.admin.token),
      );
      expect(granted.setEmployerAdmin).toEqual({ id: employer.hr.userId, employerAdmin: true });
      const events = await f.query(`SELECT kind, actor_user_id FROM account_event WHERE user_id = $1`, [
        employer.hr.userId,
      ]);
      expect(events).toEqual([{ kind: 'EMPLOYER_ADMIN_GRANTED', actor_user_id: employer.admin.userId }]);
      expectData(
        await t.gql(SET_ADMIN, { userId: employer.hr.userId, employerAdmin: false }, employer.admin.token),
      );
    });
  });

  describe('mobility team and administrator accounts', () => {
    it('are never created by a mobility team or an HR lead', async () => {
      for (const input of [staffInput('MOBILITY_TEAM', REGION), staffInput('ADMINISTRATOR')])
        for (const token of [mobility.token, a.admin.token])
          expectError(await t.gql(CREATE_STAFF, { input }, token), 'FORBIDDEN');
    });

    it('a mobility team member waits for a second administrator or the region’s team, who hear of it', async () => {
      const requested = await request(admin.token, staffInput('MOBILITY_TEAM', REGION));
      expect(requested.status).toBe('PENDING_APPROVAL');
      expectError(await login(t, requested.email, PASSWORD), 'UNAUTHENTICATED');
      expectError(await approve(requested.id, admin.token), 'FORBIDDEN');
      expectError(await approve(requested.id, otherMobility.token), 'NOT_FOUND');
      expectError(await approve(requested.id, a.admin.token), 'NOT_FOUND');
      const notice = (await notificationsOf(mobility.token)).find((n) => n.subjectId === requested.id);
      expect(notice).toMatchObject({ kind: 'STAFF_ACCOUNT_REQUESTED' });
      expect((await notificationsOf(otherMobility.token)).some((n) => n.subjectId === requested.id)).toBe(
        false,
      );

      const approved = await approvedStaff(t, requested.id, mobility.token);
      expect(approved.account).toMatchObject({ status: 'ACTIVE', origin: 'APPROVED_BY_SECOND_PERSON' });
      await activatedStaff(t, approved);
      expectData(await login(t, requested.email, PASSWORD));

      const bySecondAdmin = await request(admin.token, staffInput('MOBILITY_TEAM', OTHER_REGION));
      expect((await approvedStaff(t, bySecondAdmin.id, secondAdmin.token)).account.status).toBe('ACTIVE');
    });

    it('an administrator waits for a second administrator', async () => {
      const requested = await request(admin.token, staffInput('ADMINISTRATOR'));
      expectError(await approve(requested.id, admin.token), 'FORBIDDEN');
      expectError(await approve(requested.id, mobility.token), 'NOT_FOUND');
      expectError(await login(t, requested.email, PASSWORD), 'UNAUTHENTICATED');
      const approved = await approvedStaff(t, requested.id, secondAdmin.token);
      expect(approved.account.status).toBe('ACTIVE');
      await activatedStaff(t, approved);
      expectData(await login(t, requested.email, PASSWORD));
    });

    it('are announced to administrators in the account event log, which only administrators read', async () => {
      const requested = await request(admin.token, staffInput('ADMINISTRATOR'));
      const member = await request(admin.token, staffInput('MOBILITY_TEAM', REGION));
      await activatedStaff(t, await approvedStaff(t, requested.id, secondAdmin.token));
      type Event = { kind: string; account: { id: string }; actor: { id: string }; text: { nl: string } };
      const events = expectData(await t.gql(STAFF_EVENTS, {}, secondAdmin.token))
        .staffAccountEvents as Event[];
      const of = (id: string) => events.filter((e) => e.account.id === id).map((e) => [e.kind, e.actor.id]);
      expect(of(requested.id)).toEqual([
        ['ACTIVATED', requested.id],
        ['ACTIVATION_ISSUED', secondAdmin.userId],
        ['APPROVED', secondAdmin.userId],
        ['REQUESTED', admin.userId],
      ]);
      expect(of(member.id)).toEqual([['REQUESTED', admin.userId]]);
      const request_ = events.find((e) => e.account.id === requested.id && e.kind === 'REQUESTED')!;
      expect(request_.text.nl).toContain(
        `account als beheerder aangevraagd voor Nieuw ADMINISTRATOR (${requested.email})`,
      );
      for (const other of [mobility, a.admin, a.hr])
        expectError(await t.gql(STAFF_EVENTS, {}, other.token), 'FORBIDDEN');
    });

    it('job seekers see no requests and decide on none', async () => {
      const candidateId = await createCandidate(t, a.hr.token, await candidateInputIn(f, a.pc4));
      const jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId });
      const requested = await request(admin.token, hrInput(a.employer.id));
      expectError(await t.gql(PENDING, {}, jobSeeker.token), 'FORBIDDEN');
      expectError(await approve(requested.id, jobSeeker.token), 'NOT_FOUND');
      expectError(await t.gql(PENDING, {}), 'UNAUTHENTICATED');
    });
  });

  describe('activation', () => {
    it('takes no password from the requester: the input has no such field', async () => {
      const input = { ...hrInput(a.employer.id), password: PASSWORD };
      const res = await t.gql(CREATE_STAFF, { input }, mobility.token);
      expectError(res, 'BAD_USER_INPUT');
      expect(await f.query(`SELECT id FROM user_account WHERE email = $1`, [input.email])).toHaveLength(0);
    });

    it('leaves no password a requester once set: approval clears it, only the code sets one', async () => {
      // A request from before activation codes carried the requester's password.
      const requested = await request(mobility.token, hrInput(a.employer.id));
      const [known] = await f.query(`SELECT password_hash FROM user_account WHERE id = $1`, [a.hr.userId]);
      await f.query(`UPDATE user_account SET password_hash = $2 WHERE id = $1`, [
        requested.id,
        known.password_hash,
      ]);
      const approved = await approvedStaff(t, requested.id, a.admin.token);
      await expectLoginRefused(requested.email);
      await activatedStaff(t, approved, 'een-eigen-wachtwoord-van-henk');
      expectError(await login(t, requested.email, PASSWORD), 'UNAUTHENTICATED');
      expectData(await login(t, requested.email, 'een-eigen-wachtwoord-van-henk'));
    });

    it('keeps only a hash of the code, for seven days, for that address and one use', async () => {
      const created = await createStaff(t, a.admin.token, hrInput(a.employer.id));
      const { code, expiresAt } = created.activation!;
      expect(code).toMatch(ACTIVATION_CODE);
      const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);
      const [stored] = await f.query(
        `SELECT row_to_json(a)::text AS row FROM staff_account_activation a WHERE user_id = $1`,
        [created.account.id],
      );
      expect(stored.row).not.toContain(code);
      expect(stored.row).not.toContain(code.replace(/-/g, ''));

      const email = created.account.email;
      expectError(await activateStaff(t, code, uniqueEmail(f, 'someone-else')), 'BAD_USER_INPUT', {
        field: 'code',
      });
      expectError(await activateStaff(t, 'ABCD-EFGH-JKLM', email), 'BAD_USER_INPUT', { field: 'code' });
      expectError(await activateStaff(t, code, email, 'kort'), 'BAD_USER_INPUT', { field: 'password' });
      expectError(await activateStaff(t, code, email, 'werkbrug-werkbrug'), 'BAD_USER_INPUT', {
        field: 'password',
        reason: 'CONTAINS_SERVICE_NAME',
      });
      const session = expectData(
        await activateStaff(t, code.toLowerCase().replace(/-/g, ' '), email.toUpperCase()),
      );
      expect(session.activateStaffAccount.user.id).toBe(created.account.id);
      expectError(await activateStaff(t, code, email, 'nog-een-ander-wachtwoord-9'), 'BAD_USER_INPUT', {
        field: 'code',
      });
      await f.query(
        `UPDATE staff_account_activation SET activated_at = NULL, expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [created.account.id],
      );
      expectError(await activateStaff(t, code, email), 'BAD_USER_INPUT', { field: 'code' });
    });

    it('limits wrong codes per address like invitation claims, even before the right one', async () => {
      const created = await createStaff(t, a.admin.token, hrInput(a.employer.id));
      const email = created.account.email;
      for (let i = 0; i < t.config.LOGIN_MAX_FAILURES; i++)
        expectError(
          await activateStaff(t, `WRNG-CODE-${String(i).padStart(4, 'A')}`, email),
          'BAD_USER_INPUT',
        );
      expectError(await activateStaff(t, created.activation!.code, email), 'RATE_LIMITED');
    });

    it('gives a new code to the approver or the employer’s administrator only, until the account is activated', async () => {
      const requested = await request(mobility.token, hrInput(a.employer.id));
      const approved = await approvedStaff(t, requested.id, a.admin.token);
      expectError(await t.gql(RENEW_ACTIVATION, { id: requested.id }, mobility.token), 'FORBIDDEN');
      expectError(await t.gql(RENEW_ACTIVATION, { id: requested.id }, a.hr.token), 'FORBIDDEN');
      expectError(await t.gql(RENEW_ACTIVATION, { id: requested.id }, b.admin.token), 'NOT_FOUND');
      const renewed = expectData(
        await t.gql(RENEW_ACTIVATION, { id: requested.id }, a.admin.token),
      ).renewStaffAccountActivation;
      expect(renewed.code).not.toBe(approved.activation!.code);
      expectError(await activateStaff(t, approved.activation!.code, requested.email), 'BAD_USER_INPUT');
      await activatedStaff(t, { ...approved, activation: renewed });
      expectError(await t.gql(RENEW_ACTIVATION, { id: requested.id }, a.admin.token), 'CONFLICT');
      const notices = (await notificationsOf(a.hr.token)).filter((n) => n.subjectId === requested.id);
      expect(notices.map((n) => n.kind)).toContain('STAFF_ACCOUNT_ACTIVATION_ISSUED');
    });
  });

  describe('disabling an account by hand', () => {
    it('stops its tokens at once, whichever column is set, and re-enabling never activates a request', async () => {
      const byStatus = await f.actor(Role.HR_LEAD, { employerId: a.employer.id });
      expectData(await t.gql(ME, {}, byStatus.token));
      await f.query(`UPDATE user_account SET status = 'DISABLED' WHERE id = $1`, [byStatus.userId]);
      expectError(await t.gql(ME, {}, byStatus.token), 'UNAUTHENTICATED');
      await f.query(`UPDATE user_account SET disabled_at = NULL WHERE id = $1`, [byStatus.userId]);
      expectData(await t.gql(ME, {}, byStatus.token));

      const requested = await request(mobility.token, hrInput(a.employer.id));
      await expect(
        f.query(`UPDATE user_account SET disabled_at = NULL WHERE id = $1`, [requested.id]),
      ).rejects.toThrow(/user_account_usable_when_active/);
    });
  });

  describe('the identity access log', () => {
    it('names the account that read the identity and how it came to exist', async () => {
      const candidateId = await createCandidate(t, a.hr.token, await candidateInputIn(f, a.pc4));
      const jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId });
      const input = hrInput(a.employer.id, { displayName: 'Henk Achterdeur' });
      const requested = await request(mobility.token, input);
      const session = await activatedStaff(t, await approvedStaff(t, requested.id, a.admin.token));
      expectData(await t.gql(READ_IDENTITY, { id: candidateId }, session.accessToken));

      const [entry] = expectData(
        await t.gql(ACCESS_LOG, { id: candidateId }, jobSeeker.token),
      ).identityAccessLog;
      expect(entry).toMatchObject({
        accessedByUserId: requested.id,
        accessorRole: 'HR_LEAD',
        accessorName: 'Henk Achterdeur',
        accessorEmail: input.email,
        accessorEmployerName: a.employer.name,
        accessorAccountOrigin: 'APPROVED_BY_EMPLOYER_ADMIN',
        accessorAccountCreatedBy: 'Mo Bility (mobility team)',
        accessorAccountApprovedBy: 'Ada Admin (HR lead)',
      });
      expect(entry.accessorAccountApprovedAt).toEqual(expect.any(String));
      expect(entry.accessorDescription.nl).toMatch(
        /^HR-adviseur Henk Achterdeur \(.+\) van .+; account aangevraagd door Mo Bility \(mobiliteitsteam\) op \d+ \w+ \d{4}, goedgekeurd door Ada Admin, beheerder van de HR-accounts van de werkgever, op \d+ \w+ \d{4}$/,
      );
      expect(entry.accessorDescription.en).toContain('requested by Mo Bility (mobility team)');
    });

    it('says when an account was entered directly rather than requested and approved', async () => {
      const candidateId = await createCandidate(t, a.hr.token, await candidateInputIn(f, a.pc4));
      expectData(await t.gql(READ_IDENTITY, { id: candidateId }, a.hr.token));
      const [entry] = expectData(await t.gql(ACCESS_LOG, { id: candidateId }, a.hr.token)).identityAccessLog;
      expect(entry).toMatchObject({
        accessorEmail: a.hr.email,
        accessorAccountOrigin: 'SEEDED',
        accessorAccountCreatedBy: null,
        accessorAccountApprovedBy: null,
      });
      expect(entry.accessorDescription.nl).toContain('rechtstreeks ingevoerd');
    });

    it('says when an account predates two-person approval, instead of calling it seeded', async () => {
      const employer = await employerWithHrLead(f, REGION);
      await f.query(`UPDATE user_account SET origin = 'UNVERIFIED_LEGACY' WHERE id = $1`, [
        employer.hr.userId,
      ]);
      const candidateId = await createCandidate(
        t,
        employer.hr.token,
        await candidateInputIn(f, employer.pc4),
      );
      expectData(await t.gql(READ_IDENTITY, { id: candidateId }, employer.hr.token));
      const [entry] = expectData(
        await t.gql(ACCESS_LOG, { id: candidateId }, employer.hr.token),
      ).identityAccessLog;
      expect(entry.accessorAccountOrigin).toBe('UNVERIFIED_LEGACY');
      expect(entry.accessorDescription.nl).toContain('voordat goedkeuring door twee personen bestond');
      expect(entry.accessorDescription.en).toContain('before two-person approval existed');
      expect(entry.accessorDescription.nl).not.toContain('rechtstreeks ingevoerd');
    });
  });
});

describe('accounts from before two-person approval', () => {
  const name = uniqueTestDatabaseName('staff_legacy');
  let url: string;

  async function withDatabase<T>(migrations: number, work: (db: DataSource) => Promise<T>): Promise<T> {
    const options = dataSourceOptions({ DATABASE_URL: url }, 'staff-spec');
    const db = await new DataSource({ ...options, migrations: MIGRATIONS.slice(0, migrations) }).initialize();
    try {
      await db.runMigrations({ transaction: 'each' });
      return await work(db);
    } finally {
      await db.destroy();
    }
  }

  beforeAll(async () => {
    url = await createTestDatabase(name);
  });

  afterAll(() => dropTestDatabase(name));

  it('are UNVERIFIED_LEGACY where the old direct creation could have made them, SEEDED where it could not', async () => {
    const upToApproval = MIGRATIONS.findIndex((m) => m.name === 'StaffAccountApproval1769100000000') + 1;
    await withDatabase(upToApproval, (db) =>
      db.query(`
        INSERT INTO labour_market_region (code, name, latitude, longitude) VALUES ('AM01', 'Een', 0, 0), ('AM02', 'Twee', 0, 0);
        INSERT INTO employer (id, name, sector, region_code) VALUES
          ('00000000-0000-4000-8000-000000000001', 'Zorg Een', 'CARE', 'AM01'),
          ('00000000-0000-4000-8000-000000000002', 'Zorg Twee', 'CARE', 'AM02');
        INSERT INTO user_account (email, password_hash, display_name, role, region_code, employer_id, created_at) VALUES
          ('first-rmt@test.nl', 'x', 'Team', 'MOBILITY_TEAM', 'AM02', NULL, '2026-01-01'),
          ('hr-one@test.nl', 'x', 'HR', 'HR_LEAD', NULL, '00000000-0000-4000-8000-000000000001', '2026-01-02'),
          ('hr-two@test.nl', 'x', 'HR', 'HR_LEAD', NULL, '00000000-0000-4000-8000-000000000002', '2026-01-03'),
          ('first-admin@test.nl', 'x', 'Beheer', 'ADMINISTRATOR', NULL, NULL, '2026-01-04'),
          ('second-admin@test.nl', 'x', 'Beheer', 'ADMINISTRATOR', NULL, NULL, '2026-01-05'),
          ('late-admin@test.nl', 'x', 'Beheer', 'ADMINISTRATOR', NULL, NULL, '2026-03-01');
        INSERT INTO account_event (user_id, kind, actor_user_id, actor_role, at)
          SELECT u.id, 'REQUESTED', a.id, 'ADMINISTRATOR', '2026-02-01' FROM user_account u, user_account a
          WHERE u.email = 'second-admin@test.nl' AND a.email = 'first-admin@test.nl';`),
    );
    const origins = await withDatabase(MIGRATIONS.length, (db) =>
      db.query(`SELECT email, origin FROM user_account ORDER BY created_at`),
    );
    expect(origins).toEqual([
      // Nobody existed yet who could have created them through the API (a team only creates its own region's
      // HR leads): put in directly.
      { email: 'first-rmt@test.nl', origin: 'SEEDED' },
      { email: 'hr-one@test.nl', origin: 'SEEDED' },
      // The region's team, and later an administrator, could have.
      { email: 'hr-two@test.nl', origin: 'UNVERIFIED_LEGACY' },
      { email: 'first-admin@test.nl', origin: 'SEEDED' },
      { email: 'second-admin@test.nl', origin: 'UNVERIFIED_LEGACY' },
      // Put in after approvals were being recorded: the old way was gone by then.
      { email: 'late-admin@test.nl', origin: 'SEEDED' },
    ]);
  }, 120_000);
});
