import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { HealthReport, HealthService } from '@werkbrug/platform';
import type { Response } from 'express';
import { Public } from '@werkbrug/gateway/auth/public.decorator';
import { ConnectionDrain } from './connection-drain';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly drain: ConnectionDrain,
  ) {}

  /**
   * For load balancers and `docker compose`: 200 while the API can serve (PostgreSQL answers), with `degraded` in
   * the body when Redis does not (queued work waits, the API does not); 503 only when PostgreSQL is down. Taking
   * the gateway out of rotation because Redis is away would turn a delay into an outage.
   */
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.check();
    res.status(report.status === 'down' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
    return report;
  }

  /** Liveness: the process answers. Never depends on PostgreSQL or Redis, so an outage does not restart it. */
  @Public()
  @Get('live')
  live(): { status: 'live' } {
    return { status: 'live' };
  }

  /**
   * Readiness: send this instance requests? 503 while it shuts down or PostgreSQL does not answer; Redis does not
   * count (reads and writes work without it, see `check`).
   */
  @Public()
  @Get('ready')
  async ready(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: 'ready' | 'draining' | 'unavailable'; postgres: HealthReport['postgres'] }> {
    const { postgres } = await this.health.check();
    const status = this.drain.isDraining ? 'draining' : postgres.status === 'up' ? 'ready' : 'unavailable';
    res.status(status === 'ready' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status, postgres };
  }
}
