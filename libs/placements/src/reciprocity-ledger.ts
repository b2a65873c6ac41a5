import { type CsvCell, toCsv } from '@werkbrug/core';
import { dayNumber } from '@werkbrug/scheduling-core';

export type LedgerPeriod = 'MONTH' | 'QUARTER';

export interface LedgerPlacement {
  readonly lendingEmployerId: string;
  readonly hostEmployerId: string;
  readonly start: string;
  readonly end: string;
  readonly hoursPerWeek: number;
}

export interface EmployerLedgerRow {
  readonly period: string;
  readonly employerId: string;
  readonly hoursLent: number;
  readonly hoursBorrowed: number;
  readonly placementsLent: number;
  readonly placementsBorrowed: number;
  /** Lent minus borrowed: positive means the employer gives more to the network than it takes. */
  readonly balance: number;
  /** The balance summed over this and the earlier periods of the range: the trend. */
  readonly cumulativeBalance: number;
}

export interface PairLedgerRow {
  readonly period: string;
  readonly lendingEmployerId: string;
  readonly hostEmployerId: string;
  readonly hours: number;
  readonly placements: number;
}

export interface ReciprocityLedger {
  readonly from: string;
  readonly to: string;
  readonly periods: readonly string[];
  readonly employers: readonly EmployerLedgerRow[];
  readonly pairs: readonly PairLedgerRow[];
}

/**
 * Hours and placements lent and borrowed per employer and per pair of employers, per month or quarter, from
 * agreed, active and ended placements. A placement's hours in a period are its weekly hours times the weeks it
 * runs within that period (days / 7), so the periods of a range add up to the range. A placement counts once in
 * every period it touches.
 */
export function buildLedger(
  placements: readonly LedgerPlacement[],
  from: string,
  to: string,
  period: LedgerPeriod,
): ReciprocityLedger {
  const periods = periodsBetween(from, to, period);
  const employers = new Map<string, Totals>();
  const pairs = new Map<string, { hours: number; placements: number }>();
  for (const p of periods)
    for (const placement of placements) {
      const days =
        Math.min(dayNumber(placement.end), p.last) - Math.max(dayNumber(placement.start), p.first) + 1;
      if (days <= 0) continue;
      const hours = (placement.hoursPerWeek * days) / 7;
      const lender = row(employers, `${p.label}|${placement.lendingEmployerId}`);
      lender.hoursLent += hours;
      lender.placementsLent++;
      const host = row(employers, `${p.label}|${placement.hostEmployerId}`);
      host.hoursBorrowed += hours;
      host.placementsBorrowed++;
      const pair = pairs.get(`${p.label}|${placement.lendingEmployerId}|${placement.hostEmployerId}`) ?? {
        hours: 0,
        placements: 0,
      };
      pair.hours += hours;
      pair.placements++;
      pairs.set(`${p.label}|${placement.lendingEmployerId}|${placement.hostEmployerId}`, pair);
    }
  return {
    from,
    to,
    periods: periods.map((p) => p.label),
    employers: withCumulativeBalance(
      [...employers]
        .map(([key, v]) => {
          const [label, employerId] = key.split('|');
          return {
            period: label,
            employerId,
            ...v,
            hoursLent: round(v.hoursLent),
            hoursBorrowed: round(v.hoursBorrowed),
            balance: round(v.hoursLent - v.hoursBorrowed),
          };
        })
        .sort((a, b) => a.period.localeCompare(b.period) || a.employerId.localeCompare(b.employerId)),
    ),
    pairs: [...pairs]
      .map(([key, v]) => {
        const [label, lendingEmployerId, hostEmployerId] = key.split('|');
        return {
          period: label,
          lendingEmployerId,
          hostEmployerId,
          placements: v.placements,
          hours: round(v.hours),
        };
      })
      .sort(
        (a, b) =>
          a.period.localeCompare(b.period) ||
          a.lendingEmployerId.localeCompare(b.lendingEmployerId) ||
          a.hostEmployerId.localeCompare(b.hostEmployerId),
      ),
  };
}

export interface LedgerTotals {
  readonly hoursLent: number;
  readonly hoursBorrowed: number;
  readonly placementsLent: number;
  readonly placementsBorrowed: number;
}

/**
 * Per employer over the whole range (e.g. a network's quarter): hours lent and borrowed as the ledger counts
 * them (weekly hours times the weeks within the range), and each placement once.
 */
export function ledgerTotals(
  placements: readonly LedgerPlacement[],
  from: string,
  to: string,
): Map<string, LedgerTotals> {
  const totals = new Map<string, Totals>();
  const [first, last] = [dayNumber(from), dayNumber(to)];
  for (const placement of placements) {
    const days = Math.min(dayNumber(placement.end), last) - Math.max(dayNumber(placement.start), first) + 1;
    if (days <= 0) continue;
    const hours = (placement.hoursPerWeek * days) / 7;
    const lender = row(totals, placement.lendingEmployerId);
    lender.hoursLent += hours;
    lender.placementsLent++;
    const host = row(totals, placement.hostEmployerId);
    host.hoursBorrowed += hours;
    host.placementsBorrowed++;
  }
  return new Map(
    [...totals].map(([id, t]) => [
      id,
      { ...t, hoursLent: round(t.hoursLent), hoursBorrowed: round(t.hoursBorrowed) },
    ]),
  );
}

/** Only the rows about one employer: its own lines and the pairs it is part of. */
export function ledgerFor(ledger: ReciprocityLedger, employerId: string): ReciprocityLedger {
  return {
    ...ledger,
    employers: ledger.employers.filter((r) => r.employerId === employerId),
    pairs: ledger.pairs.filter((r) => r.lendingEmployerId === employerId || r.hostEmployerId === employerId),
  };
}

/** CSV (RFC 4180, comma-separated, CRLF) of the employer rows, with names; one header line. */
export function ledgerCsv(ledger: ReciprocityLedger, names: ReadonlyMap<string, string>): string {
  const lines: CsvCell[][] = [
    [
      'period',
      'employer_id',
      'employer',
      'hours_lent',
      'hours_borrowed',
      'balance',
      'cumulative_balance',
      'placements_lent',
      'placements_borrowed',
    ],
    ...ledger.employers.map((r) => [
      r.period,
      r.employerId,
      names.get(r.employerId) ?? '',
      r.hoursLent,
      r.hoursBorrowed,
      r.balance,
      r.cumulativeBalance,
      r.placementsLent,
      r.placementsBorrowed,
    ]),
  ];
  return toCsv(lines);
}

/** Rows are in period order, so a running sum per employer gives its trend. */
function withCumulativeBalance(rows: Omit<EmployerLedgerRow, 'cumulativeBalance'>[]): EmployerLedgerRow[] {
  const running = new Map<string, number>();
  return rows.map((r) => {
    const total = (running.get(r.employerId) ?? 0) + r.balance;
    running.set(r.employerId, total);
    return { ...r, cumulativeBalance: round(total) };
  });
}

interface Totals {
  hoursLent: number;
  hoursBorrowed: number;
  placementsLent: number;
  placementsBorrowed: number;
}

function row(map: Map<string, Totals>, key: string): Totals {
  let totals = map.get(key);
  if (!totals)
    map.set(key, (totals = { hoursLent: 0, hoursBorrowed: 0, placementsLent: 0, placementsBorrowed: 0 }));
  return totals;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function periodsBetween(
  from: string,
  to: string,
  period: LedgerPeriod,
): { label: string; first: number; last: number }[] {
  const months = period === 'MONTH' ? 1 : 3;
  const periods: { label: string; first: number; last: number }[] = [];
  const [fy, fm] = from.split('-').map(Number);
  let year = fy;
  let month = period === 'MONTH' ? fm : Math.floor((fm - 1) / 3) * 3 + 1;
  const last = dayNumber(to);
  for (;;) {
    const first = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
    if (first > last) break;
    const nextMonth = month + months;
    const next =
      nextMonth > 12
        ? dayNumber(`${year + 1}-${String(nextMonth - 12).padStart(2, '0')}-01`)
        : dayNumber(`${year}-${String(nextMonth).padStart(2, '0')}-01`);
    const label =
      period === 'MONTH' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${(month - 1) / 3 + 1}`;
    periods.push({ label, first: Math.max(first, dayNumber(from)), last: Math.min(next - 1, last) });
    [year, month] = nextMonth > 12 ? [year + 1, nextMonth - 12] : [year, nextMonth];
  }
  return periods;
}
