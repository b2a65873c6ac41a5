import { Controller, Get, Query, Res } from '@nestjs/common';
import { AuditAction, AuditTrailService } from '@werkbrug/audit';
import { InvalidInputError, type Viewer } from '@werkbrug/core';
import { FigureBreakdown } from '@werkbrug/trajectories/trajectory.enums';
import {
  OutcomeFiguresService,
  outcomeFiguresCsv,
  ShortagesService,
  shortagesCsv,
} from '@werkbrug/trajectories';
import type { Response } from 'express';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ParseLocalDatePipe } from '@werkbrug/gateway/graphql/parse-local-date.pipe';

/** The outcome figures and the shortages as CSV: the same figures, scope and suppression as the GraphQL queries. */
@Controller()
export class OutcomeFiguresController {
  constructor(
    private readonly outcomes: OutcomeFiguresService,
    private readonly shortages: ShortagesService,
    private readonly audit: AuditTrailService,
  ) {}

  @Get('outcome-figures.csv')
  async csv(
    @CurrentViewer() viewer: Viewer,
    @Res() res: Response,
    @Query('from', ParseLocalDatePipe) from: string,
    @Query('to', ParseLocalDatePipe) to: string,
    @Query('breakdown') breakdown = 'NONE',
    @Query('region') regionCode?: string,
  ): Promise<void> {
    if (!Object.values<string>(FigureBreakdown).includes(breakdown))
      throw new InvalidInputError(
        {
          en: 'breakdown is NONE, TRACK, SECTOR or EMPLOYER.',
          nl: 'breakdown is NONE, TRACK, SECTOR of EMPLOYER.',
        },
        { field: 'breakdown' },
      );
    const view = await this.outcomes.figures(viewer, {
      regionCode: regionCode ?? null,
      from,
      to,
      breakdown: breakdown as FigureBreakdown,
    });
    await this.audit.record(viewer, {
      action: AuditAction.CSV_DOWNLOADED,
      subjectType: 'OutcomeFigures',
      details: { regionCode: view.regionCode, from, to, breakdown },
    });
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader(
        'Content-Disposition',
        `attachment; filename="resultaten-${view.regionCode}-${from}-${to}.csv"`,
      )
      .send(outcomeFiguresCsv(view, await this.outcomes.conversion(view)));
  }

  /** The region's shortages today as CSV: the same lines, scope and suppression as `labourShortages`. */
  @Get('shortages.csv')
  async shortagesCsv(
    @CurrentViewer() viewer: Viewer,
    @Res() res: Response,
    @Query('region') regionCode?: string,
  ): Promise<void> {
    const view = await this.shortages.shortages(viewer, regionCode ?? null);
    await this.audit.record(viewer, {
      action: AuditAction.CSV_DOWNLOADED,
      subjectType: 'LabourShortages',
      details: { regionCode: view.regionCode },
    });
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="tekorten-${view.regionCode}.csv"`)
      .send(shortagesCsv(view));
  }
}
