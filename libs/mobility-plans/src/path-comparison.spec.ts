import { benefitMonths, comparePath, monthStart, transitionPayment } from './path-comparison';
import type { FinancialElement, PathContent } from './plan-content';
import { STATUTORY_PARAMETERS, statutoryValuesOn } from './statutory-parameters';

const text = (nl: string) => ({ nl, en: nl });

function path(elements: FinancialElement[], keepsUnemploymentBenefit: boolean): PathContent {
  return {
    id: 'p1',
    kind: 'GUIDANCE',
    name: text('Begeleiding'),
    description: text(''),
    trainingBudgetEur: 2500,
    mediationHours: 20,
    coachingHours: 10,
    durationMonths: 6,
    conditions: text(''),
    keepsUnemploymentBenefit,
    elements,
  };
}

/**
 * Worked examples, computed by hand (the figures in the comments are the arithmetic, to the cent).
 * Monthly wage = salary × 1.08 (8 % holiday allowance).
 */
describe('comparing a path on an employee’s own figures', () => {
  it('A: €3,000 a month, 12 years of service, 20 years of work, employment ends 31 Dec 2026', () => {
    // Monthly wage 3,000 × 1.08 = 3,240.
    // Transition payment: 3,240 / 3 × 12 = 12,960 (cap max(102,000, 12 × 3,240 = 38,880) = 102,000 not reached).
    // Salary goes on 6 months: 6 × 3,240 = 19,440.
    // WW from month 7: daily wage 3,240 × 12 / 261 = 148.97 (under the maximum 304.25); monthly 148.97 × 21.75
    //   = 3,240; 75 % = 2,430 for 2 months, 70 % = 2,268 after.
    // Duration: 20 years, benefit from 2027: 11 of them from 2016 on, 9 before; the first 10 count a month
    //   each, the other 10 (from 2016) half: 10 + 5 = 15 months → months 7–21.
    // WW total: 2 × 2,430 + 13 × 2,268 = 4,860 + 29,484 = 34,344. Path total 12,960 + 19,440 + 34,344 = 66,744.
    const result = comparePath(
      path(
        [
          { kind: 'TRANSITION_PAYMENT', factor: 1, month: 1, description: text('Transitievergoeding') },
          {
            kind: 'CONTINUED_SALARY',
            months: 6,
            percent: 100,
            description: text('Loon tijdens begeleiding'),
          },
        ],
        true,
      ),
      { grossMonthlySalaryEur: 3000, yearsOfService: 12, employmentHistoryYears: 20 },
      '2026-12-31',
    );
    expect(result.items.map((i) => [i.kind, i.totalEur])).toEqual([
      ['TRANSITION_PAYMENT', 12_960],
      ['CONTINUED_SALARY', 19_440],
      ['UNEMPLOYMENT_BENEFIT', 34_344],
    ]);
    expect(result.totalEur).toBe(66_744);
    expect(result.months.map((m) => m.totalEur)).toEqual([
      16_200,
      3240,
      3240,
      3240,
      3240,
      3240,
      2430,
      2430,
      ...new Array(13).fill(2268),
      0,
      0,
      0,
    ]);
    expect(result.items[0].calculation.nl.replace(/\u00a0/g, ' ')).toBe(
      '1/3 × maandloon € 3.240,00 (salaris met 8% vakantiegeld) × 12 dienstjaren = € 12.960,00; het maximum (€ 102.000,00) is niet bereikt',
    );
    expect(result.items[2].calculation.nl).toContain('15 maanden bij 20 jaar arbeidsverleden, vanaf maand 7');
  });

  it('B: a high salary meets both caps: a year’s wage for the transition payment, the maximum daily wage for WW', () => {
    // Monthly wage 9,000 × 1.08 = 9,720. 40 years: 9,720 / 3 × 40 = 129,600; cap max(102,000, 116,640) = 116,640.
    // WW from July 2026: daily wage 9,720 × 12 / 261 = 446.90 > maximum 304.25 (1 Jan 2026); monthly
    //   304.25 × 261 / 12 = 6,617.4375; 75 % = 4,963.08; 70 % = 4,632.21 (SEH's 2026 figures: € 4.963 and € 4.632).
    // Duration: 40 years, 10 of them from 2016: 30 + 10 × 0.5 = 35 → the maximum, 24 months.
    const law = statutoryValuesOn('2026-07-01');
    const payment = transitionPayment(
      { grossMonthlySalaryEur: 9000, yearsOfService: 40, employmentHistoryYears: 40 },
      law,
    );
    expect(payment.amountEur).toBe(116_640);
    expect(payment.calculation.en).toContain('capped at €116,640.00');
    const result = comparePath(
      path([], true),
      { grossMonthlySalaryEur: 9000, yearsOfService: 40, employmentHistoryYears: 40 },
      '2026-06-30',
    );
    expect(result.months.slice(0, 3).map((m) => m.totalEur)).toEqual([4963.08, 4963.08, 4632.21]);
    expect(result.months.every((m) => m.totalEur > 0)).toBe(true);
    expect(result.items[0].calculation.nl).toContain('(het maximumdagloon)');
  });

  it('counts WW duration as UWV does: 26 years from 2022 is 20 + 3 = 23 months; ten and a half months pay half at the end', () => {
    expect(benefitMonths(26, '2022-03-01', statutoryValuesOn('2022-03-01'))).toBe(23);
    expect(benefitMonths(11, '2027-01-01', statutoryValuesOn('2027-01-01'))).toBe(10.5);
    expect(benefitMonths(1, '2027-01-01', statutoryValuesOn('2027-01-01'))).toBe(3);
    // €2,000 → wage 2,160, WW 70 % = 1,512; the 11th month is half: 756.
    const result = comparePath(
      path([], true),
      { grossMonthlySalaryEur: 2000, yearsOfService: 3, employmentHistoryYears: 11 },
      '2026-12-31',
    );
    expect(result.months[9].totalEur).toBe(1512);
    expect(result.months[10].totalEur).toBe(756);
    expect(result.months[11].totalEur).toBe(0);
  });

  it('a new job the plan expects ends the benefit, and a path without WW rights has none', () => {
    // Wage 3,240. Takeover: same wages from month 1; nothing else. Own way: lump sum 20,000, no WW.
    const takeover = comparePath(
      path(
        [
          {
            kind: 'EXPECTED_SALARY',
            percent: 100,
            fromMonth: 1,
            description: text('Loon bij de nieuwe organisatie'),
          },
        ],
        true,
      ),
      { grossMonthlySalaryEur: 3000, yearsOfService: 12, employmentHistoryYears: 20 },
      '2026-12-31',
    );
    expect(takeover.items.map((i) => i.kind)).toEqual(['EXPECTED_SALARY']);
    expect(takeover.totalEur).toBe(24 * 3240);
    // WW from month 1 until a job the plan expects from month 4: three months, then none.
    const bridge = comparePath(
      path([{ kind: 'EXPECTED_SALARY', percent: 90, fromMonth: 4, description: text('Nieuwe baan') }], true),
      { grossMonthlySalaryEur: 3000, yearsOfService: 12, employmentHistoryYears: 20 },
      '2026-12-31',
    );
    expect(bridge.months.slice(0, 5).map((m) => m.totalEur)).toEqual([2430, 2430, 2268, 2916, 2916]);
    const ownWay = comparePath(
      path([{ kind: 'LUMP_SUM', amountEur: 20_000, month: 1, description: text('Vertrekpremie') }], false),
      { grossMonthlySalaryEur: 3000, yearsOfService: 12, employmentHistoryYears: 20 },
      '2026-12-31',
    );
    expect(ownWay.totalEur).toBe(20_000);
    expect(ownWay.months[0].amountsEur).toEqual([20_000]);
  });

  it('a supra-statutory transition payment and a salary supplement say how they were computed', () => {
    const result = comparePath(
      path(
        [
          { kind: 'TRANSITION_PAYMENT', factor: 1.5, month: 2, description: text('Bovenwettelijk') },
          { kind: 'SALARY_SUPPLEMENT', months: 3, month: 1, description: text('Drie maandsalarissen') },
        ],
        false,
      ),
      { grossMonthlySalaryEur: 3000, yearsOfService: 12, employmentHistoryYears: 20 },
      '2026-12-31',
    );
    // 150 % × 12,960 = 19,440 in month 2; 3 × 3,240 = 9,720 in month 1.
    expect(result.months[0].totalEur).toBe(9720);
    expect(result.months[1].totalEur).toBe(19_440);
    expect(result.items[0].calculation.en).toMatch(
      /^150% of the statutory transition payment: 1\/3 × monthly wage/,
    );
  });

  it('every amount names its dated parameters and their sources; a figure past its due date is marked', () => {
    const result = comparePath(
      path([{ kind: 'TRANSITION_PAYMENT', factor: 1, month: 1, description: text('T') }], true),
      { grossMonthlySalaryEur: 3000, yearsOfService: 12, employmentHistoryYears: 20 },
      '2026-12-31',
    );
    for (const item of result.items)
      for (const parameter of item.parameters) {
        expect(parameter.source.url).toMatch(/^https:\/\//);
        expect(parameter.validFrom <= '2027-01-01').toBe(true);
      }
    // The law on the day the contract ends: 31 December 2026 is 2026's maximum, known, not assumed.
    const maximum = result.items[0].parameters.find((p) => p.id === 'transitionPaymentMaximum')!;
    expect(maximum).toMatchObject({ validFrom: '2026-01-01', value: 102_000, assumedToContinue: false });
    expect(statutoryValuesOn('2027-03-01').transitionPaymentMaximum.assumedToContinue).toBe(true);
    // An end on 31 December 2025 caps at 2025's maximum: wage 9,720, 40 years → 129,600, cap max(98,000, 116,640).
    const capped = comparePath(
      path([{ kind: 'TRANSITION_PAYMENT', factor: 1, month: 1, description: text('T') }], false),
      { grossMonthlySalaryEur: 9000, yearsOfService: 40, employmentHistoryYears: 40 },
      '2025-12-31',
    );
    expect(capped.items[0].parameters.find((p) => p.id === 'transitionPaymentMaximum')).toMatchObject({
      value: 98_000,
    });
  });

  it('the parameter table is in date order, with a source for every row', () => {
    for (const definition of STATUTORY_PARAMETERS) {
      const dates = definition.rows.map((r) => r.validFrom);
      expect([...dates].sort()).toEqual(dates);
      for (const row of definition.rows) expect(row.source.url).toMatch(/^https:\/\//);
    }
  });

  it('month 1 is the month after the end of employment, and no calendar month is skipped or counted twice', () => {
    expect(monthStart('2026-12-31', 1)).toBe('2027-01-01');
    expect(monthStart('2026-12-31', 7)).toBe('2027-07-01');
    expect(monthStart('2026-06-30', 1)).toBe('2026-07-01');
    expect([1, 2, 3].map((m) => monthStart('2027-01-30', m))).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
    ]);
    const months = Array.from({ length: 24 }, (_, i) => monthStart('2027-01-29', i + 1).slice(0, 7));
    expect(new Set(months).size).toBe(24);
  });
});
