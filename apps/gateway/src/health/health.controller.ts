import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { HealthReport, HealthService } from '@werkbrug/platform';
import type { Response } from 'express';
import { Public } from '@werkbrug/gateway/auth/public.decorator';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 when PostgreSQL and Redis answer, 503 otherwise; for load balancers and `docker compose`. */
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }
}
