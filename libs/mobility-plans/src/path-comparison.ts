import {
  COMPARISON_MONTHS,
  type FinancialElement,
  type LocalisedText,
  type PathContent,
} from './plan-content';
import { type ParameterUse, statutoryValuesOn, type StatutoryValues } from './statutory-parameters';

/**
 * An employee's own figures, typed in to compare the paths. Never stored unless they choose to; never logged.
 * Part-time work needs no figure of its own: the salary is what they earn for their hours.
 */
export interface EmployeeFigures {
  /** Gross monthly salary without holiday allowance, in euros. */
  readonly grossMonthlySalaryEur: number;
  /** Years with this employer, for the transition payment. */
  readonly yearsOfService: number;
  /** Years of work in all (the employment history), for how long unemployment benefit lasts. */
  readonly employmentHistoryYears: number;
}

/** Where an amount comes from: a line of the plan, or a statutory rule with its dated parameters. */
export type AmountSource =
  | { readonly kind: 'PLAN'; readonly elementIndex: number }
  | { readonly kind: 'STATUTORY'; readonly rule: 'UNEMPLOYMENT_BENEFIT' };

export interface ComparisonItem {
  readonly source: AmountSource;
  readonly kind: FinancialElement['kind'] | 'UNEMPLOYMENT_BENEFIT';
  readonly description: LocalisedText;
  /** How the amount was computed, in words and figures, each step checkable by hand. */
  readonly calculation: LocalisedText;
  /** The statutory parameters it used, with their dates and sources. */
  readonly parameters: readonly ParameterUse[];
  readonly totalEur: number;
}

export interface ComparisonMonth {
  /** 1 = the first month after the end of employment. */
  readonly month: number;
  readonly totalEur: number;
  /** Per item (same order as `items`), what it pays this month. */
  readonly amountsEur: readonly number[];
}

export interface PathComparison {
  readonly pathId: string;
  readonly items: readonly ComparisonItem[];
  readonly months: readonly ComparisonMonth[];
  readonly totalEur: number;
}

const euros = (n: number) => Math.round(n * 100) / 100;
const nlMoney = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const enMoney = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });
const nlNumber = new Intl.NumberFormat('nl-NL');
const money = (n: number): LocalisedText => ({ nl: nlMoney.format(n), en: enMoney.format(n) });

/**
 * The first day of month `m` after the end of employment: month 1 starts the day after it, and each next month on
 * the same day of the month, or the month's last day where it is shorter (an end on 30 January starts months on
 * 31 January, 28 February, 31 March …), so no calendar month is skipped or counted twice.
 */
export function monthStart(employmentEndDate: string, month: number): string {
  const end = new Date(`${employmentEndDate}T12:00:00Z`);
  const first = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate() + 1));
  const year = first.getUTCFullYear();
  const monthIndex = first.getUTCMonth() + month - 1;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, monthIndex, Math.min(first.getUTCDate(), lastDay)))
    .toISOString()
    .slice(0, 10);
}

/** The monthly wage the law counts with: the salary plus the holiday allowance, spread over the months. */
function monthlyWage(figures: EmployeeFigures, law: StatutoryValues): number {
  return figures.grossMonthlySalaryEur * (1 + law.holidayAllowancePercent.value / 100);
}

/**
 * The statutory transition payment: a third of a monthly wage per year of service, at most the year's maximum or
 * one year's wage if that is higher (art. 7:673 BW).
 */
export function transitionPayment(
  figures: EmployeeFigures,
  law: StatutoryValues,
): { amountEur: number; calculation: LocalisedText; parameters: ParameterUse[] } {
  const wage = monthlyWage(figures, law);
  const base = (wage / 3) * figures.yearsOfService;
  const yearWage = 12 * wage;
  const cap = Math.max(law.transitionPaymentMaximum.value, yearWage);
  const amount = euros(Math.min(base, cap));
  const w = money(euros(wage));
  const b = money(euros(base));
  const c = money(euros(cap));
  return {
    amountEur: amount,
    calculation: {
      nl:
        `1/3 × maandloon ${w.nl} (salaris met ${law.holidayAllowancePercent.value}% vakantiegeld) × ` +
        `${figures.yearsOfService} dienstjaren = ${b.nl}` +
        (base > cap ? `, begrensd op ${c.nl}` : `; het maximum (${c.nl}) is niet bereikt`),
      en:
        `1/3 × monthly wage ${w.en} (salary with ${law.holidayAllowancePercent.value}% holiday allowance) × ` +
        `${figures.yearsOfService} years of service = ${b.en}` +
        (base > cap ? `, capped at ${c.en}` : `; the maximum (${c.en}) is not reached`),
    },
    parameters: [law.holidayAllowancePercent, law.transitionPaymentMaximum],
  };
}

/**
 * How many months unemployment benefit lasts (UWV, "arbeidsverleden van 11 jaar of langer"): a month per full
 * calendar year of employment history for the first ten years and for every year before 2016; half a month for
 * each year from 2016 on beyond the first ten; at least the minimum, at most the maximum. The history is taken to
 * run up to the year the benefit starts (the most recent years are the ones worked).
 */
export function benefitMonths(
  employmentHistoryYears: number,
  benefitStart: string,
  law: StatutoryValues,
): number {
  const years = Math.floor(Math.max(0, employmentHistoryYears));
  const halfFrom = law.benefitHalfMonthYearsFrom.value;
  const fromHalfYear = Math.min(years, Math.max(0, Number(benefitStart.slice(0, 4)) - halfFrom));
  const before = years - fromHalfYear;
  const full = Math.min(years, Math.max(10, before));
  const built = full + (years - full) * 0.5;
  return Math.min(law.benefitMaximumMonths.value, Math.max(law.benefitMinimumMonths.value, built));
}

/** Compares one path over 24 months on the employee's figures, with the law as it stands at each month. */
export function comparePath(
  path: PathContent,
  figures: EmployeeFigures,
  employmentEndDate: string,
): PathComparison {
  // The transition payment and the wage are the law's on the day the contract ends (art. 7:673 BW).
  const lawAtEnd = statutoryValuesOn(employmentEndDate);
  const wage = monthlyWage(figures, lawAtEnd);
  const items: ComparisonItem[] = [];
  const perMonth: number[][] = [];
  const add = (item: Omit<ComparisonItem, 'totalEur'>, amounts: number[]) => {
    items.push({ ...item, totalEur: euros(amounts.reduce((a, b) => a + b, 0)) });
    perMonth.push(amounts);
  };
  const once = (month: number, amount: number) =>
    Array.from({ length: COMPARISON_MONTHS }, (_, i) => (i + 1 === month ? euros(amount) : 0));
  const salaried = new Array<boolean>(COMPARISON_MONTHS).fill(false);
  const w = money(euros(wage));

  path.elements.forEach((element, elementIndex) => {
    const source: AmountSource = { kind: 'PLAN', elementIndex };
    const base = { source, kind: element.kind, description: element.description };
    switch (element.kind) {
      case 'TRANSITION_PAYMENT': {
        const statutory = transitionPayment(figures, lawAtEnd);
        const amount = statutory.amountEur * element.factor;
        const factor = element.factor === 1 ? null : `${Math.round(element.factor * 100)}%`;
        add(
          {
            ...base,
            calculation: factor
              ? {
                  nl: `${factor} van de wettelijke transitievergoeding: ${statutory.calculation.nl}`,
                  en: `${factor} of the statutory transition payment: ${statutory.calculation.en}`,
                }
              : statutory.calculation,
            parameters: statutory.parameters,
          },
          once(element.month, amount),
        );
        break;
      }
      case 'LUMP_SUM':
        add(
          {
            ...base,
            calculation: {
              nl: `Vast bedrag uit het plan: ${money(element.amountEur).nl}`,
              en: `Fixed amount from the plan: ${money(element.amountEur).en}`,
            },
            parameters: [],
          },
          once(element.month, element.amountEur),
        );
        break;
      case 'SALARY_SUPPLEMENT':
        add(
          {
            ...base,
            calculation: {
              nl: `${element.months} × maandloon ${w.nl} (salaris met vakantiegeld)`,
              en: `${element.months} × monthly wage ${w.en} (salary with holiday allowance)`,
            },
            parameters: [lawAtEnd.holidayAllowancePercent],
          },
          once(element.month, element.months * wage),
        );
        break;
      case 'CONTINUED_SALARY': {
        const amounts = Array.from({ length: COMPARISON_MONTHS }, (_, i) =>
          i < element.months ? euros((wage * element.percent) / 100) : 0,
        );
        amounts.forEach((a, i) => (salaried[i] ||= a > 0));
        add(
          {
            ...base,
            calculation: {
              nl: `${element.percent}% van maandloon ${w.nl}, ${element.months} maanden vanaf maand 1`,
              en: `${element.percent}% of monthly wage ${w.en}, ${element.months} months from month 1`,
            },
            parameters: [lawAtEnd.holidayAllowancePercent],
          },
          amounts,
        );
        break;
      }
      case 'EXPECTED_SALARY': {
        const amounts = Array.from({ length: COMPARISON_MONTHS }, (_, i) =>
          i + 1 >= element.fromMonth ? euros((wage * element.percent) / 100) : 0,
        );
        amounts.forEach((a, i) => (salaried[i] ||= a > 0));
        add(
          {
            ...base,
            calculation: {
              nl: `Verwacht loon volgens het plan: ${element.percent}% van maandloon ${w.nl}, vanaf maand ${element.fromMonth}`,
              en: `Expected wages according to the plan: ${element.percent}% of monthly wage ${w.en}, from month ${element.fromMonth}`,
            },
            parameters: [lawAtEnd.holidayAllowancePercent],
          },
          amounts,
        );
        break;
      }
    }
  });

  if (path.keepsUnemploymentBenefit) {
    const benefit = unemploymentBenefit(figures, employmentEndDate, salaried);
    if (benefit) add(benefit.item, benefit.amounts);
  }

  const months = Array.from({ length: COMPARISON_MONTHS }, (_, i) => {
    const amountsEur = perMonth.map((amounts) => amounts[i]);
    return { month: i + 1, totalEur: euros(amountsEur.reduce((a, b) => a + b, 0)), amountsEur };
  });
  return {
    pathId: path.id,
    items,
    months,
    totalEur: euros(items.reduce((sum, item) => sum + item.totalEur, 0)),
  };
}

/**
 * Unemployment benefit (WW) from the first month without salary, for as long as the employment history gives,
 * and only in months without wages: 75 % of the daily wage for the first two months, 70 % after, the daily wage
 * capped at the maximum in force when the benefit starts. Assumes the weeks requirement is met (26 of the last 36
 * weeks worked), as it is for someone employed until the plan's end date.
 */
function unemploymentBenefit(
  figures: EmployeeFigures,
  employmentEndDate: string,
  salaried: readonly boolean[],
): { item: Omit<ComparisonItem, 'totalEur'>; amounts: number[] } | null {
  const first = salaried.findIndex((s) => !s);
  if (first < 0) return null;
  const law = statutoryValuesOn(monthStart(employmentEndDate, first + 1));
  const wage = monthlyWage(figures, law);
  const dailyWage = Math.min((wage * 12) / law.workdaysPerYear.value, law.maximumDailyWage.value);
  const monthlyBase = (dailyWage * law.workdaysPerYear.value) / 12;
  const start = monthStart(employmentEndDate, first + 1);
  const duration = benefitMonths(figures.employmentHistoryYears, start, law);
  const amounts = new Array<number>(COMPARISON_MONTHS).fill(0);
  let paid = 0;
  for (let i = first; i < COMPARISON_MONTHS && paid < duration; i++) {
    // A new job ends the benefit: the months after it are not "saved up".
    if (salaried[i]) break;
    const percent =
      paid < law.benefitHighRateMonths.value
        ? law.benefitHighRatePercent.value
        : law.benefitLowRatePercent.value;
    // A half month of entitlement at the end is paid as half a month.
    const share = Math.min(1, duration - paid);
    amounts[i] = euros((monthlyBase * percent * share) / 100);
    paid += share;
  }
  const d = money(euros(dailyWage));
  const capped = (wage * 12) / law.workdaysPerYear.value > law.maximumDailyWage.value;
  return {
    item: {
      source: { kind: 'STATUTORY', rule: 'UNEMPLOYMENT_BENEFIT' },
      kind: 'UNEMPLOYMENT_BENEFIT',
      description: {
        nl: 'WW-uitkering (schatting; het UWV beslist)',
        en: 'Unemployment benefit, WW (an estimate; the UWV decides)',
      },
      calculation: {
        nl:
          `Dagloon ${d.nl}${capped ? ' (het maximumdagloon)' : ` (maandloon × 12 / ${law.workdaysPerYear.value})`}; ` +
          `${law.benefitHighRatePercent.value}% de eerste ${law.benefitHighRateMonths.value} maanden, daarna ` +
          `${law.benefitLowRatePercent.value}%; ${nlNumber.format(duration)} maanden bij ${Math.floor(figures.employmentHistoryYears)} jaar arbeidsverleden, ` +
          `vanaf maand ${first + 1} en zolang er geen loon is`,
        en:
          `Daily wage ${d.en}${capped ? ' (the maximum daily wage)' : ` (monthly wage × 12 / ${law.workdaysPerYear.value})`}; ` +
          `${law.benefitHighRatePercent.value}% for the first ${law.benefitHighRateMonths.value} months, then ` +
          `${law.benefitLowRatePercent.value}%; ${duration} months for ${Math.floor(figures.employmentHistoryYears)} years of employment history, ` +
          `from month ${first + 1} and while there are no wages`,
      },
      parameters: [
        law.holidayAllowancePercent,
        law.workdaysPerYear,
        law.benefitHalfMonthYearsFrom,
        law.maximumDailyWage,
        law.benefitHighRatePercent,
        law.benefitHighRateMonths,
        law.benefitLowRatePercent,
        law.benefitMinimumMonths,
        law.benefitMaximumMonths,
      ],
    },
    amounts,
  };
}
