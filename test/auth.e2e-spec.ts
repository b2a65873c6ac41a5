import { randomUUID } from 'node:crypto';
import { Role } from '@werkbrug/core';
import { Actor, Fixtures, PASSWORD } from './support/fixtures';
import {
  candidateInputIn,
  createCandidate,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
  login,
  ME,
  signJwt,
  uniqueEmail,
} from './support/helpers-auth';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Logging in, tokens, failed-login rate limiting, job seeker invitations and staff accounts.
 * Every test uses its own e-mail addresses, so the per-account failure counters never meet.
 */
const REGION = 'AM37';
const CLAIM = `mutation($input: ClaimJobSeekerAccountInput!) {
  claimJobSeekerAccount(input: $input) { accessToken user { id email role candidateId } }
}`;
const INVITE = `mutation($id: ID!) { createJobSeekerInvitation(candidateId: $id) { code expiresAt } }`;
const CREATE_STAFF = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id email role } }`;
const CODE_FORMAT = /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;

describe('authentication', () => {
  let t: TestApp;
  let f: Fixtures;
  let owner: EmployerWithHrLead;
  let admin: Actor;

  beforeAll(async () => {
    // The per-address failure budget is shared by every spec of the run calling from 127.0.0.1; a key prefix
    // of its own (still under the run's prefix, so teardown clears it) keeps this spec's deliberate failures
    // from eating into other specs' budget and the other way round. This spec makes more failures than the
    // per-address budget allows: the per-address back-off is tested in account-security.e2e-spec.ts.
    t = await createTestApp({
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:auth-spec`,
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
    });
    f = new Fixtures(t);
    owner = await employerWithHrLead(f, REGION);
    admin = await f.actor(Role.ADMINISTRATOR);
  });

  afterAll(() => t.close());

  const staff = () => f.actor(Role.HR_LEAD, { employerId: owner.employer.id });
  const newCandidate = async () =>
    createCandidate(t, owner.hr.token, await candidateInputIn(f, owner.pc4, { consentGiven: false }));
  const invite = async (candidateId: string): Promise<string> => {
    const data = expectData(await t.gql(INVITE, { id: candidateId }, owner.hr.token));
    expect(data.createJobSeekerInvitation.code).toMatch(CODE_FORMAT);
    return data.createJobSeekerInvitation.code as string;
  };
  const claim = (code: string, email: string, password = PASSWORD) =>
    t.gql(CLAIM, { input: { code, email, password, displayName: 'Sam' } });

  describe('login', () => {
    it('returns a token that works on `me`', async () => {
      const user = await staff();
      const data = expectData(await login(t, user.email, PASSWORD));
      expect(data.login.user).toEqual({
        id: user.userId,
        email: user.email,
        role: 'HR_LEAD',
        employerId: owner.employer.id,
        candidateId: null,
      });
      const expiresIn = Date.parse(data.login.expiresAt) - Date.now();
      expect(expiresIn).toBeGreaterThan((t.config.TOKEN_TTL_SECONDS - 60) * 1000);
      expect(expiresIn).toBeLessThanOrEqual(t.config.TOKEN_TTL_SECONDS * 1000);

      const me = expectData(await t.gql(ME, {}, data.login.accessToken));
      expect(me.me).toEqual(
        expect.objectContaining({ id: user.userId, role: 'HR_LEAD', employerId: owner.employer.id }),
      );
      const [row] = await f.query(`SELECT last_login_at FROM user_account WHERE id = $1`, [user.userId]);
      expect(row.last_login_at).toBeInstanceOf(Date);
    });

    it('treats the e-mail address case-insensitively', async () => {
      const user = await staff();
      const data = expectData(await login(t, user.email.toUpperCase(), PASSWORD));
      expect(data.login.user.id).toBe(user.userId);
    });

    it('answers a wrong password and an unknown e-mail address identically', async () => {
      const user = await staff();
      const wrongPassword = await login(t, user.email, `${PASSWORD}-wrong`);
      const unknownEmail = await login(t, `nobody-${randomUUID()}@test.werkbrug.nl`, PASSWORD);
      const error = expectError(wrongPassword, 'UNAUTHENTICATED');
      expect(wrongPassword.data ?? null).toBeNull();
      expect(error.message).toBe('E-mail address or password is incorrect.');
      expect(error.message).not.toContain(user.email);
      // The whole error (message, Dutch message, code, path) is the same: nothing tells the two apart.
      expect(unknownEmail.errors).toEqual(wrongPassword.errors);
      expect(unknownEmail.status).toBe(wrongPassword.status);
    });

    it('refuses a disabled account, and its existing tokens stop working at once', async () => {
      const user = await staff();
      const wrongPassword = await login(t, user.email, `${PASSWORD}-wrong`);
      expectData(await t.gql(ME, {}, user.token));
      await f.query(`UPDATE user_account SET disabled_at = now() WHERE id = $1`, [user.userId]);

      const disabled = await login(t, user.email, PASSWORD);
      expectError(disabled, 'UNAUTHENTICATED');
      expect(disabled.errors).toEqual(wrongPassword.errors);
      expectError(await t.gql(ME, {}, user.token), 'UNAUTHENTICATED');
    });
  });

  describe('bearer tokens', () => {
    const now = () => Math.floor(Date.now() / 1000);
    let user: Actor;

    beforeAll(async () => {
      user = await staff();
    });

    /** Claims of a valid token; each case below changes one thing. */
    const claims = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
      sub: user.userId,
      iss: 'werkbrug',
      iat: now(),
      exp: now() + 60,
      ...overrides,
    });

    it('accepts a well-formed token signed with the secret (control for the cases below)', async () => {
      const token = signJwt(t.config.tokenSecret, claims());
      expect(expectData(await t.gql(ME, {}, token)).me.id).toBe(user.userId);
    });

    const cases: [string, () => string][] = [
      ['garbage', () => 'not-a-token'],
      ['a truncated token', () => user.token.slice(0, -5)],
      [
        'an expired token',
        () => signJwt(t.config.tokenSecret, claims({ iat: now() - 120, exp: now() - 60 })),
      ],
      ['a token signed with another secret', () => signJwt('x'.repeat(48), claims())],
      ['a token from another issuer', () => signJwt(t.config.tokenSecret, claims({ iss: 'someone-else' }))],
      [
        'an unsigned token (alg: none)',
        () => signJwt('', claims(), { alg: 'none', typ: 'JWT' }).split('.').slice(0, 2).join('.') + '.',
      ],
      [
        'a token for an account that does not exist',
        () => signJwt(t.config.tokenSecret, claims({ sub: randomUUID() })),
      ],
    ];

    it.each(cases)('refuses %s with UNAUTHENTICATED', async (_label, token) => {
      const res = await t.gql(ME, {}, token());
      expectError(res, 'UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    });
  });

  describe('failed-login rate limiting', () => {
    const maxFailures = () => t.config.LOGIN_MAX_FAILURES;

    it('uses the documented default of 5 failures', () => {
      expect(maxFailures()).toBe(5);
    });

    it('refuses even the right password after too many failures, for that e-mail address only', async () => {
      const [user, bystander] = [await staff(), await staff()];
      for (let i = 0; i < maxFailures(); i++) {
        expectError(await login(t, user.email, `${PASSWORD}-wrong`), 'UNAUTHENTICATED');
      }
      const limited = expectError(await login(t, user.email, PASSWORD), 'RATE_LIMITED');
      const retryAfter: unknown = limited.extensions?.retryAfterSeconds;
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(t.config.LOGIN_FAILURE_WINDOW_SECONDS);
      expectError(await login(t, user.email.toUpperCase(), PASSWORD), 'RATE_LIMITED');
      expectError(await login(t, user.email, `${PASSWORD}-wrong`), 'RATE_LIMITED');

      expect(expectData(await login(t, bystander.email, PASSWORD)).login.user.id).toBe(bystander.userId);
      // Tokens issued before are not affected: the limit is on logging in, not on the account.
      expectData(await t.gql(ME, {}, user.token));
    });

    it('limits an unknown e-mail address the same way, so the limit does not reveal which accounts exist', async () => {
      const email = `nobody-${randomUUID()}@test.werkbrug.nl`;
      for (let i = 0; i < maxFailures(); i++) {
        expectError(await login(t, email, PASSWORD), 'UNAUTHENTICATED');
      }
      expectError(await login(t, email, PASSWORD), 'RATE_LIMITED');
    });

    it('starts counting again after a successful login', async () => {
      const user = await staff();
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < maxFailures() - 1; i++) {
          expectError(await login(t, user.email, `${PASSWORD}-wrong`), 'UNAUTHENTICATED');
        }
        expectData(await login(t, user.email, PASSWORD));
      }
    });
  });

  describe('job seeker invitations', () => {
    it('lets the job seeker claim an account, log in and see only their own profile', async () => {
      const candidateId = await newCandidate();
      const otherCandidateId = await newCandidate();
      const code = await invite(candidateId);
      const stored = await f.query(
        `SELECT row_to_json(i)::text AS row FROM job_seeker_invitation i WHERE candidate_id = $1`,
        [candidateId],
      );
      expect(stored).toHaveLength(1);
      expect(stored[0].row).not.toContain(code.replace(/-/g, ''));
      expect(stored[0].row).not.toContain(code);

      const email = uniqueEmail(f, 'jobseeker');
      const claimed = expectData(await claim(code, email));
      expect(claimed.claimJobSeekerAccount.user).toEqual({
        id: expect.any(String),
        email,
        role: 'JOB_SEEKER',
        candidateId,
      });

      const token = expectData(await login(t, email, PASSWORD)).login.accessToken as string;
      expect(expectData(await t.gql(ME, {}, token)).me).toEqual(
        expect.objectContaining({ role: 'JOB_SEEKER', candidateId, employerId: null }),
      );
      const mine = expectData(await t.gql(`{ myCandidateProfile { id visibility } }`, {}, token));
      expect(mine.myCandidateProfile).toEqual({ id: candidateId, visibility: 'OWNER' });
      const list = expectData(
        await t.gql(`{ candidateProfiles(first: 100) { totalCount nodes { id } } }`, {}, token),
      );
      expect(list.candidateProfiles).toEqual({ totalCount: 1, nodes: [{ id: candidateId }] });
      const other = `query($id: ID!) { candidateProfile(id: $id) { id } }`;
      expectError(await t.gql(other, { id: otherCandidateId }, token), 'NOT_FOUND');
      const identity = `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "nieuwsgierig") { fullName } }`;
      expectError(await t.gql(identity, { id: otherCandidateId }, token), 'NOT_FOUND');
    });

    it('accepts a code once only', async () => {
      const code = await invite(await newCandidate());
      expectData(await claim(code, uniqueEmail(f, 'first')));
      const again = await claim(code, uniqueEmail(f, 'second'));
      expectError(again, 'BAD_USER_INPUT', { field: 'code' });
    });

    it('accepts the code in lower case and without dashes, as read out over the phone', async () => {
      const code = await invite(await newCandidate());
      expectData(await claim(code.toLowerCase().replace(/-/g, ' '), uniqueEmail(f, 'spoken')));
    });

    it('revokes an unused invitation when a new one is created', async () => {
      const candidateId = await newCandidate();
      const first = await invite(candidateId);
      const second = await invite(candidateId);
      expect(second).not.toBe(first);
      expectError(await claim(first, uniqueEmail(f, 'old')), 'BAD_USER_INPUT', { field: 'code' });
      expectData(await claim(second, uniqueEmail(f, 'new')));
    });

    it('refuses an expired code', async () => {
      const candidateId = await newCandidate();
      const code = await invite(candidateId);
      await f.query(
        `UPDATE job_seeker_invitation SET expires_at = now() - interval '1 minute' WHERE candidate_id = $1`,
        [candidateId],
      );
      expectError(await claim(code, uniqueEmail(f, 'late')), 'BAD_USER_INPUT', { field: 'code' });
    });

    it('refuses an e-mail address that is already in use, without using up the code', async () => {
      const code = await invite(await newCandidate());
      const taken = await staff();
      expectError(await claim(code, taken.email), 'CONFLICT', { field: 'email' });
      expectError(await claim(code, taken.email.toUpperCase()), 'CONFLICT', { field: 'email' });
      expectData(await claim(code, uniqueEmail(f, 'free')));
    });

    it('does not invite a candidate who already has an account', async () => {
      const candidateId = await newCandidate();
      expectData(await claim(await invite(candidateId), uniqueEmail(f, 'has')));
      expectError(await t.gql(INVITE, { id: candidateId }, owner.hr.token), 'CONFLICT');
    });

    it('lets only one of two simultaneous claims of a code succeed', async () => {
      const candidateId = await newCandidate();
      const code = await invite(candidateId);
      const results = await Promise.all([
        claim(code, uniqueEmail(f, 'racer')),
        claim(code, uniqueEmail(f, 'racer')),
      ]);
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['BAD_USER_INPUT', 'OK']);
      const accounts = await f.query(`SELECT id FROM user_account WHERE candidate_id = $1`, [candidateId]);
      expect(accounts).toHaveLength(1);
    });

    it('requires a password of at least 12 characters that is hard to guess, and keeps the code usable', async () => {
      const code = await invite(await newCandidate());
      const email = uniqueEmail(f, 'short');
      expectError(await claim(code, email, 'a'.repeat(11)), 'BAD_USER_INPUT', { field: 'password' });
      expectError(await claim(code, email, 'a'.repeat(12)), 'BAD_USER_INPUT', {
        field: 'password',
        reason: 'TOO_GUESSABLE',
      });
      expect(await f.query(`SELECT id FROM user_account WHERE email = $1`, [email])).toHaveLength(0);
      expectData(await claim(code, email, PASSWORD));
    });
  });

  describe('staff accounts', () => {
    const staffInput = (email: string, password = PASSWORD) => ({
      email,
      password,
      displayName: 'Nieuwe HR-adviseur',
      role: 'HR_LEAD',
      employerId: owner.employer.id,
    });

    it('creates an account that can log in, and refuses its e-mail address a second time', async () => {
      // Created by the employer's administrator HR lead, so active at once (requests: staff-accounts spec).
      const employerAdmin = await staff();
      await f.query(`UPDATE user_account SET employer_admin = true WHERE id = $1`, [employerAdmin.userId]);
      const email = uniqueEmail(f, 'staff');
      const created = expectData(
        await t.gql(CREATE_STAFF, { input: staffInput(email) }, employerAdmin.token),
      );
      expect(created.createStaffAccount).toEqual({ id: expect.any(String), email, role: 'HR_LEAD' });
      expect(expectData(await login(t, email, PASSWORD)).login.user.id).toBe(created.createStaffAccount.id);

      for (const duplicate of [email, email.toUpperCase()]) {
        const res = await t.gql(CREATE_STAFF, { input: staffInput(duplicate) }, admin.token);
        expectError(res, 'CONFLICT', { field: 'email' });
      }
      expect(await f.query(`SELECT id FROM user_account WHERE email = $1`, [email])).toHaveLength(1);
    });

    it('requires a password of at least 12 characters', async () => {
      const email = uniqueEmail(f, 'staffshort');
      const res = await t.gql(CREATE_STAFF, { input: staffInput(email, 'a'.repeat(11)) }, admin.token);
      expectError(res, 'BAD_USER_INPUT', { field: 'password' });
      expect(await f.query(`SELECT id FROM user_account WHERE email = $1`, [email])).toHaveLength(0);
    });
  });
});
