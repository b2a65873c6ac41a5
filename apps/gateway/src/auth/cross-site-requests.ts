import type { NextFunction, Request, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for the session cookie, next to SameSite=Lax and Apollo's own CSRF prevention: a request that can
 * change something must come from the app's own origin. Browsers say where a request comes from in
 * Sec-Fetch-Site (or, older ones, Origin), and pages cannot forge either; clients that send neither are not
 * browsers and carry no one's cookie.
 */
export function refuseCrossSiteRequests(req: Request, res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method) || isSameOrigin(req)) {
    next();
    return;
  }
  res.status(403).json({
    errors: [
      {
        message: 'Requests from other sites are refused.',
        extensions: { code: 'FORBIDDEN', messageNl: 'Verzoeken vanaf andere sites worden geweigerd.' },
      },
    ],
  });
}

function isSameOrigin(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  // `none`: the user typed or bookmarked it; `same-site` is refused, a sibling subdomain is another party.
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
