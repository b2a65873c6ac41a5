import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ConnectionDrain } from '@werkbrug/gateway/health/connection-drain';
import { eventually, listenOnEphemeralPort } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A saturated gateway refuses at once instead of queueing without bound. The limit is set to two requests in
 * flight; two GraphQL requests are held open by sending their bodies only in part (raw sockets), so the test
 * decides when the gateway is full and when it has room again.
 */
describe('admission control', () => {
  let t: TestApp;
  let base: string;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp({ ADMISSION_MAX_IN_FLIGHT: '2' });
    await listenOnEphemeralPort(t.app);
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(() => t.close());

  const body = JSON.stringify({ query: '{ __typename }' });

  /** A GraphQL request whose body has not fully arrived: the gateway holds it until the rest is sent. */
  function heldRequest(): Promise<{ socket: Socket; finish(): Promise<string> }> {
    return new Promise((resolve, reject) => {
      let received = '';
      const socket = connect(port, '127.0.0.1');
      socket.on('data', (chunk) => (received += chunk.toString('latin1')));
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${body.length}\r\napollo-require-preflight: true\r\n\r\n${body.slice(0, 5)}`,
        );
        resolve({
          socket,
          finish: async () => {
            socket.write(body.slice(5));
            return eventually(
              'the held request to be answered',
              async () => received,
              (r) => r.includes('__typename'),
            );
          },
        });
      });
    });
  }

  const graphql = () =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body,
    });

  it('answers 503 with Retry-After and SERVICE_UNAVAILABLE beyond the limit, and admits again once there is room', async () => {
    const first = await heldRequest();
    const second = await heldRequest();
    const drain = t.app.get(ConnectionDrain);
    await eventually(
      'the gateway to hold both requests',
      async () => drain.inFlight,
      (n) => n === 2,
    );

    const refused = await graphql();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    const answer = (await refused.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(answer.errors[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'OVERLOADED',
      retryAfterSeconds: 2,
      messageNl: expect.stringContaining('druk'),
    });
    expect(answer.errors[0].message).toMatch(/busy/);

    // A plain HTTP route answers in its own shape; health checks are never refused.
    const csv = await fetch(`${base}/reciprocity-ledger.csv`);
    expect(csv.status).toBe(503);
    expect(await csv.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'OVERLOADED' });
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);

    // The held requests are answered in full: refusing others did not disturb them.
    expect(await first.finish()).toMatch(/^HTTP\/1\.1 200/);
    const admitted = await graphql();
    expect(admitted.status).toBe(200);
    expect(await admitted.json()).toEqual({ data: { __typename: 'Query' } });
    expect(await second.finish()).toMatch(/^HTTP\/1\.1 200/);
    first.socket.destroy();
    second.socket.destroy();
  });
});
