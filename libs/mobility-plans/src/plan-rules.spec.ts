import { Role, type Viewer } from '@werkbrug/core';
import type { PathContent } from './plan-content';
import { planAccess } from './plan-access';
import { elementFromFields, isPlanProblem, publishProblems } from './plan-validation';
import { pathValues } from './proportionality';

const text = (nl: string) => ({ nl, en: nl });
const plan = { employerId: 'e1', regionCode: 'AM01' };

describe('who writes and who reads a plan', () => {
  const viewers: [Viewer, string][] = [
    [{ role: Role.HR_LEAD, userId: 'u', employerId: 'e1', regionCode: 'AM01' }, 'EDIT'],
    [{ role: Role.HR_LEAD, userId: 'u', employerId: 'e2', regionCode: 'AM01' }, 'NONE'],
    [{ role: Role.MOBILITY_TEAM, userId: 'u', regionCode: 'AM01' }, 'EDIT'],
    [{ role: Role.MOBILITY_TEAM, userId: 'u', regionCode: 'AM02' }, 'NONE'],
    [
      { role: Role.JOB_SEEKER, userId: 'u', candidateId: 'c', employerId: 'e1', regionCode: 'AM01' },
      'READ_PUBLISHED',
    ],
    [{ role: Role.JOB_SEEKER, userId: 'u', candidateId: 'c', employerId: 'e2', regionCode: 'AM01' }, 'NONE'],
    [{ role: Role.ADMINISTRATOR, userId: 'u' }, 'NONE'],
    [{ role: Role.COUNSELLOR, userId: 'u', regionCode: 'AM01', caseload: ['c'] }, 'NONE'],
  ];
  it.each(viewers)('%o → %s', (viewer, access) => expect(planAccess(viewer, plan)).toBe(access));
});

describe('financial elements as a form sends them', () => {
  it('keeps only the numbers the kind uses', () => {
    expect(
      elementFromFields(
        { kind: 'LUMP_SUM', description: text('x'), amountEur: 500, month: 2, percent: 80 },
        'e',
      ),
    ).toEqual({ kind: 'LUMP_SUM', amountEur: 500, month: 2, description: text('x') });
  });

  it('names the missing or out-of-range number', () => {
    const missing = elementFromFields({ kind: 'CONTINUED_SALARY', description: text('x'), months: 3 }, 'p.0');
    expect(isPlanProblem(missing) && missing.field).toBe('p.0.percent');
    const late = elementFromFields(
      { kind: 'TRANSITION_PAYMENT', description: text('x'), factor: 1, month: 25 },
      'p',
    );
    expect(isPlanProblem(late) && late.field).toBe('p.month');
  });
});

describe('publishing', () => {
  it('lists every problem at once', () => {
    const path = (name: string): PathContent => ({
      id: name,
      kind: 'OTHER',
      name: text(name),
      description: text(''),
      trainingBudgetEur: 0,
      mediationHours: 0,
      coachingHours: 0,
      durationMonths: 0,
      conditions: text(''),
      keepsUnemploymentBenefit: false,
      elements: [{ kind: 'LUMP_SUM', amountEur: 1, month: 1, description: text(' ') }],
    });
    const problems = publishProblems(
      {
        title: text('Plan'),
        employmentEndDate: '2027-06-30',
        choiceDeadline: '2026-01-01',
        paths: [path('a')],
      },
      '2026-12-06',
    );
    expect(problems.map((p) => p.field)).toEqual([
      'choiceDeadline',
      'paths',
      'paths.0',
      'paths.0.elements.0',
    ]);
  });
});

describe('proportionality', () => {
  const base: Omit<PathContent, 'id' | 'elements'> = {
    kind: 'OTHER',
    name: text('p'),
    description: text('p'),
    trainingBudgetEur: 0,
    mediationHours: 0,
    coachingHours: 0,
    durationMonths: 0,
    conditions: text(''),
    keepsUnemploymentBenefit: true,
  };
  it('counts what the plan gives (money and help), not WW or a new employer’s wages, and flags the odd one out', () => {
    // Employee: wage 2,000 × 1.08 = 2,160. Path a: lump sum 10,000. Path b: training 4,000 + 60 hours × 100 = 10,000.
    // Path c: lump sum 2,000 and wages from a new job (not counted) → 2,000. Median 10,000: c is 80 % below.
    const values = pathValues(
      [
        {
          ...base,
          id: 'a',
          elements: [{ kind: 'LUMP_SUM', amountEur: 10_000, month: 1, description: text('') }],
        },
        { ...base, id: 'b', trainingBudgetEur: 4000, mediationHours: 40, coachingHours: 20, elements: [] },
        {
          ...base,
          id: 'c',
          elements: [
            { kind: 'LUMP_SUM', amountEur: 2000, month: 1, description: text('') },
            { kind: 'EXPECTED_SALARY', percent: 100, fromMonth: 2, description: text('') },
          ],
        },
      ],
      { grossMonthlySalaryEur: 2000, yearsOfService: 2, employmentHistoryYears: 5 },
      '2026-12-31',
      100,
    );
    expect(values.map((v) => [v.pathId, v.moneyEur, v.helpEur, v.totalEur, v.uneven])).toEqual([
      ['a', 10_000, 0, 10_000, false],
      ['b', 0, 10_000, 10_000, false],
      ['c', 2000, 0, 2000, true],
    ]);
    expect(values[2].fromMedian).toBeCloseTo(-0.8);
  });
});
