import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import type { AppConfig } from '@werkbrug/config';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** Paths the server answers itself; everything else without a file extension is a route of the web app. */
const SERVER_PATHS =
  /^\/(graphql|health|auth|sessions|calendar|my-data|reciprocity-ledger\.csv|outcome-figures\.csv|trajectory-reports|admin\/queues)(\/|$)/;
const FILE_PATH = /\.[A-Za-z0-9]+$/;

/**
 * The built web app at `/`, on the same origin as /graphql so the session cookie needs no CORS. Hashed assets
 * are cached for good; index.html is revalidated, so a deployment reaches every open browser on its next load.
 * Two parts: the files (mounted early, see gateway.setup.ts) and the app's routes (index.html, mounted last).
 */
function builtWebApp(config: AppConfig): { root: string; index: string } | null {
  const root = resolve(config.WEB_DIST_DIR);
  const index = join(root, 'index.html');
  return existsSync(index) ? { root, index } : null;
}

/**
 * The app's files. The build compressed each one (brotli and gzip beside it): they are sent as they are, which
 * costs the gateway no CPU per visitor. Mounted before the request logger and the session and CSRF middleware,
 * which a script or stylesheet does not need: a cold page load fetches about forty of them, and running that
 * chain for each cost the gateway more CPU than the page's GraphQL answers.
 */
export function serveWebAppFiles(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const built = builtWebApp(config);
  if (!built) {
    logger.info(
      { dir: resolve(config.WEB_DIST_DIR) },
      'Web app not built (npm run build:web); serving the API only',
    );
    return;
  }
  const { root } = built;
  app.use(
    expressStaticGzip(root, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        redirect: false,
        setHeaders: (res: { setHeader(name: string, value: string): unknown }, path: string) => {
          if (path.startsWith(join(root, 'assets')))
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        },
      },
    }),
  );
}

/**
 * The app's routes: every path without a file extension that is not the server's own gets index.html (compressed
 * here: it has no build-time copy). API answers stay as they are, where compressing would cost CPU on every read
 * and a reverse proxy may do it anyway.
 */
export function serveWebAppRoutes(app: NestExpressApplication, config: AppConfig): void {
  const built = builtWebApp(config);
  if (!built) return;
  app.use(
    compression({
      filter: (req: Request, res: Response) => !SERVER_PATHS.test(req.path) && compression.filter(req, res),
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const appRoute = !SERVER_PATHS.test(req.path) && !FILE_PATH.test(req.path);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !appRoute || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(built.index);
  });
}
