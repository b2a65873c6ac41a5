import type { AppConfig } from '@werkbrug/config';
import type { CookieOptions, Request, Response } from 'express';

/**
 * The browser's session: the same signed token a bearer client gets, kept in an httpOnly cookie so no script
 * (ours or an injected one) can read it. The token names its login (a random `sid` claim, signed), which logging
 * out revokes. In production the `__Host-` prefix makes the browser refuse it unless it is Secure, for the whole
 * site and not set by a sibling domain.
 */
export function sessionCookieName(config: AppConfig): string {
  return config.isProduction ? '__Host-werkbrug_session' : 'werkbrug_session';
}

function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.isProduction, path: '/' };
}

export function setSessionCookie(res: Response, config: AppConfig, token: string, expiresAt: Date): void {
  res.cookie(sessionCookieName(config), token, {
    ...cookieOptions(config),
    expires: expiresAt,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(sessionCookieName(config), cookieOptions(config));
}

export interface PresentedToken {
  readonly token: string;
  readonly source: 'bearer' | 'cookie';
}

/** The bearer header wins over the cookie: an API client says explicitly who it is. */
export function presentedToken(req: Request, config: AppConfig): PresentedToken | undefined {
  const header = req.headers.authorization;
  const bearer = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  if (bearer) return { token: bearer, source: 'bearer' };
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const cookie = cookies?.[sessionCookieName(config)];
  return typeof cookie === 'string' && cookie !== '' ? { token: cookie, source: 'cookie' } : undefined;
}
