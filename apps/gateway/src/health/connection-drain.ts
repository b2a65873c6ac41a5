import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

export type DrainOutcome = 'drained' | 'deadline';

/**
 * Lets the gateway stop without dropping requests. On shutdown it stops accepting connections and closes the idle
 * keep-alive ones; requests already in progress, and any that arrive on a connection still open, are answered in
 * full with `Connection: close`, so the client's next request opens a connection to another instance; readiness
 * answers 503 so a load balancer stops sending more. Only after the last answer, or the deadline, are the
 * remaining connections cut and the app's modules (the database pool among them) closed.
 */
@Injectable()
export class ConnectionDrain {
  private draining = false;
  private readonly open = new Set<Response>();
  private onIdle: (() => void) | null = null;

  get isDraining(): boolean {
    return this.draining;
  }

  /** Requests received and not yet answered. */
  get inFlight(): number {
    return this.open.size;
  }

  /** First middleware of the app: counts each request until its response is finished or abandoned. */
  readonly track = (_req: Request, res: Response, next: NextFunction): void => {
    this.open.add(res);
    res.once('close', () => {
      this.open.delete(res);
      if (this.open.size === 0) this.onIdle?.();
    });
    if (this.draining) res.setHeader('Connection', 'close');
    next();
  };

  async drain(server: Server, deadlineMs: number): Promise<DrainOutcome> {
    this.draining = true;
    // Answers still being worked on close their connection too (their headers are not yet written).
    for (const res of this.open) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.close();
    server.closeIdleConnections();
    const idle =
      this.open.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (this.onIdle = resolve));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<DrainOutcome>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), deadlineMs);
    });
    const outcome = await Promise.race([idle.then((): DrainOutcome => 'drained'), deadline]);
    clearTimeout(timer);
    server.closeAllConnections();
    return outcome;
  }
}
