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
  /^\/(graphql|health|auth|sessions|calendar|my-data|reciprocity-ledger\.csv|admin\/queues)(\/|$)/;
const FILE_PATH = /\.[A-Za-z0-9]+$/;

/**
 * The built web app at `/`, on the same origin as /graphql so the session cookie needs no CORS. Hashed assets
 * are cached for good; index.html is revalidated, so a deployment reaches every open browser on its next load.
 */
export function serveWebApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const root = resolve(config.WEB_DIST_DIR);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    logger.info({ dir: root }, 'Web app not built (npm run build:web); serving the API only');
    return;
  }
  // The app's files were compressed at build time (brotli and gzip beside each one): they are sent as they are,
  // which costs the gateway no CPU per visitor. Only what has no such copy (index.html) is compressed here; API
  // answers stay as they are, where compressing would cost CPU on every read and a reverse proxy may do it anyway.
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
    res.sendFile(index);
  });
}
