import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { OverloadedError } from '@werkbrug/core';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

export interface AdmissionLimits {
  /** Requests worked on at once; one more is refused. */
  maxInFlight: number;
  /** Event-loop lag (90th percentile over the last window) above which new requests are refused. */
  maxEventLoopLagMs: number;
}

/** Health checks always get through: a saturated gateway is alive, and its readiness says what it can do. */
const ALWAYS_ADMITTED = /^\/health(\/|$)/;
const LAG_WINDOW_MS = 1000;

/**
 * Admission control. A gateway that takes every request when it cannot keep up makes everyone wait longer and longer
 * (a queue without bound, answers that arrive after the client gave up). Instead, a request beyond the in-flight
 * limit, or any request while the event loop lags, is answered at once with 503, Retry-After and a bilingual
 * SERVICE_UNAVAILABLE error (reason OVERLOADED) in the shape its route uses, and the requests already admitted
 * keep their speed. The lag is the 90th percentile of a second, not its worst moment: one slow task (a garbage
 * collection, a large export) must not turn callers away.
 */
export class AdmissionControl {
  private inFlight = 0;
  private lagMs = 0;
  private refusedInWindow = 0;
  private readonly histogram: IntervalHistogram;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly limits: AdmissionLimits,
    private readonly logger: Logger,
  ) {
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
    this.timer = setInterval(() => this.closeWindow(), LAG_WINDOW_MS);
    this.timer.unref();
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** The lag the last window measured, in milliseconds. */
  get eventLoopLagMs(): number {
    return this.lagMs;
  }

  readonly admit = (req: Request, res: Response, next: NextFunction): void => {
    if (ALWAYS_ADMITTED.test(req.path)) return next();
    if (this.inFlight >= this.limits.maxInFlight || this.lagMs > this.limits.maxEventLoopLagMs) {
      this.refusedInWindow += 1;
      return refuse(req, res);
    }
    this.inFlight += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
    };
    res.once('finish', release);
    res.once('close', release);
    next();
  };

  /**
   * Forgets the lag measured so far: called when the server starts listening, so the start-up's own work (modules,
   * the skill index) does not turn the first callers away.
   */
  restartMeasuring(): void {
    this.histogram.reset();
    this.lagMs = 0;
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  private closeWindow(): void {
    // The histogram counts nanoseconds; with no sample in the window (an idle loop) it reports NaN.
    const lag = this.histogram.percentile(90) / 1e6;
    this.lagMs = Number.isFinite(lag) ? lag : 0;
    this.histogram.reset();
    if (this.refusedInWindow > 0) {
      // One line per second at most: a log line per refusal would add to the load being shed.
      this.logger.warn(
        { refused: this.refusedInWindow, inFlight: this.inFlight, eventLoopLagMs: Math.round(this.lagMs) },
        'Overloaded: requests refused with 503',
      );
      this.refusedInWindow = 0;
    }
  }
}

/** 503 with Retry-After; GraphQL callers get a GraphQL error response, others the plain routes' JSON error. */
function refuse(req: Request, res: Response): void {
  const error = new OverloadedError();
  res.setHeader('Retry-After', String(OverloadedError.RETRY_AFTER_SECONDS));
  const extensions = { ...error.details, code: error.code, messageNl: error.localised.nl };
  const body = req.path.startsWith('/graphql')
    ? { errors: [{ message: error.localised.en, extensions }] }
    : { message: error.localised.en, ...extensions };
  res.status(503).json(body);
}
