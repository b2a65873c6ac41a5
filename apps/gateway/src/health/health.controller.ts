import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { HealthReport, HealthService } from '@werkbrug/platform';
import type { Response } from 'express';
import { Public } from '@werkbrug/gateway/auth/public.decorator';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

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
}
