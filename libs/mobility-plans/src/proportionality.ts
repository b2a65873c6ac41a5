import { comparePath, type EmployeeFigures } from './path-comparison';
import type { PathContent } from './plan-content';

/**
 * Typical employees to weigh a plan's paths with before publishing: from a short stay on a modest wage to a long
 * career on a high one. Not anyone's real figures; an author may pass their own.
 */
export const TYPICAL_EMPLOYEES: readonly (EmployeeFigures & { label: { nl: string; en: string } })[] = [
  {
    label: { nl: '3 jaar in dienst, € 2.400 per maand', en: '3 years of service, €2,400 a month' },
    grossMonthlySalaryEur: 2400,
    yearsOfService: 3,
    employmentHistoryYears: 6,
  },
  {
    label: { nl: '10 jaar in dienst, € 3.200 per maand', en: '10 years of service, €3,200 a month' },
    grossMonthlySalaryEur: 3200,
    yearsOfService: 10,
    employmentHistoryYears: 18,
  },
  {
    label: { nl: '25 jaar in dienst, € 3.800 per maand', en: '25 years of service, €3,800 a month' },
    grossMonthlySalaryEur: 3800,
    yearsOfService: 25,
    employmentHistoryYears: 35,
  },
  {
    label: { nl: '15 jaar in dienst, € 5.500 per maand', en: '15 years of service, €5,500 a month' },
    grossMonthlySalaryEur: 5500,
    yearsOfService: 15,
    employmentHistoryYears: 22,
  },
];

/** Paths whose value differs from the median path by more than this share stand out. */
export const UNEVEN_SHARE = 0.25;

export interface PathValue {
  readonly pathId: string;
  /** What the employer pays on this path: transition payment, lump sums, supplements, salary during the path. */
  readonly moneyEur: number;
  /** The training budget and the hours of mediation and coaching at the plan's hourly value. */
  readonly helpEur: number;
  readonly totalEur: number;
  /** (total − median) / median: −0.3 is 30 % below the median path. */
  readonly fromMedian: number;
  readonly uneven: boolean;
}

/**
 * The value each path offers one employee, so an author sees before publishing whether the help is spread evenly.
 * Counts what the plan gives: not unemployment benefit (the UWV pays it) nor wages a new employer is expected to
 * pay.
 */
export function pathValues(
  paths: readonly PathContent[],
  employee: EmployeeFigures,
  employmentEndDate: string,
  helpHourValueEur: number,
): PathValue[] {
  const values = paths.map((path) => {
    const comparison = comparePath(path, employee, employmentEndDate);
    const moneyEur = comparison.items
      .filter((item) => item.kind !== 'UNEMPLOYMENT_BENEFIT' && item.kind !== 'EXPECTED_SALARY')
      .reduce((sum, item) => sum + item.totalEur, 0);
    const helpEur = path.trainingBudgetEur + (path.mediationHours + path.coachingHours) * helpHourValueEur;
    return { pathId: path.id, moneyEur, helpEur, totalEur: Math.round((moneyEur + helpEur) * 100) / 100 };
  });
  const median = medianOf(values.map((v) => v.totalEur));
  return values.map((v) => {
    const fromMedian = median > 0 ? (v.totalEur - median) / median : 0;
    return { ...v, fromMedian, uneven: Math.abs(fromMedian) > UNEVEN_SHARE };
  });
}

function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
