import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, NestPinoLogger, prepareInfrastructure } from '@werkbrug/platform';
import { GatewayModule } from './gateway.module';
import { closeGracefullyOnSignals, configureGateway } from './gateway.setup';

async function bootstrap(): Promise<void> {
  const config = await prepareInfrastructure('gateway');
  const logger = createLogger(config, 'gateway');
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
  });
  configureGateway(app, config, logger);
  closeGracefullyOnSignals(app, config, logger);
  await app.listen(config.PORT, '0.0.0.0');
  logger.info({ port: config.PORT }, `Werkbrug gateway listening on http://localhost:${config.PORT}/graphql`);
}

void bootstrap();
