import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AuthService } from '@werkbrug/accounts';
import { AuditAction, recordAudit } from '@werkbrug/audit';
import { AppConfig } from '@werkbrug/config';
import { Role, type Viewer } from '@werkbrug/core';
import { QueueName } from '@werkbrug/queue';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { presentedToken } from '@werkbrug/gateway/auth/session-cookie';
import { SessionRevocations } from '@werkbrug/gateway/auth/session-revocations';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The queues at /admin/queues (bull-board), for administrators only: waiting, active, failed and delayed jobs,
 * with retry and clean. Everyone else, signed in or not, gets 404, as for any path that does not exist. Every
 * action that changes a queue (anything but reading) is a line in the audit trail.
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map(
      (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false })),
    ),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Werkbrug' } },
  });
  app.use(QUEUE_DASHBOARD_PATH, administratorsOnly(app), serverAdapter.getRouter());
}

function administratorsOnly(app: NestExpressApplication) {
  const auth = app.get(AuthService);
  const revocations = app.get(SessionRevocations);
  const config = app.get(AppConfig);
  const dataSource = app.get(DataSource);
  return (req: Request, res: Response, next: NextFunction): void => {
    void (async () => {
      const viewer = await administrator(req);
      if (!viewer) {
        res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        await recordAudit(dataSource.manager, viewer, {
          action: AuditAction.ADMIN_ACTION,
          subjectType: 'Queue',
          details: { action: 'QUEUE_DASHBOARD', method: req.method, path: req.path.slice(0, 200) },
        });
      next();
    })().catch(next);
  };

  async function administrator(req: Request): Promise<Viewer | null> {
    const presented = presentedToken(req, config);
    if (!presented) return null;
    try {
      const { viewer, sessionId } = await auth.sessionForToken(presented.token);
      if (sessionId && (await revocations.isRevoked(sessionId))) return null;
      return viewer.role === Role.ADMINISTRATOR ? viewer : null;
    } catch {
      return null;
    }
  }
}
