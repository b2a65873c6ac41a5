import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ConnectionDrain } from '@werkbrug/gateway/health/connection-drain';
import { eventually, listenOnEphemeralPort } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Stopping the gateway: no request that reached it is dropped. Raw sockets, so the test controls when each byte
 * of a request arrives and sees exactly what the server does to each connection.
 */
describe('gateway shutdown', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp();
    await listenOnEphemeralPort(t.app);
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(() => t.close());

  /** A client connection that collects what the server sends and notes when the server closes it. */
  function client(): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
    return new Promise((resolve, reject) => {
      let data = '';
      const socket = connect(port, '127.0.0.1');
      const closed = new Promise<void>((done) => socket.once('close', () => done()));
      socket.on('data', (chunk) => (data += chunk.toString('latin1')));
      socket.once('error', reject);
      socket.once('connect', () => resolve({ socket, received: () => data, closed }));
    });
  }

  const ready = (path = '/health/ready') => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`;

  it('answers requests in progress with Connection: close, closes idle connections and accepts no new ones', async () => {
    const idle = await client();
    idle.socket.write(ready());
    await eventually(
      'the first answer on a keep-alive connection',
      async () => idle.received(),
      (r) => r.includes('"status":"ready"'),
    );
    expect(idle.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(idle.received()).not.toMatch(/connection: close/i);

    // A GraphQL request whose body has not fully arrived when the shutdown begins.
    const body = JSON.stringify({ query: '{ __typename }' });
    const busy = await client();
    busy.socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\napollo-require-preflight: true\r\n\r\n${body.slice(0, 5)}`,
    );
    const drain = t.app.get(ConnectionDrain);
    await eventually(
      'the gateway to hold the request',
      async () => drain.inFlight,
      (n) => n === 1,
    );

    const drained = drain.drain(t.app.getHttpServer(), 10_000);
    await idle.closed; // the idle keep-alive connection is closed at once
    await expect(client()).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    busy.socket.write(body.slice(5));
    await busy.closed;
    expect(busy.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(busy.received()).toMatch(/connection: close/i);
    expect(busy.received()).toContain('"__typename":"Query"');
    await expect(drained).resolves.toBe('drained');
  });
});
