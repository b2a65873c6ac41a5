import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NextFunction, Request, Response } from 'express';
import pino from 'pino';
import { AdmissionControl } from './admission-control';

/** The parts of a response admission control uses; `sent` holds a refusal. */
interface RecordedResponse {
  headers: Record<string, string>;
  statusCode: number;
  sent: unknown;
}

function response() {
  const recorded: RecordedResponse = { headers: {}, statusCode: 200, sent: undefined };
  const res = Object.assign(new EventEmitter(), recorded, {
    setHeader(name: string, value: string) {
      res.headers[name.toLowerCase()] = value;
    },
    status(code: number) {
      res.statusCode = code;
      return res;
    },
    json(body: unknown) {
      res.sent = body;
      return res;
    },
  });
  return res;
}

function ask(admission: AdmissionControl, path = '/graphql') {
  const res = response();
  let admitted = false;
  const next: NextFunction = () => (admitted = true);
  admission.admit({ path } as Request, res as unknown as Response, next);
  return { admitted, res };
}

/** Keeps the event loop busy in slices of `sliceMs` for `forMs`, as a saturated gateway does. */
async function saturate(sliceMs: number, forMs: number): Promise<void> {
  const until = Date.now() + forMs;
  while (Date.now() < until) {
    const sliceEnd = Date.now() + sliceMs;
    while (Date.now() < sliceEnd) {
      // busy: nothing else runs
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('AdmissionControl', () => {
  const logger = pino({ level: 'silent' });

  it('refuses beyond the in-flight limit until an admitted request has been answered', () => {
    const admission = new AdmissionControl({ maxInFlight: 2, maxEventLoopLagMs: 10_000 }, logger);
    try {
      const first = ask(admission);
      const second = ask(admission);
      expect([first.admitted, second.admitted]).toEqual([true, true]);
      const third = ask(admission);
      expect(third.admitted).toBe(false);
      expect(third.res.statusCode).toBe(503);
      expect(third.res.headers['retry-after']).toBe('2');
      expect(ask(admission, '/health/ready').admitted).toBe(true);

      first.res.emit('finish');
      first.res.emit('close'); // counted once
      expect(admission.requestsInFlight).toBe(1);
      expect(ask(admission).admitted).toBe(true);
    } finally {
      admission.stop();
    }
  });

  it('refuses while the event loop lags, and admits again once it has caught up', async () => {
    const admission = new AdmissionControl({ maxInFlight: 100, maxEventLoopLagMs: 40 }, logger);
    try {
      expect(ask(admission).admitted).toBe(true);
      await saturate(100, 1500);
      await sleep(20); // the window's end is measured
      expect(admission.eventLoopLagMs).toBeGreaterThan(40);
      const refused = ask(admission, '/reciprocity-ledger.csv');
      expect(refused.admitted).toBe(false);
      expect(refused.res.sent).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'OVERLOADED' });

      await sleep(2200); // two quiet windows
      expect(admission.eventLoopLagMs).toBeLessThan(40);
      expect(ask(admission).admitted).toBe(true);
    } finally {
      admission.stop();
    }
  }, 20_000);
});
