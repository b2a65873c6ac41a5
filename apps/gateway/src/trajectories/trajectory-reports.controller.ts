import { Controller, Get, Param, Res } from '@nestjs/common';
import { AuditAction, AuditTrailService } from '@werkbrug/audit';
import { InvalidInputError, type Viewer } from '@werkbrug/core';
import { TrajectoryReportsService } from '@werkbrug/trajectories';
import type { Response } from 'express';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { parseId } from '@werkbrug/gateway/graphql/parse-id.pipe';

/** A trajectory report as print-ready HTML or as a PDF, rendered for its reader. */
@Controller()
export class TrajectoryReportsController {
  constructor(
    private readonly reports: TrajectoryReportsService,
    private readonly audit: AuditTrailService,
  ) {}

  @Get('trajectory-reports/:file')
  async report(
    @CurrentViewer() viewer: Viewer,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const [, id, format] = /^(.+)\.(html|pdf)$/.exec(file) ?? [];
    if (!id)
      throw new InvalidInputError(
        {
          en: 'Ask for a report as <id>.html or <id>.pdf.',
          nl: 'Vraag een rapportage op als <id>.html of <id>.pdf.',
        },
        { field: 'file' },
      );
    const opened = await this.reports.open(viewer, parseId(id, 'id'), format as 'html' | 'pdf');
    await this.audit.record(viewer, {
      action: AuditAction.PRINT_DOWNLOADED,
      subjectType: 'TrajectoryReport',
      subjectId: id,
      candidateId: opened.candidateId,
      details: { document: 'TRAJECTORY_REPORT', format },
    });
    res.status(200).setHeader('Cache-Control', 'no-store');
    if (format === 'pdf')
      res
        .type('application/pdf')
        .setHeader('Content-Disposition', `inline; filename="rapportage-${id}-v${opened.version}.pdf"`);
    else res.type('text/html; charset=utf-8');
    res.send(opened.body);
  }
}
