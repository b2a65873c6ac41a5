/**
 * What a mobility plan offers, as its author writes it: plain data, stored as one version's content and read by
 * the comparison. Amounts in euros, gross; months counted from the plan's end of employment (month 1 is the
 * first month after it), so every path is compared over the same 24 months.
 */
export type PathKind = 'TAKEOVER' | 'NEW_EMPLOYER' | 'GUIDANCE' | 'OWN_WAY' | 'OTHER';

export interface LocalisedText {
  readonly nl: string;
  readonly en: string;
}

/** One sum of money a path pays or a source of income it assumes, with the plan's own words for it. */
export type FinancialElement =
  | {
      /** The statutory transition payment, or a multiple of it (1.5 = 150 %), paid in `month`. */
      readonly kind: 'TRANSITION_PAYMENT';
      readonly factor: number;
      readonly month: number;
      readonly description: LocalisedText;
    }
  | {
      /** A fixed sum, paid in `month`. */
      readonly kind: 'LUMP_SUM';
      readonly amountEur: number;
      readonly month: number;
      readonly description: LocalisedText;
    }
  | {
      /** A sum of `months` times the monthly salary (with holiday allowance), paid once in `month`. */
      readonly kind: 'SALARY_SUPPLEMENT';
      readonly months: number;
      readonly month: number;
      readonly description: LocalisedText;
    }
  | {
      /** The salary goes on (at `percent`) for `months` months from month 1: a notice or guidance period. */
      readonly kind: 'CONTINUED_SALARY';
      readonly months: number;
      readonly percent: number;
      readonly description: LocalisedText;
    }
  | {
      /**
       * Wages from a new job that the plan assumes (the organisation taking over the tasks pays the same, say),
       * at `percent` of the current salary from `fromMonth`. An assumption the plan states, not a promise.
       */
      readonly kind: 'EXPECTED_SALARY';
      readonly percent: number;
      readonly fromMonth: number;
      readonly description: LocalisedText;
    };

export interface PathContent {
  readonly id: string;
  readonly kind: PathKind;
  readonly name: LocalisedText;
  readonly description: LocalisedText;
  readonly trainingBudgetEur: number;
  readonly mediationHours: number;
  readonly coachingHours: number;
  /** How long the help on this path lasts. */
  readonly durationMonths: number;
  readonly conditions: LocalisedText;
  /** Whether choosing this path keeps the right to unemployment benefit (WW) once no salary is paid. */
  readonly keepsUnemploymentBenefit: boolean;
  /**
   * Whether the employer follows up who chose it (HR leads then see their names, not only a count). Left out in
   * older content: the guidance path is followed up, the others not.
   */
  readonly followUp?: boolean;
  readonly elements: readonly FinancialElement[];
}

export const COMPARISON_MONTHS = 24;

/** A section of the plan's information guide: plain language, printed with the plan version. */
export interface GuideSection {
  readonly title: LocalisedText;
  readonly body: LocalisedText;
}

/** Whether a path's choosers are named to the HR lead (see PathContent.followUp). */
export function needsFollowUp(path: PathContent): boolean {
  return path.followUp ?? path.kind === 'GUIDANCE';
}
