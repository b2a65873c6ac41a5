import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@werkbrug/config';
import { runInRequestContext } from '@werkbrug/core';
import { requestLogger } from '@werkbrug/platform';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { refuseCrossSiteRequests } from './auth/cross-site-requests';
import { AdmissionControl } from './health/admission-control';
import { ConnectionDrain } from './health/connection-drain';
import { mountQueueDashboard } from './operations/queue-dashboard';
import { securityHeaders } from './web-app/security-headers';
import { serveWebAppFiles, serveWebAppRoutes } from './web-app/web-app.static';

/** HTTP-level setup shared by `main.ts` and the end-to-end tests, so tests exercise what production runs. */
export function configureGateway(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  if (config.TRUST_PROXY) app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(app.get(ConnectionDrain).track);
  app.use(securityHeaders(config));
  // Before the logger and the session middleware: the web app's scripts and stylesheets need neither.
  serveWebAppFiles(app, config, logger);
  // Before any work is spent on a request that will be refused (and before the logger: refusals are counted, not
  // logged one by one).
  const admission = new AdmissionControl(
    {
      maxInFlight: config.ADMISSION_MAX_IN_FLIGHT,
      maxEventLoopLagMs: config.ADMISSION_MAX_EVENT_LOOP_LAG_MS,
    },
    logger,
  );
  app.use(admission.admit);
  app.getHttpServer().once('listening', () => admission.restartMeasuring());
  app.getHttpServer().once('close', () => admission.stop());
  app.use(requestLogger(logger));
  // The request id the logger gave this request, for the audit trail ("from which request").
  app.use((req: Request & { id?: string | number }, _res: Response, next: NextFunction) =>
    runInRequestContext(String(req.id ?? ''), next),
  );
  app.use(refuseCrossSiteRequests);
  app.use(cookieParser());
  app.useBodyParser('json', { limit: config.REQUEST_BODY_LIMIT });
  app.use(bodyErrorHandler);
  mountQueueDashboard(app);
  serveWebAppRoutes(app, config);
}

/**
 * SIGTERM and SIGINT drain the gateway's connections (see ConnectionDrain) within SHUTDOWN_GRACE_MS, then close the
 * app. Nest's own shutdown hooks would close the database pool while requests are still being answered.
 */
export function closeGracefullyOnSignals(
  app: NestExpressApplication,
  config: AppConfig,
  logger: Logger,
): void {
  let closing: Promise<void> | null = null;
  const close = (signal: NodeJS.Signals) => {
    closing ??= (async () => {
      logger.info({ signal }, 'Shutting down: draining connections');
      const outcome = await app.get(ConnectionDrain).drain(app.getHttpServer(), config.SHUTDOWN_GRACE_MS);
      if (outcome === 'deadline') logger.warn('Requests still open at the shutdown deadline were cut off');
      await app.close();
      logger.info('Gateway stopped');
    })();
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}

/** Oversized or malformed bodies are answered as GraphQL-shaped JSON errors, never as an HTML stack trace. */
function bodyErrorHandler(
  error: { status?: number; type?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (error.type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: 'Request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    return;
  }
  if (error.type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  next(error);
}
