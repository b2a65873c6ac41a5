import type { AppConfig } from '@werkbrug/config';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers for every response. The web app loads only its own scripts, so the policy allows no inline
 * script at all; inline styles are allowed because the component library sets CSS variables in style attributes.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.isProduction,
  });
  if (config.isProduction) return strict;
  // Outside production Apollo Sandbox, served at /graphql, loads its scripts from Apollo's CDN.
  const sandbox = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false });
  return (req: Request, res: Response, next: NextFunction) =>
    req.path === '/graphql' && req.method === 'GET' ? sandbox(req, res, next) : strict(req, res, next);
}
