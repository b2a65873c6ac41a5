import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, loadConfig } from '@werkbrug/config';
import { createLogger, NestPinoLogger } from '@werkbrug/platform';
import request from 'supertest';
import { GatewayModule } from '@werkbrug/gateway/gateway.module';
import { configureGateway } from '@werkbrug/gateway/gateway.setup';
import { WorkerModule } from '@werkbrug/worker/worker.module';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  // Test workers run side by side: none opens the worker's health port unless a test asks for one. The app shares
  // its event loop with the test's own work (and, in the browser tests, with a worker), so that loop's lag says
  // nothing about the gateway's load: admission control counts requests in flight only, unless a test asks.
  return loadConfig({
    WORKER_HEALTH_PORT: '0',
    ADMISSION_MAX_EVENT_LOOP_LAG_MS: '60000',
    ...process.env,
    ...overrides,
  });
}

/** The real gateway (same module, same HTTP setup as production) on the run's test database and Redis prefix. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const logger = createLogger(config, 'gateway-test');
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
  });
  configureGateway(app, config, logger);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    config,
    async gql(query, variables, token) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
    close: () => app.close(),
  };
}

/** The real worker (processors and outbox relay) in this process. */
export async function createTestWorker(
  overrides: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const config = testConfig(overrides);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new NestPinoLogger(createLogger(config, 'worker-test')),
  });
  await app.init();
  return app;
}
