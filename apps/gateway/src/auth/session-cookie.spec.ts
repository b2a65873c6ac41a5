import { loadConfig } from '@werkbrug/config';
import express from 'express';
import request from 'supertest';
import { clearSessionCookie, presentedToken, setSessionCookie } from './session-cookie';

const production = loadConfig({
  NODE_ENV: 'production',
  TOKEN_SECRET: 'x'.repeat(40),
  MAIL_URL: 'smtp://mail.example.nl:587',
  PUBLIC_URL: 'https://werkbrug.example.nl',
});
const development = loadConfig({});

function appSetting(config: typeof production) {
  const app = express();
  app.get('/in', (_req, res) => {
    setSessionCookie(res, config, 'header.claims.signature', new Date('2030-01-01T00:00:00Z'));
    res.end();
  });
  app.get('/out', (_req, res) => {
    clearSessionCookie(res, config);
    res.end();
  });
  return app;
}

describe('session cookie', () => {
  it('is Secure and __Host- prefixed in production', async () => {
    const res = await request(appSetting(production)).get('/in');
    expect(res.headers['set-cookie']).toEqual([
      expect.stringMatching(
        /^__Host-werkbrug_session=header\.claims\.signature; Path=\/; Expires=Tue, 01 Jan 2030 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax$/,
      ),
    ]);
    const out = await request(appSetting(production)).get('/out');
    expect(out.headers['set-cookie']).toEqual([expect.stringMatching(/^__Host-werkbrug_session=;.*Secure/)]);
  });

  it('is not Secure outside production, where the demo runs on http://localhost', async () => {
    const res = await request(appSetting(development)).get('/in');
    expect(res.headers['set-cookie']?.[0]).not.toMatch(/Secure/);
  });

  it('reads the token from the cookie; a bearer header wins; an empty or foreign-named cookie is none', () => {
    const req = (headers: Record<string, string>, cookies: Record<string, string> = {}) =>
      ({ headers, cookies }) as unknown as express.Request;
    expect(presentedToken(req({}, { werkbrug_session: 'h.c.s' }), development)).toEqual({
      token: 'h.c.s',
      source: 'cookie',
    });
    expect(
      presentedToken(req({ authorization: 'Bearer b.c.s' }, { werkbrug_session: 'h.c.s' }), development),
    ).toEqual({ token: 'b.c.s', source: 'bearer' });
    expect(presentedToken(req({}, { werkbrug_session: '' }), development)).toBeUndefined();
    // In production only the __Host- cookie counts: one set by a sibling domain without the prefix is ignored.
    expect(presentedToken(req({}, { werkbrug_session: 'h.c.s' }), production)).toBeUndefined();
  });
});
