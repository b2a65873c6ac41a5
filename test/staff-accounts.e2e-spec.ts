import { AuthService } from '@werkbrug/accounts';
import { Role } from '@werkbrug/core';
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
import { createTestApp, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Staff accounts need two people: an employer's administrator HR lead adds HR leads; anyone else's request waits
 * for a second person, and never the requester. A pending account can do nothing; every account is announced
 * to the people it joins; a candidate's access log names the account that read their identity and its origin.
 */
const REGION = 'AM13';
const OTHER_REGION = 'AM14';

const ACCOUNT_FIELDS = `id email role status origin employerAdmin employerId regionCode createdByUserId
  approvedByUserId approvedAt`;
const CREATE = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { ${ACCOUNT_FIELDS} } }`;
const APPROVE = `mutation($id: ID!) { approveStaffAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String) { rejectStaffAccount(id: $id, reason: $reason) { ${ACCOUNT_FIELDS} } }`;
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

interface Account {
  id: string;
  email: string;
  status: string;
  origin: string;
  employerAdmin: boolean;
  createdByUserId: string | null;
  approvedByUserId: string | null;
  approvedAt: string | null;
}

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
    t = await createTestApp({ QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:staff-spec` });
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
    password: PASSWORD,
    displayName: 'Jan Nieuw',
    role: 'HR_LEAD',
    employerId,
    ...extra,
  });
  const staffInput = (role: 'MOBILITY_TEAM' | 'ADMINISTRATOR', regionCode?: string) => ({
    email: uniqueEmail(f, role.toLowerCase()),
    password: PASSWORD,
    displayName: `Nieuw ${role}`,
    role,
    regionCode,
  });

  async function create(token: string, input: Record<string, unknown>): Promise<Account> {
    return expectData(await t.gql(CREATE, { input }, token)).createStaffAccount as Account;
  }
  const approve = (id: string, token: string) => t.gql(APPROVE, { id }, token);
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

  function expectCodes(results: [string, GraphQLResponse][], code: string): void {
    for (const [who, res] of results)
      expect([who, res.errors?.[0]?.extensions?.code ?? 'OK']).toEqual([who, code]);
  }

  describe('an HR lead requested by a mobility team', () => {
    it('cannot log in or read identities until the employer’s administrator HR lead approves it', async () => {
      const candidateId = await createCandidate(t, a.hr.token, await candidateInputIn(f, a.pc4));
      await changeCandidateStatus(t, a.hr.token, candidateId, 'ACTIVE');
      const input = hrInput(a.employer.id);
      const requested = await create(mobility.token, input);
      expect(requested).toMatchObject({
        status: 'PENDING_APPROVAL',
        origin: 'REQUESTED',
        employerAdmin: false,
        createdByUserId: mobility.userId,
        approvedByUserId: null,
      });

      // Logging in answers exactly as a wrong password does: nothing tells an outsider the account exists.
      const pendingLogin = expectError(await login(t, input.email, PASSWORD), 'UNAUTHENTICATED');
      const wrongPassword = expectError(
        await login(t, input.email, 'not-the-password-at-all'),
        'UNAUTHENTICATED',
      );
      expect(pendingLogin.message).toBe(wrongPassword.message);
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

      const approved = expectData(await approve(requested.id, a.admin.token)).approveStaffAccount;
      expect(approved).toMatchObject({
        status: 'ACTIVE',
        origin: 'APPROVED_BY_EMPLOYER_ADMIN',
        approvedByUserId: a.admin.userId,
        employerAdmin: false,
      });
      expectError(await approve(requested.id, a.admin.token), 'CONFLICT');

      const session = expectData(await login(t, input.email, PASSWORD)).login;
      expect(session.user.id).toBe(requested.id);
      expectData(await t.gql(READ_IDENTITY, { id: candidateId }, session.accessToken));
    });

    it('is announced to the employer’s HR leads: who asked for it and who approved it', async () => {
      const input = hrInput(a.employer.id, { displayName: 'Petra Aangevraagd' });
      const requested = await create(mobility.token, input);
      const requestNotice = (await notificationsOf(a.hr.token)).find((n) => n.subjectId === requested.id);
      expect(requestNotice).toMatchObject({ kind: 'STAFF_ACCOUNT_REQUESTED' });
      expect(requestNotice!.textNl).toContain('Mo Bility (mobiliteitsteam)');
      expect(requestNotice!.textNl).toContain(input.email);
      expect(requestNotice!.textEn).toContain('requested');
      // Other employers hear nothing of it.
      expect((await notificationsOf(b.hr.token)).some((n) => n.subjectId === requested.id)).toBe(false);

      expectData(await approve(requested.id, a.admin.token));
      const notices = (await notificationsOf(a.hr.token)).filter((n) => n.subjectId === requested.id);
      const approval = notices.find((n) => n.kind === 'STAFF_ACCOUNT_APPROVED');
      expect(approval!.textNl).toContain('aangevraagd door Mo Bility (mobiliteitsteam)');
      expect(approval!.textNl).toContain('goedgekeurd door Ada Admin (HR-adviseur)');
    });

    it('shows up for the employer’s administrator only, and can be turned down with a reason', async () => {
      const requested = await create(mobility.token, hrInput(a.employer.id));
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
      expectCodes([['plain HR lead', await t.gql(REJECT, { id: requested.id }, a.hr.token)]], 'FORBIDDEN');
      const rejected = expectData(
        await t.gql(REJECT, { id: requested.id, reason: 'Onbekend' }, a.admin.token),
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
      const requested = await create(mobility.token, hrInput(a.employer.id));
      const withdrawn = expectData(await t.gql(REJECT, { id: requested.id }, mobility.token));
      expect(withdrawn.rejectStaffAccount.status).toBe('REJECTED');
    });

    it('is refused for an employer outside the team’s region, and may not be made administrator', async () => {
      // Another region's employer is unknown to the team, as it is everywhere else in the API.
      const elsewhere = await employerWithHrLead(f, OTHER_REGION);
      expectError(
        await t.gql(CREATE, { input: hrInput(elsewhere.employer.id) }, mobility.token),
        'NOT_FOUND',
      );
      const asAdmin = hrInput(a.employer.id, { employerAdmin: true });
      for (const token of [mobility.token, admin.token, a.hr.token])
        expectError(await t.gql(CREATE, { input: asAdmin }, token), 'FORBIDDEN');
      expect(await f.query(`SELECT id FROM user_account WHERE email = $1`, [asAdmin.email])).toHaveLength(0);
    });
  });

  describe('an HR lead requested by an administrator', () => {
    it('waits for the employer’s administrator HR lead like any request', async () => {
      const requested = await create(admin.token, hrInput(a.employer.id));
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
      expect(expectData(await approve(requested.id, a.admin.token)).approveStaffAccount.status).toBe(
        'ACTIVE',
      );
      expectData(await login(t, requested.email, PASSWORD));
    });
  });

  describe('a new employer without an active HR lead', () => {
    it('gets its first HR lead from a second person, who is then its administrator HR lead', async () => {
      const employer = await f.employer(REGION);
      const first = await create(admin.token, hrInput(employer.id));
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
      const approved = expectData(await approve(first.id, mobility.token)).approveStaffAccount;
      expect(approved).toMatchObject({
        status: 'ACTIVE',
        origin: 'APPROVED_BY_SECOND_PERSON',
        approvedByUserId: mobility.userId,
        employerAdmin: true,
      });

      // From now on the employer decides itself.
      const second = await create(admin.token, hrInput(employer.id));
      expectCodes(
        [
          ['mobility team', await approve(second.id, mobility.token)],
          ['second administrator', await approve(second.id, secondAdmin.token)],
        ],
        'FORBIDDEN',
      );
      const firstSession = expectData(await login(t, first.email, PASSWORD)).login;
      expect(
        expectData(await approve(second.id, firstSession.accessToken)).approveStaffAccount,
      ).toMatchObject({
        origin: 'APPROVED_BY_EMPLOYER_ADMIN',
        employerAdmin: false,
      });
    });

    it('lets a different administrator approve what a mobility team requested, never the team itself', async () => {
      const employer = await f.employer(REGION);
      const requested = await create(mobility.token, hrInput(employer.id));
      expectError(await approve(requested.id, mobility.token), 'FORBIDDEN');
      expect(expectData(await approve(requested.id, admin.token)).approveStaffAccount.employerAdmin).toBe(
        true,
      );
    });

    it('approves only one of two first HR leads at once: the second then needs the first', async () => {
      const employer = await f.employer(REGION);
      const one = await create(admin.token, hrInput(employer.id));
      const two = await create(admin.token, hrInput(employer.id));
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

  describe('an employer’s administrator HR lead', () => {
    it('adds HR leads to its own employer at once, and only there', async () => {
      const created = await create(
        a.admin.token,
        hrInput(a.employer.id, { displayName: 'Direct Toegevoegd' }),
      );
      expect(created).toMatchObject({
        status: 'ACTIVE',
        origin: 'CREATED_BY_EMPLOYER_ADMIN',
        createdByUserId: a.admin.userId,
        employerAdmin: false,
      });
      expectData(await login(t, created.email, PASSWORD));
      const notice = (await notificationsOf(a.hr.token)).find((n) => n.subjectId === created.id);
      expect(notice).toMatchObject({ kind: 'STAFF_ACCOUNT_CREATED' });
      expect(notice!.textNl).toContain('Ada Admin (HR-adviseur)');

      expectError(await t.gql(CREATE, { input: hrInput(b.employer.id) }, a.admin.token), 'FORBIDDEN');
      expectError(await t.gql(CREATE, { input: hrInput(a.employer.id) }, a.hr.token), 'FORBIDDEN');
      expectError(
        await t.gql(CREATE, { input: staffInput('MOBILITY_TEAM', REGION) }, a.admin.token),
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
          expectError(await t.gql(CREATE, { input }, token), 'FORBIDDEN');
    });

    it('a mobility team member waits for a second administrator or the region’s team, who hear of it', async () => {
      const requested = await create(admin.token, staffInput('MOBILITY_TEAM', REGION));
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

      const approved = expectData(await approve(requested.id, mobility.token)).approveStaffAccount;
      expect(approved).toMatchObject({ status: 'ACTIVE', origin: 'APPROVED_BY_SECOND_PERSON' });
      expectData(await login(t, requested.email, PASSWORD));

      const bySecondAdmin = await create(admin.token, staffInput('MOBILITY_TEAM', OTHER_REGION));
      expect(expectData(await approve(bySecondAdmin.id, secondAdmin.token)).approveStaffAccount.status).toBe(
        'ACTIVE',
      );
    });

    it('an administrator waits for a second administrator', async () => {
      const requested = await create(admin.token, staffInput('ADMINISTRATOR'));
      expectError(await approve(requested.id, admin.token), 'FORBIDDEN');
      expectError(await approve(requested.id, mobility.token), 'NOT_FOUND');
      expectError(await login(t, requested.email, PASSWORD), 'UNAUTHENTICATED');
      expect(expectData(await approve(requested.id, secondAdmin.token)).approveStaffAccount.status).toBe(
        'ACTIVE',
      );
      expectData(await login(t, requested.email, PASSWORD));
    });

    it('job seekers see no requests and decide on none', async () => {
      const candidateId = await createCandidate(t, a.hr.token, await candidateInputIn(f, a.pc4));
      const jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId });
      const requested = await create(admin.token, hrInput(a.employer.id));
      expectError(await t.gql(PENDING, {}, jobSeeker.token), 'FORBIDDEN');
      expectError(await approve(requested.id, jobSeeker.token), 'NOT_FOUND');
      expectError(await t.gql(PENDING, {}), 'UNAUTHENTICATED');
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

      const requested = await create(mobility.token, hrInput(a.employer.id));
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
      const requested = await create(mobility.token, input);
      expectData(await approve(requested.id, a.admin.token));
      const session = expectData(await login(t, input.email, PASSWORD)).login;
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
  });
});
