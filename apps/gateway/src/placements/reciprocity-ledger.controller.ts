import { Controller, Get, Query, Res } from '@nestjs/common';
import { AuditAction, AuditTrailService } from '@werkbrug/audit';
import { InvalidInputError, Viewer } from '@werkbrug/core';
import { NetworksService } from '@werkbrug/networks';
import { ReciprocityLedgerService } from '@werkbrug/placements';
import { parseId } from '@werkbrug/gateway/graphql/parse-id.pipe';
import type { Response } from 'express';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ParseLocalDatePipe } from '@werkbrug/gateway/graphql/parse-local-date.pipe';

/** The ledger as CSV for spreadsheets: the same rows and the same scope as the GraphQL query. */
@Controller()
export class ReciprocityLedgerController {
  constructor(
    private readonly ledger: ReciprocityLedgerService,
    private readonly audit: AuditTrailService,
    private readonly networks: NetworksService,
  ) {}

  @Get('reciprocity-ledger.csv')
  async csv(
    @CurrentViewer() viewer: Viewer,
    @Res() res: Response,
    @Query('from', ParseLocalDatePipe) from: string,
    @Query('to', ParseLocalDatePipe) to: string,
    @Query('period') period = 'MONTH',
    @Query('networkId') networkId?: string,
  ): Promise<void> {
    if (period !== 'MONTH' && period !== 'QUARTER')
      throw new InvalidInputError(
        { en: 'period is MONTH or QUARTER.', nl: 'period is MONTH of QUARTER.' },
        { field: 'period' },
      );
    const among = networkId
      ? await this.networks.activeMemberIds(viewer, parseId(networkId, 'networkId'))
      : null;
    const body = await this.ledger.csv(viewer, from, to, period, among);
    await this.audit.record(viewer, {
      action: AuditAction.CSV_DOWNLOADED,
      subjectType: 'ReciprocityLedger',
      details: { from, to, period, networkId: networkId ?? null },
    });
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="wederkerigheid-${from}-${to}.csv"`)
      .send(body);
  }
}
