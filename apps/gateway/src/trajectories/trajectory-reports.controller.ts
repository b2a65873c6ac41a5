import { Controller, Get, Header, Param } from '@nestjs/common';
import { AuditAction, AuditTrailService } from '@werkbrug/audit';
import { InvalidInputError, type Viewer } from '@werkbrug/core';
import { TrajectoryReportsService } from '@werkbrug/trajectories';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { parseId } from '@werkbrug/gateway/graphql/parse-id.pipe';

/** A trajectory report as print-ready HTML (print to PDF from the browser), rendered for its reader. */
@Controller()
export class TrajectoryReportsController {
  constructor(
    private readonly reports: TrajectoryReportsService,
    private readonly audit: AuditTrailService,
  ) {}

  @Get('trajectory-reports/:file')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async report(@CurrentViewer() viewer: Viewer, @Param('file') file: string): Promise<string> {
    const id = /^(.+)\.html$/.exec(file)?.[1];
    if (!id)
      throw new InvalidInputError(
        { en: 'Ask for a report as <id>.html.', nl: 'Vraag een rapportage op als <id>.html.' },
        { field: 'file' },
      );
    const opened = await this.reports.open(viewer, parseId(id, 'id'));
    await this.audit.record(viewer, {
      action: AuditAction.PRINT_DOWNLOADED,
      subjectType: 'TrajectoryReport',
      subjectId: id,
      candidateId: opened.candidateId,
      details: { document: 'TRAJECTORY_REPORT' },
    });
    return opened.html;
  }
}
