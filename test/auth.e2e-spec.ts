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
import { inviteJobSeeker, mailboxOf, SET_IDENTITY_EMAIL } from './support/helpers-mail';
import { createTestApp, TestApp } from './support/test-app';

interface Invited {
  code: string;
  email: string;
}

/**
 * Logging in, tokens, failed-login rate limiting, job seeker invitations and staff accounts.
 * Every test uses its own e-mail addresses, so the per-account failure counters never meet.
 */
const REGION = 'AM37';
const CLAIM = `mutation($input: ClaimJobSeekerAccountInput!) {
  claimJobSeekerAccount(input: $input) { accessToken user { id email role candidateId } }
}`;
const INVITE = `mutation($id: ID!) { createJobSeekerInvitation(candidateId: $id) { expiresAt sentTo } }`;
const CREATE_STAFF = `mutation($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { account { id email role } activation { code } }
}`;
const ACTIVATE_STAFF = `mutation($input: ActivateStaffAccountInput!) { activateStaffAccount(input: $input) { user { id } } }`;
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
  /** The HR lead invites; the code goes to the address in the candidate's identity, where the person reads it. */
  const invite = async (candidateId: string, email = uniqueEmail(f, 'invitee')): Promise<Invited> => {
    const { code } = await inviteJobSeeker(t, owner.hr.token, candidateId, email);
    expect(code).toMatch(CODE_FORMAT);
    return { code, email };
  };
  const claim = ({ code, email }: Invited, password = PASSWORD) =>
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

    it('checks at most the limit of passwords when the guesses come all at once', async () => {
      // Each attempt takes its place in the count before its password is checked (atomically in Redis), so
      // twenty simultaneous guesses cannot all pass a check made before any of them had failed.
      const user = await staff();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => login(t, user.email, `${PASSWORD}-wrong`)),
      );
      const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(maxFailures());
      expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(20 - maxFailures());
      expectError(await login(t, user.email, PASSWORD), 'RATE_LIMITED');
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
      const invited = await invite(candidateId);
      const stored = await f.query(
        `SELECT row_to_json(i)::text AS row FROM job_seeker_invitation i WHERE candidate_id = $1`,
        [candidateId],
      );
      expect(stored).toHaveLength(1);
      expect(stored[0].row).not.toContain(invited.code.replace(/-/g, ''));
      expect(stored[0].row).not.toContain(invited.code);

      const claimed = expectData(await claim(invited));
      expect(claimed.claimJobSeekerAccount.user).toEqual({
        id: expect.any(String),
        email: invited.email,
        role: 'JOB_SEEKER',
        candidateId,
      });

      const token = expectData(await login(t, invited.email, PASSWORD)).login.accessToken as string;
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

    it('mails the code to the person, never shows it to the HR lead, and keeps no copy once sent', async () => {
      const candidateId = await newCandidate();
      const email = uniqueEmail(f, 'mailed');
      expectData(await t.gql(SET_IDENTITY_EMAIL, { id: candidateId, email }, owner.hr.token));
      const created = await t.gql(INVITE, { id: candidateId }, owner.hr.token);
      const answer = JSON.stringify(created);
      const { createJobSeekerInvitation } = expectData(created);
      expect(createJobSeekerInvitation.sentTo).toBe(`${email[0]}•••@test.werkbrug.nl`);

      const [mail] = await mailboxOf(t, email);
      const code = /uitnodigingscode: ([A-Z0-9-]+)/.exec(mail.text)![1];
      expect(mail.text).toContain(`invitation code: ${code}`);
      expect(mail.text).toContain(`Maak je account aan op: ${t.config.PUBLIC_URL}/claim\n`);
      expect(mail.text).toContain(`Create your account at: ${t.config.PUBLIC_URL}/claim\n`);
      expect(mail.subject).toContain('Werkbrug');
      expect(answer).not.toContain(code);
      expect(answer).not.toContain(code.replace(/-/g, ''));
      const outbox = await f.query(`SELECT body_text, sent_at FROM mail_message WHERE to_address = $1`, [
        email,
      ]);
      expect(outbox).toEqual([{ body_text: '', sent_at: expect.any(Date) }]);
    });

    it('refuses an invitation for a candidate without an e-mail address of their own', async () => {
      const candidateId = await newCandidate();
      expectData(await t.gql(SET_IDENTITY_EMAIL, { id: candidateId, email: null }, owner.hr.token));
      expectError(await t.gql(INVITE, { id: candidateId }, owner.hr.token), 'BAD_USER_INPUT', {
        field: 'candidateId',
      });
    });

    it('accepts the code only with the address it was mailed to, so the HR lead cannot claim the account', async () => {
      const candidateId = await newCandidate();
      const invited = await invite(candidateId);
      const hrLeadsAddress = uniqueEmail(f, 'hr-own-address');
      const hijack = await claim({ code: invited.code, email: hrLeadsAddress });
      expectError(hijack, 'BAD_USER_INPUT', { field: 'email' });
      expect(
        await f.query(`SELECT id FROM user_account WHERE candidate_id = $1`, [candidateId]),
      ).toHaveLength(0);
      expectData(await claim({ ...invited, email: invited.email.toUpperCase() }));
    });

    it('stops an open invitation when the address changes, and shows the person who changed it', async () => {
      const candidateId = await newCandidate();
      const invited = await invite(candidateId);
      const hrLeadsAddress = uniqueEmail(f, 'redirected');
      expectData(await t.gql(SET_IDENTITY_EMAIL, { id: candidateId, email: hrLeadsAddress }, owner.hr.token));
      expectError(await claim(invited), 'BAD_USER_INPUT', { field: 'code' });

      const again = await invite(candidateId, invited.email);
      const token = expectData(await claim(again)).claimJobSeekerAccount.accessToken as string;
      const log = expectData(
        await t.gql(
          `query($id: ID!) { identityAccessLog(candidateId: $id) { action fields accessedByUserId accessorName } }`,
          { id: candidateId },
          token,
        ),
      ).identityAccessLog as { action: string; fields: string[]; accessedByUserId: string }[];
      const changes = log.filter((entry) => entry.action === 'CHANGE');
      expect(changes.map((c) => c.fields)).toEqual([['email'], ['email'], ['email']]);
      expect(new Set(changes.map((c) => c.accessedByUserId))).toEqual(new Set([owner.hr.userId]));
    });

    it('accepts a code once only', async () => {
      const invited = await invite(await newCandidate());
      expectData(await claim(invited));
      expectError(await claim(invited), 'BAD_USER_INPUT', { field: 'code' });
    });

    it('accepts the code in lower case and without dashes, as read out over the phone', async () => {
      const invited = await invite(await newCandidate());
      expectData(await claim({ ...invited, code: invited.code.toLowerCase().replace(/-/g, ' ') }));
    });

    it('revokes an unused invitation when a new one is created', async () => {
      const candidateId = await newCandidate();
      const first = await invite(candidateId);
      const second = await invite(candidateId, first.email);
      expect(second.code).not.toBe(first.code);
      expectError(await claim(first), 'BAD_USER_INPUT', { field: 'code' });
      expectData(await claim(second));
    });

    it('refuses an expired code', async () => {
      const candidateId = await newCandidate();
      const invited = await invite(candidateId);
      await f.query(
        `UPDATE job_seeker_invitation SET expires_at = now() - interval '1 minute' WHERE candidate_id = $1`,
        [candidateId],
      );
      expectError(await claim(invited), 'BAD_USER_INPUT', { field: 'code' });
    });

    it('refuses an address that already has an account, without using up the code', async () => {
      const taken = await staff();
      const candidateId = await newCandidate();
      const invited = await invite(candidateId, taken.email);
      expectError(await claim(invited), 'CONFLICT', { field: 'email' });
      expectError(await claim({ ...invited, email: taken.email.toUpperCase() }), 'CONFLICT', {
        field: 'email',
      });
      const [row] = await f.query(
        `SELECT claimed_at FROM job_seeker_invitation WHERE candidate_id = $1 AND revoked_at IS NULL`,
        [candidateId],
      );
      expect(row.claimed_at).toBeNull();
    });

    it('does not invite a candidate who already has an account', async () => {
      const candidateId = await newCandidate();
      expectData(await claim(await invite(candidateId)));
      expectError(await t.gql(INVITE, { id: candidateId }, owner.hr.token), 'CONFLICT');
    });

    it('lets only one of two simultaneous claims of a code succeed', async () => {
      const candidateId = await newCandidate();
      const invited = await invite(candidateId);
      const results = await Promise.all([claim(invited), claim(invited)]);
      const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(codes[0]);
      expect(codes[1]).toBe('OK');
      const accounts = await f.query(`SELECT id FROM user_account WHERE candidate_id = $1`, [candidateId]);
      expect(accounts).toHaveLength(1);
    });

    it('requires a password of at least 12 characters that is hard to guess, and keeps the code usable', async () => {
      const invited = await invite(await newCandidate());
      expectError(await claim(invited, 'a'.repeat(11)), 'BAD_USER_INPUT', { field: 'password' });
      expectError(await claim(invited, 'a'.repeat(12)), 'BAD_USER_INPUT', {
        field: 'password',
        reason: 'TOO_GUESSABLE',
      });
      expect(await f.query(`SELECT id FROM user_account WHERE email = $1`, [invited.email])).toHaveLength(0);
      expectData(await claim(invited, PASSWORD));
    });
  });

  describe('staff accounts', () => {
    const staffInput = (email: string) => ({
      email,
      displayName: 'Nieuwe HR-adviseur',
      role: 'HR_LEAD',
      employerId: owner.employer.id,
    });
    const activate = (code: string, email: string, password = PASSWORD) =>
      t.gql(ACTIVATE_STAFF, { input: { code, email, password } });

    it('creates an account its holder activates and logs in to, and refuses its e-mail address a second time', async () => {
      // Created by the employer's administrator HR lead, so active at once (requests: staff-accounts spec).
      const employerAdmin = await staff();
      await f.query(`UPDATE user_account SET employer_admin = true WHERE id = $1`, [employerAdmin.userId]);
      const email = uniqueEmail(f, 'staff');
      const created = expectData(
        await t.gql(CREATE_STAFF, { input: staffInput(email) }, employerAdmin.token),
      ).createStaffAccount;
      expect(created.account).toEqual({ id: expect.any(String), email, role: 'HR_LEAD' });
      expect(created.activation.code).toMatch(CODE_FORMAT);
      expectData(await activate(created.activation.code, email));
      expect(expectData(await login(t, email, PASSWORD)).login.user.id).toBe(created.account.id);

      for (const duplicate of [email, email.toUpperCase()]) {
        const res = await t.gql(CREATE_STAFF, { input: staffInput(duplicate) }, admin.token);
        expectError(res, 'CONFLICT', { field: 'email' });
      }
      expect(await f.query(`SELECT id FROM user_account WHERE email = $1`, [email])).toHaveLength(1);
    });

    it('requires a password of at least 12 characters, chosen by the holder, and keeps the code usable', async () => {
      const employerAdmin = await staff();
      await f.query(`UPDATE user_account SET employer_admin = true WHERE id = $1`, [employerAdmin.userId]);
      const email = uniqueEmail(f, 'staffshort');
      const created = expectData(
        await t.gql(CREATE_STAFF, { input: staffInput(email) }, employerAdmin.token),
      ).createStaffAccount;
      const res = await activate(created.activation.code, email, 'a'.repeat(11));
      expectError(res, 'BAD_USER_INPUT', { field: 'password' });
      expectData(await activate(created.activation.code, email));
    });
  });
});
