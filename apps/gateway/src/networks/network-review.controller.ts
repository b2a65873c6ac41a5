import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { AuditAction, AuditTrailService } from '@werkbrug/audit';
import { InvalidInputError, type Viewer } from '@werkbrug/core';
import { NetworkReviewService } from '@werkbrug/networks';
import type { Response } from 'express';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { parseId } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { ParseLocalDatePipe } from '@werkbrug/gateway/graphql/parse-local-date.pipe';

const FILE = /^(.+)\.(html|pdf|csv)$/;

/**
 * The network's review of a period to print (HTML, A4), as a PDF or as CSV, for the same readers and with the
 * same figures as `networkReview`. Dutch unless `lang=en`.
 */
@Controller()
export class NetworkReviewController {
  constructor(
    private readonly reviews: NetworkReviewService,
    private readonly audit: AuditTrailService,
  ) {}

  @Get('network-reviews/:file')
  async review(
    @CurrentViewer() viewer: Viewer,
    @Param('file') file: string,
    @Query('from', ParseLocalDatePipe) from: string,
    @Query('to', ParseLocalDatePipe) to: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const [, id, format] = FILE.exec(file) ?? [];
    if (!id)
      throw new InvalidInputError(
        {
          en: 'Ask for a review as <network id>.html, .pdf or .csv.',
          nl: 'Vraag een terugblik op als <netwerk-id>.html, .pdf of .csv.',
        },
        { field: 'file' },
      );
    const networkId = parseId(id, 'id');
    const name = `terugblik-netwerk-${from}-${to}`;
    const body =
      format === 'csv'
        ? await this.reviews.csv(viewer, networkId, from, to)
        : await this.reviews.document(
            viewer,
            networkId,
            from,
            to,
            format as 'html' | 'pdf',
            lang === 'en' ? 'en' : 'nl',
          );
    // As every other document and export: who took the members' figures and notes out of Werkbrug, and when.
    await this.audit.record(viewer, {
      action: format === 'csv' ? AuditAction.CSV_DOWNLOADED : AuditAction.PRINT_DOWNLOADED,
      subjectType: 'NetworkReview',
      subjectId: networkId,
      details: { document: 'NETWORK_REVIEW', format, from, to },
    });
    res.status(200).setHeader('Cache-Control', 'no-store');
    if (format === 'csv') {
      res
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${name}.csv"`)
        .send(body);
      return;
    }
    if (format === 'pdf')
      res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${name}.pdf"`);
    else res.type('text/html; charset=utf-8');
    res.send(body);
  }
}
