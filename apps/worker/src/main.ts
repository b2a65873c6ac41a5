import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, NestPinoLogger, prepareInfrastructure } from '@werkbrug/platform';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = await prepareInfrastructure('worker');
  const logger = createLogger(config, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new NestPinoLogger(logger),
  });
  // SIGTERM/SIGINT close the app: BullMQ workers finish their current job, the outbox relay and periodic tasks stop
  // their loops. BullMQ cannot close while Redis is away, so the close has a deadline (SHUTDOWN_GRACE_MS): a job
  // cut off there is taken over by another worker once its lock lapses (jobs are idempotent).
  let closing: Promise<void> | null = null;
  const close = (signal: NodeJS.Signals) => {
    closing ??= (async () => {
      logger.info({ signal }, 'Shutting down: finishing current jobs');
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'deadline'>((resolve) => {
        timer = setTimeout(() => resolve('deadline'), config.SHUTDOWN_GRACE_MS);
      });
      const outcome = await Promise.race([app.close().then(() => 'closed' as const), deadline]);
      clearTimeout(timer);
      if (outcome === 'deadline')
        logger.warn('Worker did not close within SHUTDOWN_GRACE_MS; exiting anyway');
      else logger.info('Worker stopped');
      process.exit(0);
    })();
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
  // A promise that failed with nobody listening (a database call in an event handler during a PostgreSQL outage)
  // must not end the process and every job in it: it is logged, and the work it belonged to is recovered — the
  // job retries or its lock lapses, and the outbox reconciler re-dispatches what never completed.
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'Unhandled promise rejection; the worker carries on');
  });
  logger.info('Werkbrug worker started');
}

void bootstrap();
