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
  // SIGTERM/SIGINT close the app: BullMQ workers finish their current job, the outbox relay stops its loop.
  app.enableShutdownHooks();
  logger.info('Werkbrug worker started');
}

void bootstrap();
