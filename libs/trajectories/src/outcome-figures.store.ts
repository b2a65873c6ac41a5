import type { EntityManager } from 'typeorm';
import type { GroupCounts } from './outcome-figures';
import { FigureBreakdown } from './trajectory.enums';

export interface FigureSelection {
  readonly regionCode: string;
  readonly from: string;
  readonly to: string;
  readonly today: string;
  readonly track?: string | null;
  readonly sector?: string | null;
  readonly employerId?: string | null;
  readonly breakdown: FigureBreakdown;
}

/** The group column of a breakdown, per source (trajectory facts; hires with what they count under). */
const FACT_GROUP: Record<FigureBreakdown, string | null> = {
  NONE: null,
  TRACK: `f.track`,
  SECTOR: `f.sector`,
  EMPLOYER: `f.client_employer_id::text`,
};
const HIRE_GROUP: Record<FigureBreakdown, string | null> = {
  NONE: null,
  TRACK: `h.candidate_track`,
  SECTOR: `h.from_sector`,
  EMPLOYER: `h.from_employer_id::text`,
};

/** The select list and GROUP BY of a breakdown: every group and the total, or the total alone. */
function grouping(group: string | null): { select: string; groupBy: string } {
  return group
    ? {
        select: `${group} AS grp, GROUPING(${group}) AS is_total`,
        groupBy: `GROUP BY GROUPING SETS ((${group}), ())`,
      }
    : { select: `NULL::text AS grp, 1 AS is_total`, groupBy: '' };
}

const FACT_FILTERS = `f.region_code = $1 AND ($5::text IS NULL OR f.track = $5) AND ($6::text IS NULL OR f.sector = $6)
        AND ($7::uuid IS NULL OR f.client_employer_id = $7)`;

interface FactRow {
  grp: string | null;
  is_total: number;
  active: number;
  intakes: number;
  cohort: number;
  placed6: number;
  placed: number;
  answered: number;
  retained: number;
  unanswered: number;
}

/**
 * Counts per group and for the whole selection, in one pass over the region's facts: counting only, so the
 * database aggregates by hashing instead of sorting the region's rows.
 */
async function factCounts(manager: EntityManager, s: FigureSelection): Promise<FactRow[]> {
  const { select, groupBy } = grouping(FACT_GROUP[s.breakdown]);
  const intake = `f.started_on >= $2`;
  const windowPassed = `(f.started_on + interval '6 months')::date <= $4::date`;
  return manager.query(
    `SELECT ${select},
            count(*) FILTER (WHERE f.closed_on IS NULL OR f.closed_on > $3)::int AS active,
            count(*) FILTER (WHERE ${intake})::int AS intakes,
            count(*) FILTER (WHERE ${intake} AND ${windowPassed})::int AS cohort,
            count(*) FILTER (WHERE ${intake} AND ${windowPassed}
                               AND f.placed_on <= (f.started_on + interval '6 months')::date)::int AS placed6,
            count(*) FILTER (WHERE ${intake} AND f.placed_on IS NOT NULL)::int AS placed,
            count(*) FILTER (WHERE ${intake} AND f.placed_on IS NOT NULL AND f.retention_answered)::int AS answered,
            count(*) FILTER (WHERE ${intake} AND f.placed_on IS NOT NULL AND f.retained_6m)::int AS retained,
            count(*) FILTER (WHERE ${intake} AND f.placed_on IS NOT NULL AND NOT f.retention_answered
                               AND (f.placed_on + interval '6 months')::date <= $4::date)::int AS unanswered
       FROM trajectory_fact f
      WHERE ${FACT_FILTERS} AND f.started_on <= $3
      ${groupBy}`,
    [s.regionCode, s.from, s.to, s.today, s.track ?? null, s.sector ?? null, s.employerId ?? null],
  );
}

/** Median and p75 of the days from intake to placement, over the period's placed intakes only (one sort). */
async function factDays(
  manager: EntityManager,
  s: FigureSelection,
): Promise<{ grp: string | null; is_total: number; days: number[] | null }[]> {
  const { select, groupBy } = grouping(FACT_GROUP[s.breakdown]);
  return manager.query(
    `SELECT ${select},
            percentile_cont(ARRAY[0.5, 0.75]) WITHIN GROUP (ORDER BY f.placed_on - f.started_on) AS days
       FROM trajectory_fact f
      WHERE ${FACT_FILTERS} AND f.started_on BETWEEN $2 AND $3 AND f.placed_on IS NOT NULL AND $4::date IS NOT NULL
      ${groupBy}`,
    [s.regionCode, s.from, s.to, s.today, s.track ?? null, s.sector ?? null, s.employerId ?? null],
  );
}

/** Hires at another employer (or self-employment) that started in the period, per group. */
async function placementCounts(
  manager: EntityManager,
  s: FigureSelection,
): Promise<{ grp: string | null; is_total: number; placements: number }[]> {
  const { select, groupBy } = grouping(HIRE_GROUP[s.breakdown]);
  return manager.query(
    `SELECT ${select}, count(*)::int AS placements
       FROM hire h
      WHERE h.region_code = $1 AND h.external AND h.started_on BETWEEN $2 AND $3
        AND ($4::text IS NULL OR h.candidate_track = $4) AND ($5::text IS NULL OR h.from_sector = $5)
        AND ($6::uuid IS NULL OR h.from_employer_id = $6)
      ${groupBy}`,
    [s.regionCode, s.from, s.to, s.track ?? null, s.sector ?? null, s.employerId ?? null],
  );
}

const EMPTY: Omit<GroupCounts, 'group'> = {
  activeTrajectories: 0,
  intakes: 0,
  placements: 0,
  cohort: 0,
  placedWithin6Months: 0,
  placed: 0,
  daysMedian: null,
  daysP75: null,
  retentionAnswered: 0,
  retained: 0,
  retentionUnanswered: 0,
};

/** The total and each group of the selection (groups in key order), with every count the figures need. */
export async function selectionCounts(
  manager: EntityManager,
  s: FigureSelection,
): Promise<{ total: GroupCounts; groups: GroupCounts[] }> {
  const [facts, days, placements] = await Promise.all([
    factCounts(manager, s),
    factDays(manager, s),
    placementCounts(manager, s),
  ]);
  const byGroup = new Map<string | null, GroupCounts>();
  const key = (row: { grp: string | null; is_total: number }) =>
    Number(row.is_total) === 1 ? null : row.grp;
  const entry = (group: string | null) => byGroup.get(group) ?? { group, ...EMPTY };
  for (const r of facts)
    byGroup.set(key(r), {
      ...entry(key(r)),
      activeTrajectories: r.active,
      intakes: r.intakes,
      cohort: r.cohort,
      placedWithin6Months: r.placed6,
      placed: r.placed,
      retentionAnswered: r.answered,
      retained: r.retained,
      retentionUnanswered: r.unanswered,
    });
  for (const r of days)
    byGroup.set(key(r), {
      ...entry(key(r)),
      daysMedian: r.days ? Number(r.days[0]) : null,
      daysP75: r.days ? Number(r.days[1]) : null,
    });
  for (const r of placements) byGroup.set(key(r), { ...entry(key(r)), placements: r.placements });
  const total = entry(null);
  const groups = [...byGroup.values()]
    .filter((g) => g.group !== null)
    .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? ''));
  return { total, groups: s.breakdown === FigureBreakdown.NONE ? [] : groups };
}

/**
 * Flow-through of people with a labour disability in `year`: of the region's candidates in that track registered
 * before 1 January (optionally of one employer), those who started work at another employer or in a regular (not
 * sheltered) job that year. The numerator counts only people of the denominator, so it never exceeds it.
 */
export async function flowThroughCounts(
  manager: EntityManager,
  regionCode: string,
  year: number,
  employerId: string | null,
): Promise<{ numerator: number; denominator: number }> {
  const [row]: { numerator: number; denominator: number }[] = await manager.query(
    `WITH target AS (
       SELECT c.candidate_id FROM candidate_outcome_scope c
        WHERE c.region_code = $1 AND c.track = 'LABOUR_DISABILITY'
          AND c.created_at < make_date($2, 1, 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'
          AND ($3::uuid IS NULL OR c.employer_id = $3))
     SELECT (SELECT count(*) FROM target)::int AS denominator,
            (SELECT count(DISTINCT h.candidate_id) FROM hire h JOIN target USING (candidate_id)
              WHERE h.started_on BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)
                AND (h.external OR h.contract_type IS DISTINCT FROM 'SHELTERED'))::int AS numerator`,
    [regionCode, year, employerId],
  );
  return row;
}
