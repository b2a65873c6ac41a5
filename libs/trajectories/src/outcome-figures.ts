import { type Cell, HIDDEN, rateShown, suppressTable } from './outcome-suppression';

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

/**
 * The counts the figures show or could be worked out from: the remainders of each rate (those not placed, not
 * retained) and the intakes whose six months have not passed are columns too, so none of them can describe fewer
 * than k people either.
 */
const COUNT_COLUMNS = [
  'activeTrajectories',
  'intakes',
  'placements',
  'cohort',
  'placedWithin6Months',
  'notPlacedWithin6Months',
  'intakesStillRunning',
  'retentionAnswered',
  'retained',
  'notRetained',
  'retentionUnanswered',
] as const;
type CountColumn = (typeof COUNT_COLUMNS)[number];
type ShownCounts = Record<CountColumn, Cell>;

/** Cells that stand or fall together within a row: a rate with its remainder, and what its denominator gives away. */
const LINKED: readonly (readonly CountColumn[])[] = [
  ['cohort', 'placedWithin6Months', 'notPlacedWithin6Months', 'intakesStillRunning'],
  ['retentionAnswered', 'retained', 'notRetained'],
];

function columnsOf(c: GroupCounts): Record<CountColumn, number> {
  return {
    activeTrajectories: c.activeTrajectories,
    intakes: c.intakes,
    placements: c.placements,
    cohort: c.cohort,
    placedWithin6Months: c.placedWithin6Months,
    notPlacedWithin6Months: c.cohort - c.placedWithin6Months,
    intakesStillRunning: c.intakes - c.cohort,
    retentionAnswered: c.retentionAnswered,
    retained: c.retained,
    notRetained: c.retentionAnswered - c.retained,
    retentionUnanswered: c.retentionUnanswered,
  };
}

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

/**
 * Days to placement: a median and a percentile, shown when at least k placements lie behind them. Their number is
 * not given: with the retention counts it would give away the placements whose follow-up is not due yet.
 */
function days(key: OutcomeFigureKey, value: number | null, people: number, k: number): OutcomeFigure {
  const shown = people >= k && value !== null;
  return {
    key,
    value: shown ? value : null,
    numerator: null,
    denominator: null,
    suppressed: !shown && people > 0,
  };
}

function figuresOf(c: GroupCounts, shown: ShownCounts, k: number): OutcomeFigure[] {
  return [
    count(OutcomeFigureKey.ACTIVE_TRAJECTORIES, shown.activeTrajectories),
    count(OutcomeFigureKey.INTAKES, shown.intakes),
    count(OutcomeFigureKey.PLACEMENTS, shown.placements),
    rate(OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS, shown.placedWithin6Months, shown.cohort, k),
    days(OutcomeFigureKey.DAYS_TO_PLACEMENT_MEDIAN, c.daysMedian, c.placed, k),
    days(OutcomeFigureKey.DAYS_TO_PLACEMENT_P75, c.daysP75, c.placed, k),
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
  const shown = suppressTable(columnsOf(total), groups.map(columnsOf), COUNT_COLUMNS, LINKED, k);
  return {
    total: { group: null, figures: figuresOf(total, shown.total, k) },
    rows: groups.map((g, i) => ({ group: g.group, figures: figuresOf(g, shown.rows[i], k) })),
  };
}
