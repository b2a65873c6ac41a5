import { setTimeout as sleep } from 'node:timers/promises';
import { Role } from '@werkbrug/core';
import request from 'supertest';
import { Actor, Fixtures, PASSWORD } from './support/fixtures';
import {
  candidateInputIn,
  createCandidate,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
  LOGIN,
  uniqueEmail,
} from './support/helpers-auth';
import { inviteJobSeeker } from './support/helpers-mail';
import { createTestApp, GraphQLResponse, TestApp } from './support/test-app';

/**
 * The per-address back-off for failed logins and invitation claims, the password policy and what validation
 * errors say. The app trusts the loopback proxy, so each test calls from client addresses of its own
 * (X-Forwarded-For), and has small limits: 2 failures per e-mail address and client address, 4 free failures
 * per client address, back-off of at most 2 seconds.
 */
const REGION = 'AM37';
const CLAIM = `mutation($input: ClaimJobSeekerAccountInput!) {
  claimJobSeekerAccount(input: $input) { accessToken user { id email role } }
}`;
const WRONG_CODE = 'AAAA-BBBB-CCCC';

describe('account security', () => {
  let t: TestApp;
  let f: Fixtures;
  let owner: EmployerWithHrLead;
  let addresses = 0;

  beforeAll(async () => {
    t = await createTestApp({
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:account-security-spec`,
      TRUST_PROXY: 'loopback',
      LOGIN_MAX_FAILURES: '2',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '4',
      LOGIN_ADDRESS_BACKOFF_MAX_SECONDS: '2',
    });
    f = new Fixtures(t);
    owner = await employerWithHrLead(f, REGION);
  });

  afterAll(() => t.close());

  /** A client address no other test uses (TEST-NET-3). */
  const newAddress = () => `203.0.113.${++addresses}`;
  const gqlFrom = async (
    address: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResponse> => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('x-forwarded-for', address)
      .send({ query, variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  };
  const loginFrom = (address: string, email: string, password: string) =>
    gqlFrom(address, LOGIN, { input: { email, password } });
  const staff = () => f.actor(Role.HR_LEAD, { employerId: owner.employer.id });
  /** Invites a new candidate at this address (their own, in their identity); the code comes by mail. */
  const invite = async (email: string): Promise<string> => {
    const candidateId = await createCandidate(
      t,
      owner.hr.token,
      await candidateInputIn(f, owner.pc4, { consentGiven: false }),
    );
    return (await inviteJobSeeker(t, owner.hr.token, candidateId, email)).code;
  };
  const claimFrom = (
    address: string,
    code: string,
    email: string,
    password = PASSWORD,
    displayName = 'Sam Jansen',
  ) => gqlFrom(address, CLAIM, { input: { code, email, password, displayName } });
  const retryAfter = (res: GraphQLResponse) => expectError(res, 'RATE_LIMITED').extensions?.retryAfterSeconds;

  describe('failed logins from one client address', () => {
    it('back off 1 s, 2 s, … up to the maximum, and never lock colleagues out for longer', async () => {
      const office = newAddress();
      const colleague = await staff();
      const guessed: Actor[] = [];
      for (let i = 0; i < 6; i++) guessed.push(await staff());
      // Four failures, each on another account, are free: the colleague logs in as usual.
      for (const user of guessed.slice(0, 4))
        expectError(await loginFrom(office, user.email, `${PASSWORD}-wrong`), 'UNAUTHENTICATED');
      expectData(await loginFrom(office, colleague.email, PASSWORD));

      // The fifth blocks the address for 1 second, the right password included.
      expectError(await loginFrom(office, guessed[4].email, `${PASSWORD}-wrong`), 'UNAUTHENTICATED');
      expect(retryAfter(await loginFrom(office, colleague.email, PASSWORD))).toBe(1);
      // Another address is not affected at all.
      expectData(await loginFrom(newAddress(), colleague.email, PASSWORD));
      await sleep(1100);
      expectData(await loginFrom(office, colleague.email, PASSWORD));

      // The sixth blocks it for 2 seconds, the seventh for 2 again: the configured maximum.
      expectError(await loginFrom(office, guessed[5].email, `${PASSWORD}-wrong`), 'UNAUTHENTICATED');
      expect(retryAfter(await loginFrom(office, colleague.email, PASSWORD))).toBe(2);
      await sleep(2100);
      expectError(await loginFrom(office, guessed[0].email, `${PASSWORD}-wrong`), 'UNAUTHENTICATED');
      expect(retryAfter(await loginFrom(office, colleague.email, PASSWORD))).toBe(2);
      await sleep(2100);
      expectData(await loginFrom(office, colleague.email, PASSWORD));
    });

    it('still limit one account from one address for the whole window', async () => {
      const [home, user] = [newAddress(), await staff()];
      for (let i = 0; i < t.config.LOGIN_MAX_FAILURES; i++)
        expectError(await loginFrom(home, user.email, `${PASSWORD}-wrong`), 'UNAUTHENTICATED');
      expect(retryAfter(await loginFrom(home, user.email, PASSWORD))).toBeGreaterThan(
        t.config.LOGIN_ADDRESS_BACKOFF_MAX_SECONDS,
      );
      expectData(await loginFrom(home, (await staff()).email, PASSWORD));
    });
  });

  describe('invitation claims', () => {
    it('are limited like logins: per e-mail address and client address', async () => {
      const [home, email] = [newAddress(), uniqueEmail(f, 'claimer')];
      const code = await invite(email);
      for (let i = 0; i < t.config.LOGIN_MAX_FAILURES; i++)
        expectError(await claimFrom(home, WRONG_CODE, email), 'BAD_USER_INPUT', { field: 'code' });
      expect(retryAfter(await claimFrom(home, code, email))).toBeGreaterThan(
        t.config.LOGIN_ADDRESS_BACKOFF_MAX_SECONDS,
      );
      // The person, from their phone's address, is not held back by what happened at home.
      expectData(await claimFrom(newAddress(), code, email));
    });

    it('back off per client address, so guessing codes gets slow', async () => {
      const [cafe, real] = [newAddress(), uniqueEmail(f, 'real')];
      const code = await invite(real);
      for (let i = 0; i < 5; i++)
        expectError(await claimFrom(cafe, WRONG_CODE, uniqueEmail(f, 'guess')), 'BAD_USER_INPUT');
      expect(retryAfter(await claimFrom(cafe, code, real))).toBe(1);
      await sleep(1100);
      expectData(await claimFrom(cafe, code, real));
    });

    it('look at the code before the password: a wrong code gets no advice about passwords', async () => {
      const res = await claimFrom(newAddress(), WRONG_CODE, uniqueEmail(f, 'nocode'), 'wachtwoord123');
      expectError(res, 'BAD_USER_INPUT', { field: 'code' });
    });

    it('do not count a refused password as a wrong code', async () => {
      const [home, email] = [newAddress(), uniqueEmail(f, 'weak')];
      const code = await invite(email);
      for (let i = 0; i < t.config.LOGIN_MAX_FAILURES + 1; i++)
        expectError(await claimFrom(home, code, email, 'wachtwoord123'), 'BAD_USER_INPUT', {
          field: 'password',
        });
      expectData(await claimFrom(home, code, email));
    });
  });

  describe('the password a job seeker chooses', () => {
    const cases: [string, (email: string) => string, string][] = [
      ['the name of the service', () => 'werkbrug-demo-2026', 'CONTAINS_SERVICE_NAME'],
      ['their e-mail address', (email) => `${email.split('@')[0]}-Paars-7`, 'CONTAINS_PERSONAL_DETAILS'],
      ['their name', () => 'Jansen-Paars-Vliegtuig-7', 'CONTAINS_PERSONAL_DETAILS'],
      ['a common password', () => 'password1234', 'TOO_GUESSABLE'],
      ['a guessable one', () => 'qwertyuiopasdf', 'TOO_GUESSABLE'],
    ];

    it.each(cases)(
      'is refused when it is %s, in both languages, without echoing it',
      async (_, make, reason) => {
        const [home, email] = [newAddress(), uniqueEmail(f, 'policy')];
        const code = await invite(email);
        const password = make(email);
        const res = await claimFrom(home, code, email, password);
        const error = expectError(res, 'BAD_USER_INPUT', { field: 'password', reason });
        expect(error.message).toMatch(/^Choose a password|^This password/);
        expect(error.extensions?.messageNl).toMatch(/^Kies een wachtwoord|^Dit wachtwoord/);
        expect(JSON.stringify(res.errors)).not.toContain(password);
        expect(await f.query(`SELECT id FROM user_account WHERE email = $1`, [email])).toHaveLength(0);
        expectData(await claimFrom(home, code, email));
      },
    );
  });

  describe('validation errors', () => {
    it('never echo the submitted e-mail address, name or password', async () => {
      const home = newAddress();
      const values = {
        code: await invite(uniqueEmail(f, 'echo')),
        email: 'jan.de.vries.example.nl',
        password: 'geheim-kort',
        displayName: `Jan de Vries ${'x'.repeat(100)}`,
      };
      const claim = await gqlFrom(home, CLAIM, { input: values });
      expectError(claim, 'BAD_USER_INPUT');
      const login = await loginFrom(home, values.email, values.password);
      expectError(login, 'BAD_USER_INPUT');
      for (const res of [claim, login]) {
        const text = JSON.stringify(res.errors);
        for (const value of [values.email, values.password, values.displayName, 'Jan de Vries'])
          expect(text).not.toContain(value);
      }
    });
  });
});
