import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@werkbrug/core';
import { SCHEMA_FILE, schemaSdl } from '@werkbrug/gateway/graphql/schema-sdl';
import request from 'supertest';
import { Actor, Fixtures, PASSWORD } from './support/fixtures';
import { candidateInputIn, createCandidate, ME, signJwt, uniqueEmail } from './support/helpers-auth';
import { inviteJobSeeker } from './support/helpers-mail';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The web app's session: an httpOnly cookie set by the gateway, accepted next to bearer tokens, ended by logout
 * and by expiry; requests from other sites refused; security headers; the built app served at `/`.
 */
const COOKIE = 'werkbrug_session';
const INDEX_HTML =
  '<!doctype html><html><head><title>Werkbrug test</title></head><body>web app</body></html>';
const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' };
const CROSS_SITE = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

const APP_JS = 'console.log("app");';

describe('web session', () => {
  let t: TestApp;
  let f: Fixtures;
  let hr: Actor;
  let webDir: string;

  const server = () => t.app.getHttpServer();
  const logIn = (email: string, password = PASSWORD, headers: Record<string, string> = SAME_ORIGIN) =>
    request(server()).post('/auth/session').set(headers).send({ email, password });
  const cookieFrom = (res: request.Response): string | undefined =>
    ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith(`${COOKIE}=`))
      ?.split(';')[0];
  const gqlWithCookie = (cookie: string, query: string, headers: Record<string, string> = SAME_ORIGIN) =>
    request(server()).post('/graphql').set(headers).set('cookie', cookie).send({ query });
  const sessionOf = async (actor: Actor): Promise<string> => {
    const res = await logIn(actor.email);
    expect(res.status).toBe(200);
    return cookieFrom(res)!;
  };

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'werkbrug-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), INDEX_HTML);
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), APP_JS);
    // The build's precompressed copy (vite-plugin-compression2), as the gateway finds it beside the file.
    writeFileSync(join(webDir, 'assets', 'app-abc123.js.br'), brotliCompressSync(APP_JS));
    // Deliberate failed logins below: a key prefix of its own keeps them out of other specs' budget.
    t = await createTestApp({
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:web-session-spec`,
      WEB_DIST_DIR: webDir,
    });
    f = new Fixtures(t);
    const employer = await f.employer('AM27');
    hr = await f.actor(Role.HR_LEAD, { employerId: employer.id });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  describe('logging in', () => {
    it('sets an httpOnly, SameSite=Lax cookie for the whole site and never shows the token', async () => {
      const res = await logIn(hr.email);
      expect(res.status).toBe(200);
      const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      expect(setCookie).toHaveLength(1);
      expect(setCookie[0]).toMatch(
        /^werkbrug_session=[\w-]+\.[\w-]+\.[\w-]+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/,
      );
      const token = cookieFrom(res)!.split('=')[1];
      expect(JSON.stringify(res.body)).not.toContain(token);
      expect(res.body).toEqual({
        expiresAt: expect.any(String),
        user: { id: hr.userId, displayName: expect.any(String), role: 'HR_LEAD' },
      });
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it('lets the cookie alone authenticate GraphQL', async () => {
      const res = await gqlWithCookie(await sessionOf(hr), ME);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.me).toEqual(expect.objectContaining({ id: hr.userId, role: 'HR_LEAD' }));
    });

    it('answers a wrong password like the login mutation, sets no cookie and keeps the rate limit', async () => {
      const user = await f.actor(Role.HR_LEAD, { employerId: (await f.employer('AM27')).id });
      for (let i = 0; i < t.config.LOGIN_MAX_FAILURES; i++) {
        const wrong = await logIn(user.email, `${PASSWORD}-wrong`);
        expect(wrong.status).toBe(401);
        expect(wrong.body).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
        expect(wrong.headers['set-cookie']).toBeUndefined();
      }
      const limited = await logIn(user.email);
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual(expect.objectContaining({ code: 'RATE_LIMITED' }));
      expect(limited.headers['set-cookie']).toBeUndefined();
    });

    it('refuses a disabled account', async () => {
      const user = await f.actor(Role.HR_LEAD, { employerId: (await f.employer('AM27')).id });
      await f.query(`UPDATE user_account SET disabled_at = now() WHERE id = $1`, [user.userId]);
      const res = await logIn(user.email);
      expect(res.status).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('refuses malformed input without echoing it', async () => {
      const res = await request(server())
        .post('/auth/session')
        .set(SAME_ORIGIN)
        .send({ email: 'not-an-address' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
      expect(JSON.stringify(res.body)).not.toContain('not-an-address');
    });
  });

  describe('claiming a job seeker account', () => {
    const claim = (input: Record<string, string>, headers: Record<string, string> = SAME_ORIGIN) =>
      request(server()).post('/auth/claim').set(headers).send(input);
    const invited = async (): Promise<{ code: string; email: string; candidateId: string }> => {
      const input = await candidateInputIn(f, await f.pc4('AM27'), { consentGiven: false });
      const candidateId = await createCandidate(t, hr.token, input);
      const email = uniqueEmail(f, 'browser-claim');
      return { ...(await inviteJobSeeker(t, hr.token, candidateId, email)), candidateId };
    };

    it('claims the account with the mailed code and logs the person in by cookie, never showing a token', async () => {
      const { code, email, candidateId } = await invited();
      const res = await claim({ code, email, password: PASSWORD, displayName: 'Sam' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual({
        expiresAt: expect.any(String),
        user: { id: expect.any(String), displayName: 'Sam', role: 'JOB_SEEKER' },
      });
      const cookie = cookieFrom(res)!;
      expect(cookie).toBeDefined();
      expect(JSON.stringify(res.body)).not.toContain(cookie.split('=')[1]);
      const me = await gqlWithCookie(cookie, ME);
      expect(me.body.data.me).toEqual(
        expect.objectContaining({ id: res.body.user.id, role: 'JOB_SEEKER', candidateId }),
      );
      // The code is spent, whichever way it comes back.
      const again = await claim({ code, email, password: PASSWORD, displayName: 'Sam' });
      expect(again.status).toBe(400);
      expect(again.body).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'code' }));
      expect(again.headers['set-cookie']).toBeUndefined();
    });

    it('refuses another address than the invited one and a weak password, as the mutation does', async () => {
      const { code, email } = await invited();
      const other = await claim({
        code,
        email: uniqueEmail(f, 'not-invited'),
        password: PASSWORD,
        displayName: 'X',
      });
      expect(other.status).toBe(400);
      expect(other.body).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'email' }));
      const weak = await claim({ code, email, password: 'aaaaaaaaaaaa', displayName: 'Sam' });
      expect(weak.status).toBe(400);
      expect(weak.body).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'password' }));
      expect(weak.headers['set-cookie']).toBeUndefined();
      const malformed = await claim({ code: 'short', email, password: PASSWORD, displayName: 'Sam' });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'code' }));
    });

    it('rate-limits wrong codes like the mutation, and refuses a claim from another site', async () => {
      const { code, email } = await invited();
      const wrong = { code: 'AAAA-BBBB-CCCC', email, password: PASSWORD, displayName: 'Sam' };
      for (let i = 0; i < t.config.LOGIN_MAX_FAILURES; i++) expect((await claim(wrong)).status).toBe(400);
      const limited = await claim({ ...wrong, code });
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual(expect.objectContaining({ code: 'RATE_LIMITED' }));
      expect(limited.headers['set-cookie']).toBeUndefined();
      const crossSite = await claim({ ...wrong, code }, CROSS_SITE);
      expect(crossSite.status).toBe(403);
      expect(crossSite.headers['set-cookie']).toBeUndefined();
    });
  });

  describe('the cookie on plain HTTP routes', () => {
    it('opens the ledger CSV, and the route refuses a request without it', async () => {
      const url = '/reciprocity-ledger.csv?from=2026-01-01&to=2026-12-31&period=QUARTER';
      const withCookie = await request(server())
        .get(url)
        .set('cookie', await sessionOf(hr));
      expect(withCookie.status).toBe(200);
      expect(withCookie.headers['content-type']).toMatch(/^text\/csv/);
      expect((await request(server()).get(url)).status).toBe(401);
    });

    it('reaches print pages and own-data downloads (which then judge the request themselves)', async () => {
      const rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM27' });
      const print = `/sessions/${crypto.randomUUID()}/table-plan.html`;
      const download = `/my-data/${'a'.repeat(43)}.html`;
      expect((await request(server()).get(print)).status).toBe(401);
      expect(
        (
          await request(server())
            .get(print)
            .set('cookie', await sessionOf(rmt))
        ).status,
      ).toBe(404);
      expect((await request(server()).get(download)).status).toBe(401);
      expect(
        (
          await request(server())
            .get(download)
            .set('cookie', await sessionOf(hr))
        ).status,
      ).not.toBe(401);
    });

    it('prefers a bearer header over the cookie', async () => {
      const other = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM27' });
      const res = await request(server())
        .post('/graphql')
        .set('cookie', await sessionOf(hr))
        .set('authorization', `Bearer ${other.token}`)
        .send({ query: ME });
      expect(res.body.data.me.id).toBe(other.userId);
    });
  });

  describe('logging out and expiry', () => {
    it('clears the cookie and ends the session for a copy of it too; other sessions keep working', async () => {
      const cookie = await sessionOf(hr);
      const otherBrowser = await sessionOf(hr);
      const out = await request(server()).delete('/auth/session').set(SAME_ORIGIN).set('cookie', cookie);
      expect(out.status).toBe(204);
      expect(out.headers['set-cookie']).toEqual([
        expect.stringMatching(/^werkbrug_session=; Path=\/; Expires=Thu, 01 Jan 1970/),
      ]);
      const replayed = await gqlWithCookie(cookie, ME);
      expect(replayed.body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      ]);
      // The token inside the copied cookie is ended too, whichever way it comes back.
      const token = /^werkbrug_session=([^;]+)/.exec(cookie)![1];
      expect((await t.gql(ME, {}, decodeURIComponent(token))).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await gqlWithCookie(otherBrowser, ME)).body.data.me.id).toBe(hr.userId);
      expect((await t.gql(ME, {}, hr.token)).data?.me.id).toBe(hr.userId);
    });

    it('lets the cookie expire with the token', async () => {
      const res = await logIn(hr.email);
      const expires = /Expires=([^;]+)/.exec(res.headers['set-cookie'][0])![1];
      const ttlMs = Date.parse(expires) - Date.now();
      expect(ttlMs).toBeGreaterThan((t.config.TOKEN_TTL_SECONDS - 60) * 1000);
      expect(ttlMs).toBeLessThanOrEqual(t.config.TOKEN_TTL_SECONDS * 1000);
      expect(Date.parse(res.body.expiresAt)).toBeGreaterThanOrEqual(Date.parse(expires) - 1000);
    });

    it('refuses an expired session cookie and tells the browser to drop it', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = signJwt(t.config.tokenSecret, {
        sub: hr.userId,
        iss: 'werkbrug',
        iat: now - 120,
        exp: now - 60,
      });
      const res = await gqlWithCookie(`${COOKIE}=${expired}`, ME);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      ]);
      expect(res.headers['set-cookie']).toEqual([
        expect.stringMatching(/^werkbrug_session=; Path=\/; Expires=Thu, 01 Jan 1970/),
      ]);
    });
  });

  describe('requests from other sites', () => {
    it('refuses GraphQL, login and logout from another site, by Sec-Fetch-Site or by Origin', async () => {
      const cookie = await sessionOf(hr);
      const crossSite = await gqlWithCookie(cookie, ME, CROSS_SITE);
      expect(crossSite.status).toBe(403);
      expect(crossSite.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await gqlWithCookie(cookie, ME, { origin: 'https://evil.example' })).status).toBe(403);
      expect((await gqlWithCookie(cookie, ME, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
      expect((await logIn(hr.email, PASSWORD, CROSS_SITE)).status).toBe(403);
      const logout = await request(server()).delete('/auth/session').set(CROSS_SITE).set('cookie', cookie);
      expect(logout.status).toBe(403);
      // The refused logout ended nothing.
      expect((await gqlWithCookie(cookie, ME)).body.data.me.id).toBe(hr.userId);
    });

    it('accepts the own origin by Origin when a browser sends no Sec-Fetch-Site', async () => {
      const cookie = await sessionOf(hr);
      const host = 'werkbrug.example:3000';
      const res = await gqlWithCookie(cookie, ME, { origin: `http://${host}`, host });
      expect(res.status).toBe(200);
      expect(res.body.data.me.id).toBe(hr.userId);
    });

    it("keeps Apollo's CSRF prevention: a simple GET query is blocked", async () => {
      const res = await request(server())
        .get('/graphql')
        .query({ query: '{ me { id } }' })
        .set('cookie', await sessionOf(hr));
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(/Cross-Site Request Forgery/);
    });
  });

  describe('security headers and the web app', () => {
    it('sends a Content Security Policy without inline scripts, and the other security headers', async () => {
      const res = await request(server()).get('/');
      const csp = res.headers['content-security-policy'];
      const scriptSrc = /script-src ([^;]+)/.exec(csp)![1];
      expect(scriptSrc).toBe("'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect((await request(server()).get('/health')).headers['content-security-policy']).toBe(csp);
    });

    it("serves the app at / and its routes, and leaves the server's own paths alone", async () => {
      for (const path of ['/', '/job-seeker/suggestions', '/hr/vacancies/123/matches']) {
        const res = await request(server()).get(path).set('accept', 'text/html');
        expect(res.status).toBe(200);
        expect(res.text).toBe(INDEX_HTML);
        expect(res.headers['cache-control']).toBe('no-cache');
      }
      const asset = await request(server()).get('/assets/app-abc123.js');
      expect(asset.status).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const html = { accept: 'text/html' };
      expect((await request(server()).get('/health').set(html)).body).toEqual(
        expect.objectContaining({ status: 'ok' }),
      );
      expect((await request(server()).get('/graphql').set(html)).text).not.toBe(INDEX_HTML);
      expect(
        (await request(server()).get(`/sessions/${crypto.randomUUID()}/agenda.html`).set(html)).status,
      ).toBe(401);
      expect((await request(server()).get('/my-data/x.json').set(html)).status).toBe(401);
      expect((await request(server()).get('/calendar/unknown.ics').set(html)).status).toBe(404);
      expect((await request(server()).get('/no-such-file.js').set(html)).status).toBe(404);
    });

    it('sends the build time brotli copy of a file to a browser that takes brotli, and the file to one that does not', async () => {
      const brotli = await request(server()).get('/assets/app-abc123.js').set('accept-encoding', 'gzip, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      // The copy from disk, byte for byte (the client decodes it): not compressed again per request.
      expect(Number(brotli.headers['content-length'])).toBe(brotliCompressSync(APP_JS).length);
      expect(brotli.text).toBe(APP_JS);
      expect(brotli.headers['content-type']).toMatch(/^text\/javascript/);
      expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
      expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');

      const plain = await request(server()).get('/assets/app-abc123.js').set('accept-encoding', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.text).toBe(APP_JS);
    });
  });

  it('has the schema the gateway serves committed in schema.graphql (npm run schema:print)', () => {
    const committed = readFileSync(join(__dirname, '..', SCHEMA_FILE), 'utf8');
    expect(committed).toBe(schemaSdl(t.app.get(GraphQLSchemaHost).schema));
  });
});
