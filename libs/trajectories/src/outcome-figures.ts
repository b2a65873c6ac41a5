import { type Cell, HIDDEN, primary, rateShown, suppressColumn } from './outcome-suppression';

/** The figures per group, as counted from the facts (outcome-figures.store.ts). */
export interface GroupCounts {
  /** The group's key (a track, a sector, an employer id); null for the whole selection. */
  readonly group: string | null;
  /** Trajectories open at the end of the period. */
  readonly activeTrajectories: number;
  /** Trajectories started (intakes) in the period. */
  readonly intakes: number;
  /** Hires at another employer (or self-employment) that started in the period. */
  readonly placements: number;
  /** Intakes in the period whose six months have passed by today. */
  readonly cohort: number;
  /** Of the cohort: placed elsewhere within six months of the intake. */
  readonly placedWithin6Months: number;
  /** Intakes in the period that led to a placement elsewhere, with the days it took. */
  readonly placed: number;
  readonly daysMedian: number | null;
  readonly daysP75: number | null;
  /** Placements (of the period's intakes) whose six-month follow-up was answered, and of those still in work. */
  readonly retentionAnswered: number;
  readonly retained: number;
  /** Placements whose six-month follow-up is due and not answered: shown, never counted as either. */
  readonly retentionUnanswered: number;
}

export enum OutcomeFigureKey {
  ACTIVE_TRAJECTORIES = 'ACTIVE_TRAJECTORIES',
  INTAKES = 'INTAKES',
  PLACEMENTS = 'PLACEMENTS',
  PLACEMENT_RATE_6_MONTHS = 'PLACEMENT_RATE_6_MONTHS',
  DAYS_TO_PLACEMENT_MEDIAN = 'DAYS_TO_PLACEMENT_MEDIAN',
  DAYS_TO_PLACEMENT_P75 = 'DAYS_TO_PLACEMENT_P75',
  RETENTION_6_MONTHS = 'RETENTION_6_MONTHS',
  RETENTION_UNANSWERED = 'RETENTION_UNANSWERED',
  FLOW_THROUGH = 'FLOW_THROUGH',
}

/** One figure: its value with what it is made of, or nothing when it would describe too few people. */
export interface OutcomeFigure {
  readonly key: OutcomeFigureKey;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly suppressed: boolean;
}

export interface OutcomeRow {
  readonly group: string | null;
  readonly figures: OutcomeFigure[];
}

const COUNT_COLUMNS = [
  'activeTrajectories',
  'intakes',
  'placements',
  'cohort',
  'placedWithin6Months',
  'placed',
  'retentionAnswered',
  'retained',
  'retentionUnanswered',
] as const;
type CountColumn = (typeof COUNT_COLUMNS)[number];
type ShownCounts = Record<CountColumn, Cell>;

const count = (key: OutcomeFigureKey, value: Cell): OutcomeFigure => ({
  key,
  value,
  numerator: value,
  denominator: null,
  suppressed: value === HIDDEN,
});

export function rate(key: OutcomeFigureKey, numerator: Cell, denominator: Cell, k: number): OutcomeFigure {
  const shown = rateShown(numerator, denominator, k);
  return {
    key,
    value: shown ? numerator! / denominator! : null,
    numerator: shown ? numerator : null,
    denominator: shown ? denominator : null,
    suppressed: !shown && denominator !== 0,
  };
}

function days(key: OutcomeFigureKey, value: number | null, people: Cell, k: number): OutcomeFigure {
  const shown = people !== HIDDEN && people >= k && value !== null;
  return {
    key,
    value: shown ? value : null,
    numerator: null,
    denominator: shown ? people : null,
    suppressed: !shown && (people ?? 1) > 0,
  };
}

function figuresOf(c: GroupCounts, shown: ShownCounts, k: number): OutcomeFigure[] {
  return [
    count(OutcomeFigureKey.ACTIVE_TRAJECTORIES, shown.activeTrajectories),
    count(OutcomeFigureKey.INTAKES, shown.intakes),
    count(OutcomeFigureKey.PLACEMENTS, shown.placements),
    rate(OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS, shown.placedWithin6Months, shown.cohort, k),
    days(OutcomeFigureKey.DAYS_TO_PLACEMENT_MEDIAN, c.daysMedian, shown.placed, k),
    days(OutcomeFigureKey.DAYS_TO_PLACEMENT_P75, c.daysP75, shown.placed, k),
    rate(OutcomeFigureKey.RETENTION_6_MONTHS, shown.retained, shown.retentionAnswered, k),
    count(OutcomeFigureKey.RETENTION_UNANSWERED, shown.retentionUnanswered),
  ];
}

/**
 * The figures of a selection and of its groups (a breakdown by track, sector or employer), suppressed so that no
 * figure describes fewer than `k` people, directly, within a row, or across the rows and the total.
 */
export function outcomeRows(
  total: GroupCounts,
  groups: readonly GroupCounts[],
  k: number,
): { total: OutcomeRow; rows: OutcomeRow[] } {
  const shownTotal = {} as ShownCounts;
  const shownRows = groups.map(() => ({}) as ShownCounts);
  for (const column of COUNT_COLUMNS) {
    const column_ = suppressColumn(
      groups.map((g) => g[column]),
      total[column],
      k,
    );
    shownTotal[column] = groups.length > 0 ? column_.total : primary(total[column], k);
    column_.cells.forEach((cell, i) => (shownRows[i][column] = cell));
  }
  return {
    total: { group: null, figures: figuresOf(total, shownTotal, k) },
    rows: groups.map((g, i) => ({ group: g.group, figures: figuresOf(g, shownRows[i], k) })),
  };
}
