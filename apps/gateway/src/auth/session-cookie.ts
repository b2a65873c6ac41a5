import { randomBytes } from 'node:crypto';
import type { AppConfig } from '@werkbrug/config';
import type { CookieOptions, Request, Response } from 'express';

/**
 * The browser's session: the same signed token a bearer client gets, kept in an httpOnly cookie so no script
 * (ours or an injected one) can read it, behind a random session id that logging out revokes (two logins of one
 * account within a second get the same token, so the token itself cannot name the session). In production the `__Host-` prefix makes the browser refuse it unless it
 * is Secure, for the whole site and not set by a sibling domain.
 */
export function sessionCookieName(config: AppConfig): string {
  return config.isProduction ? '__Host-werkbrug_session' : 'werkbrug_session';
}

function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.isProduction, path: '/' };
}

export function setSessionCookie(res: Response, config: AppConfig, token: string, expiresAt: Date): void {
  const sessionId = randomBytes(18).toString('base64url');
  res.cookie(sessionCookieName(config), `${sessionId}.${token}`, {
    ...cookieOptions(config),
    expires: expiresAt,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(sessionCookieName(config), cookieOptions(config));
}

export type PresentedToken =
  { token: string; source: 'bearer' } | { token: string; source: 'cookie'; sessionId: string };

/** The bearer header wins over the cookie: an API client says explicitly who it is. */
export function presentedToken(req: Request, config: AppConfig): PresentedToken | undefined {
  const header = req.headers.authorization;
  const bearer = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  if (bearer) return { token: bearer, source: 'bearer' };
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const cookie = cookies?.[sessionCookieName(config)];
  const parts = typeof cookie === 'string' ? /^([\w-]{24})\.(.+)$/.exec(cookie) : null;
  return parts ? { token: parts[2], source: 'cookie', sessionId: parts[1] } : undefined;
}
