import type { LocalisedMessage } from '@werkbrug/core';
import { COMPARISON_MONTHS, type FinancialElement, type PathContent } from './plan-content';

export interface PlanProblem {
  readonly field: string;
  readonly message: LocalisedMessage;
}

export interface DraftFacts {
  readonly title: { nl: string; en: string };
  readonly employmentEndDate: string;
  readonly choiceDeadline: string;
  readonly paths: readonly PathContent[];
}

const blank = (s: string) => s.trim().length === 0;

/**
 * Which numbers each kind of financial element needs, and their ranges: checked when a draft is saved, so a draft
 * never holds an element the comparison cannot compute. Returns the first problem, or null.
 */
export function elementProblem(element: FinancialElement, field: string): PlanProblem | null {
  const month = (m: number, name: string): PlanProblem | null =>
    Number.isInteger(m) && m >= 1 && m <= COMPARISON_MONTHS
      ? null
      : {
          field: `${field}.${name}`,
          message: {
            nl: `Kies een maand van 1 tot en met ${COMPARISON_MONTHS} (maand 1 is de eerste maand na het einde van het dienstverband).`,
            en: `Choose a month from 1 to ${COMPARISON_MONTHS} (month 1 is the first month after employment ends).`,
          },
        };
  const range = (value: number, name: string, min: number, max: number): PlanProblem | null =>
    Number.isFinite(value) && value >= min && value <= max
      ? null
      : {
          field: `${field}.${name}`,
          message: {
            nl: `Geef een getal van ${min} tot en met ${max}.`,
            en: `Give a number from ${min} to ${max}.`,
          },
        };
  switch (element.kind) {
    case 'TRANSITION_PAYMENT':
      return range(element.factor, 'factor', 1, 5) ?? month(element.month, 'month');
    case 'LUMP_SUM':
      return range(element.amountEur, 'amountEur', 1, 1_000_000) ?? month(element.month, 'month');
    case 'SALARY_SUPPLEMENT':
      return range(element.months, 'months', 0.5, 60) ?? month(element.month, 'month');
    case 'CONTINUED_SALARY':
      return (
        range(element.months, 'months', 1, COMPARISON_MONTHS) ?? range(element.percent, 'percent', 1, 100)
      );
    case 'EXPECTED_SALARY':
      return range(element.percent, 'percent', 1, 200) ?? month(element.fromMonth, 'fromMonth');
  }
}

/**
 * What must hold before a version is published: everyone reads it, so every path is named and described in both
 * languages, the dates are in order and the deadline is not past. All problems at once, so they can be fixed in
 * one go.
 */
export function publishProblems(draft: DraftFacts, today: string): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (blank(draft.title.nl) || blank(draft.title.en))
    problems.push({
      field: 'title',
      message: {
        nl: 'Geef het plan een titel in het Nederlands en het Engels.',
        en: 'Give the plan a title in Dutch and English.',
      },
    });
  if (draft.choiceDeadline < today)
    problems.push({
      field: 'choiceDeadline',
      message: { nl: 'De keuzedatum ligt in het verleden.', en: 'The deadline to choose is in the past.' },
    });
  if (draft.paths.length < 2)
    problems.push({
      field: 'paths',
      message: {
        nl: 'Een mobiliteitsplan biedt ten minste twee keuzepaden.',
        en: 'A mobility plan offers at least two choice paths.',
      },
    });
  draft.paths.forEach((path, i) => {
    if ([path.name.nl, path.name.en, path.description.nl, path.description.en].some(blank))
      problems.push({
        field: `paths.${i}`,
        message: {
          nl: `Pad ${i + 1}: geef een naam en een beschrijving in het Nederlands en het Engels.`,
          en: `Path ${i + 1}: give a name and a description in Dutch and English.`,
        },
      });
    path.elements.forEach((element, j) => {
      if (blank(element.description.nl) || blank(element.description.en))
        problems.push({
          field: `paths.${i}.elements.${j}`,
          message: {
            nl: `Pad ${i + 1}, bedrag ${j + 1}: beschrijf het in het Nederlands en het Engels.`,
            en: `Path ${i + 1}, amount ${j + 1}: describe it in Dutch and English.`,
          },
        });
    });
  });
  return problems;
}

/** An element as a form or an API sends it: a kind and whichever numbers were filled in. */
export interface ElementFields {
  readonly kind: FinancialElement['kind'];
  readonly description: { nl: string; en: string };
  readonly factor?: number | null;
  readonly amountEur?: number | null;
  readonly months?: number | null;
  readonly month?: number | null;
  readonly percent?: number | null;
  readonly fromMonth?: number | null;
}

const NEEDS: { readonly [K in FinancialElement['kind']]: readonly (keyof ElementFields)[] } = {
  TRANSITION_PAYMENT: ['factor', 'month'],
  LUMP_SUM: ['amountEur', 'month'],
  SALARY_SUPPLEMENT: ['months', 'month'],
  CONTINUED_SALARY: ['months', 'percent'],
  EXPECTED_SALARY: ['percent', 'fromMonth'],
};

/**
 * The element its kind describes, or the first problem: a number the kind needs and that is missing, or one out
 * of range. Numbers the kind does not use are left out, so nothing stored means something it does not.
 */
export function elementFromFields(fields: ElementFields, field: string): FinancialElement | PlanProblem {
  const missing = NEEDS[fields.kind].find((name) => fields[name] === null || fields[name] === undefined);
  if (missing)
    return {
      field: `${field}.${missing}`,
      message: {
        nl: `Een bedrag van deze soort heeft "${missing}" nodig.`,
        en: `An amount of this kind needs "${missing}".`,
      },
    };
  const n = (name: keyof ElementFields) => fields[name] as number;
  const description = { nl: fields.description.nl, en: fields.description.en };
  const element: FinancialElement = (() => {
    switch (fields.kind) {
      case 'TRANSITION_PAYMENT':
        return { kind: fields.kind, factor: n('factor'), month: n('month'), description };
      case 'LUMP_SUM':
        return { kind: fields.kind, amountEur: n('amountEur'), month: n('month'), description };
      case 'SALARY_SUPPLEMENT':
        return { kind: fields.kind, months: n('months'), month: n('month'), description };
      case 'CONTINUED_SALARY':
        return { kind: fields.kind, months: n('months'), percent: n('percent'), description };
      case 'EXPECTED_SALARY':
        return { kind: fields.kind, percent: n('percent'), fromMonth: n('fromMonth'), description };
    }
  })();
  return elementProblem(element, field) ?? element;
}

export function isPlanProblem(value: FinancialElement | PlanProblem): value is PlanProblem {
  return 'field' in value && 'message' in value;
}
