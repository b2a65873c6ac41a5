import { createServer, type Server } from 'node:http';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { HealthService } from '@werkbrug/platform';

/**
 * GET /health on WORKER_HEALTH_PORT for container health checks and load balancers: 200 with PostgreSQL's and
 * Redis's state when both answer, 503 when one does not (the worker then cannot take or finish jobs). The worker
 * has no other HTTP surface; anything but GET /health is 404.
 */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHealthServer.name);
  private server: Server | null = null;

  constructor(
    private readonly health: HealthService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.WORKER_HEALTH_PORT;
    if (port === 0) return;
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/health') {
        res.writeHead(404).end();
        return;
      }
      void this.health.check().then((report) => {
        res.writeHead(report.status === 'ok' ? 200 : 503, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
        });
        res.end(JSON.stringify({ service: 'worker', ...report }));
      });
    });
    const server = this.server;
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', (error: Error) => {
        // A second worker on the same host: it works on without its own endpoint; the first one answers.
        this.logger.warn(`no health endpoint on port ${port}: ${error.message}`);
        resolve(false);
      });
      server.listen(port, () => resolve(true));
    });
    if (listening) this.logger.log(`health endpoint on port ${port}`);
    else this.server = null;
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
