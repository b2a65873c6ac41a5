import { Controller, Get, Param, Query, Res } from '@nestjs/common';
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
  constructor(private readonly reviews: NetworkReviewService) {}

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
    res.status(200).setHeader('Cache-Control', 'no-store');
    if (format === 'csv') {
      const body = await this.reviews.csv(viewer, networkId, from, to);
      res
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${name}.csv"`)
        .send(body);
      return;
    }
    const language = lang === 'en' ? 'en' : 'nl';
    const body = await this.reviews.document(viewer, networkId, from, to, format as 'html' | 'pdf', language);
    if (format === 'pdf')
      res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${name}.pdf"`);
    else res.type('text/html; charset=utf-8');
    res.send(body);
  }
}
