import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputError, Role, type Viewer } from '@werkbrug/core';
import { employerNames } from '@werkbrug/employers/employer-directory';
import { isValidDate } from '@werkbrug/scheduling-core';
import { DataSource } from 'typeorm';
import {
  buildLedger,
  ledgerCsv,
  ledgerFor,
  type LedgerPeriod,
  type LedgerPlacement,
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
  ): Promise<ReciprocityLedger & { names: Map<string, string> }> {
    if (!isValidDate(from) || !isValidDate(to) || to < from)
      throw new InvalidInputError(
        { en: 'Give a valid date range.', nl: 'Geef een geldige periode.' },
        { field: 'from' },
      );
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS)
      throw new InvalidInputError(
        { en: 'Ask for at most three years.', nl: 'Vraag om hoogstens drie jaar.' },
        { field: 'to' },
      );
    const region = await this.regionOf(viewer);
    if (!region) return { ...buildLedger([], from, to, period), names: new Map() };
    const rows: LedgerPlacement[] = await this.dataSource.query(
      `SELECT lending_employer_id AS "lendingEmployerId", host_employer_id AS "hostEmployerId",
              start_date::text AS start, end_date::text AS "end", hours_per_week AS "hoursPerWeek"
       FROM placement
       WHERE region_code = $1 AND status IN ('AGREED', 'ACTIVE', 'ENDED') AND start_date <= $3 AND end_date >= $2`,
      [region, from, to],
    );
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

  async csv(viewer: Viewer, from: string, to: string, period: LedgerPeriod): Promise<string> {
    const ledger = await this.ledger(viewer, from, to, period);
    return ledgerCsv(ledger, ledger.names);
  }

  private async regionOf(viewer: Viewer): Promise<string | null> {
    switch (viewer.role) {
      case Role.HR_LEAD:
      case Role.MOBILITY_TEAM:
        return viewer.regionCode;
      case Role.JOB_SEEKER:
      case Role.ADMINISTRATOR:
        return null;
    }
  }
}
