import { Controller, Get, Header, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { AuditAction, AuditTrailService } from '@werkbrug/audit';
import { InvalidInputError, Viewer } from '@werkbrug/core';
import {
  renderAgendaCalendar,
  renderAgendaHtml,
  renderTablePlanHtml,
  SessionViewsService,
} from '@werkbrug/sessions';
import type { Response } from 'express';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { Public } from '@werkbrug/gateway/auth/public.decorator';
import { ParseIdPipe, ParseOptionalIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { toParticipant } from './session.mapper';

/**
 * Files people take away from a session: the calendar feed (calendar apps cannot log in, so its URL carries a
 * secret token per participant) and print-ready HTML of the table plan and of an agenda (bearer token).
 */
@Controller()
export class SessionDocumentsController {
  constructor(
    private readonly views: SessionViewsService,
    private readonly audit: AuditTrailService,
  ) {}

  @Public()
  @Get('calendar/:file')
  async calendar(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(file)?.[1];
    const agenda = token ? await this.views.agendaByCalendarToken(token) : null;
    if (!agenda) throw new NotFoundException();
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Cache-Control', 'no-cache')
      .send(renderAgendaCalendar(agenda));
  }

  @Get('sessions/:id/table-plan.html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async tablePlan(@CurrentViewer() viewer: Viewer, @Param('id', ParseIdPipe) id: string): Promise<string> {
    const html = renderTablePlanHtml(await this.views.tablePlan(viewer, id));
    await this.printed(viewer, id, 'TABLE_PLAN');
    return html;
  }

  @Get('sessions/:id/agenda.html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async agenda(
    @CurrentViewer() viewer: Viewer,
    @Param('id', ParseIdPipe) id: string,
    @Query('candidateId', ParseOptionalIdPipe) candidateId?: string,
    @Query('employerId', ParseOptionalIdPipe) employerId?: string,
  ): Promise<string> {
    if (!candidateId && !employerId)
      throw new InvalidInputError(
        { en: 'Say whose agenda.', nl: 'Geef aan wiens agenda.' },
        { field: 'participant' },
      );
    const html = renderAgendaHtml(
      await this.views.agenda(viewer, id, toParticipant({ candidateId, employerId })),
    );
    await this.printed(viewer, id, 'AGENDA', candidateId);
    return html;
  }

  private printed(viewer: Viewer, sessionId: string, document: string, candidateId?: string): Promise<void> {
    return this.audit.record(viewer, {
      action: AuditAction.PRINT_DOWNLOADED,
      subjectType: 'MeetAndGreetSession',
      subjectId: sessionId,
      candidateId: candidateId ?? null,
      details: { document },
    });
  }
}
