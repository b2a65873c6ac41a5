import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { freePort } from './support/helpers-infra';
import { createTestWorker } from './support/test-app';

/** The worker answers GET /health for container health checks, and nothing else. */
describe('worker health endpoint', () => {
  // A port nothing listens on: a fixed range once met MariaDB's 3306, and the worker (rightly) starts without its
  // health port when the port is taken, so the test then asked MariaDB.
  let port = 0;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    port = await freePort();
    worker = await createTestWorker({
      WORKER_HEALTH_PORT: String(port),
      QUEUE_PREFIX: `werkbrug-health-${randomUUID().slice(0, 8)}`,
    });
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
  });

  it('reports PostgreSQL and Redis up', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(
      expect.objectContaining({
        service: 'worker',
        status: 'ok',
        postgres: expect.objectContaining({ status: 'up' }),
        redis: expect.objectContaining({ status: 'up' }),
      }),
    );
  });

  it('lets a second worker on the same host start without the port (the first one answers)', async () => {
    const second = await createTestWorker({
      WORKER_HEALTH_PORT: String(port),
      QUEUE_PREFIX: `werkbrug-health-${randomUUID().slice(0, 8)}`,
    });
    try {
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      await second.close();
    }
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  });

  it('answers nothing else', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/jobs`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/health`, { method: 'POST' })).status).toBe(404);
  });
});
