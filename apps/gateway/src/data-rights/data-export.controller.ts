import { Controller, Get, Param, Res } from '@nestjs/common';
import { NotFoundError, Viewer } from '@werkbrug/core';
import { DataExportService } from '@werkbrug/data-rights';
import type { Response } from 'express';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';

const FILE = /^([A-Za-z0-9_-]{43})\.(json|html)$/;

/** The person's own-data download: their bearer token plus the one-time link from `requestMyDataExport`. */
@Controller()
export class DataExportController {
  constructor(private readonly exports: DataExportService) {}

  @Get('my-data/:file')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const match = FILE.exec(file);
    if (!match)
      throw new NotFoundError('Download link (used or expired)', 'Downloadlink (gebruikt of verlopen)');
    const format = match[2] as 'json' | 'html';
    const { body, generatedAt } = await this.exports.download(viewer, match[1], format);
    const day = generatedAt.toISOString().slice(0, 10);
    res
      .status(200)
      .type(format === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Disposition', `attachment; filename="werkbrug-mijn-gegevens-${day}.${format}"`)
      .send(body);
  }
}
