import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type Viewer } from '@werkbrug/core';
import { InvalidLedgerRangeError, LedgerRangeTooLongError } from './placements.errors';
import { employerNames } from '@werkbrug/employers/employer-directory.store';
import { isValidDate } from '@werkbrug/scheduling-core';
import { DataSource } from 'typeorm';
import { ledgerPlacements, regionLedgerPlacements } from './placement.store';
import {
  buildLedger,
  ledgerCsv,
  ledgerFor,
  type LedgerPeriod,
  ledgerTotals,
  type LedgerTotals,
  type ReciprocityLedger,
} from './reciprocity-ledger';

const MAX_RANGE_DAYS = 3 * 366;

/** The give-and-take between employers: HR leads see their own employer's, mobility teams their region's. */
@Injectable()
export class ReciprocityLedgerService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ledger(
    viewer: Viewer,
    from: string,
    to: string,
    period: LedgerPeriod,
    /** Only placements between these employers (a network's members); the whole region when null. */
    among: readonly string[] | null = null,
  ): Promise<ReciprocityLedger & { names: Map<string, string> }> {
    if (!isValidDate(from) || !isValidDate(to) || to < from) throw new InvalidLedgerRangeError();
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS)
      throw new LedgerRangeTooLongError();
    const rows = await ledgerPlacements(this.dataSource.manager, viewer, from, to, among);
    if (!rows) return { ...buildLedger([], from, to, period), names: new Map() };
    const full = buildLedger(rows, from, to, period);
    const ledger = viewer.role === Role.HR_LEAD ? ledgerFor(full, viewer.employerId) : full;
    const ids = [
      ...new Set([
        ...ledger.employers.map((r) => r.employerId),
        ...ledger.pairs.flatMap((r) => [r.lendingEmployerId, r.hostEmployerId]),
      ]),
    ];
    return { ...ledger, names: await employerNames(this.dataSource.manager, ids) };
  }

  async csv(
    viewer: Viewer,
    from: string,
    to: string,
    period: LedgerPeriod,
    among: readonly string[] | null = null,
  ): Promise<string> {
    const ledger = await this.ledger(viewer, from, to, period, among);
    return ledgerCsv(ledger, ledger.names);
  }

  /**
   * Hours and placements lent and borrowed per employer over a range, counting only placements between the given
   * employers: a network's review, which its members read together.
   */
  async totalsAmong(
    regionCode: string,
    employerIds: readonly string[],
    from: string,
    to: string,
  ): Promise<Map<string, LedgerTotals>> {
    const rows = await regionLedgerPlacements(this.dataSource.manager, regionCode, from, to, employerIds);
    return ledgerTotals(rows, from, to);
  }
}
