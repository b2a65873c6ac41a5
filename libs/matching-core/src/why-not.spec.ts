import { CandidateStatus, ContractType, Shift, SupportNeed, VacancyKind } from '@werkbrug/core/domain-enums';
import { HARD_RULES } from './hard-rules';
import { fixtureContext, readyCandidate, readyVacancy } from './testing-fixtures';
import { dropOutCounts, RULE_NAMES, whyNotMatched } from './why-not';

describe('whyNotMatched', () => {
  const context = fixtureContext();

  it('is empty for a pair no rule excludes', () => {
    expect(whyNotMatched(readyCandidate(context), readyVacancy(context))).toEqual([]);
  });

  it('lists every broken rule in evaluation order, each with a remedy in both languages', () => {
    const c = readyCandidate(context, {
      contractTypes: [ContractType.PERMANENT],
      hoursMin: 8,
      hoursMax: 12,
      supportNeeds: [SupportNeed.NO_NIGHT_SHIFTS],
    });
    const v = readyVacancy(context, {
      contractType: ContractType.FIXED_TERM,
      hoursMin: 24,
      hoursMax: 32,
      shifts: [Shift.NIGHT],
    });
    const exclusions = whyNotMatched(c, v);
    expect(exclusions.map((e) => e.rule)).toEqual(['CONTRACT_TYPE', 'HOURS_NO_OVERLAP', 'SUPPORT_NEEDS']);
    for (const e of exclusions) {
      expect(e.remedy.nl.length).toBeGreaterThan(20);
      expect(e.remedy.en.length).toBeGreaterThan(20);
    }
    expect(exclusions[1].remedy.nl).toContain('minstens 24 uur; de kandidaat wil hoogstens 12');
    expect(exclusions[2].remedy.nl).toContain('zonder nachtdiensten');
  });

  it('a placement on the own contract is never excluded by the contract types wanted for a new job', () => {
    const c = readyCandidate(context, { contractTypes: [ContractType.PERMANENT] });
    for (const kind of [
      VacancyKind.SECONDMENT,
      VacancyKind.TRIAL_PLACEMENT,
      VacancyKind.WORK_EXPERIENCE,
      VacancyKind.PROJECT_HIRE,
    ]) {
      const v = readyVacancy(context, { kind, contractType: ContractType.TRAINEESHIP });
      expect({ kind, rules: whyNotMatched(c, v).map((e) => e.rule) }).toEqual({ kind, rules: [] });
    }
    const job = readyVacancy(context, { kind: VacancyKind.JOB, contractType: ContractType.TRAINEESHIP });
    expect(whyNotMatched(c, job).map((e) => e.rule)).toEqual(['CONTRACT_TYPE']);
  });
});

describe('dropOutCounts', () => {
  const context = fixtureContext();
  const v = readyVacancy(context, { contractType: ContractType.FIXED_TERM, hoursMin: 24, hoursMax: 32 });

  it('counts each candidate once under the first rule it breaks, and every rule it breaks', () => {
    const candidates = [
      readyCandidate(context, { id: 'c1' }),
      readyCandidate(context, {
        id: 'c2',
        contractTypes: [ContractType.PERMANENT],
        hoursMax: 12,
        hoursMin: 8,
      }),
      readyCandidate(context, { id: 'c3', hoursMin: 8, hoursMax: 12 }),
      readyCandidate(context, { id: 'c4', status: CandidateStatus.PAUSED }),
    ];
    const counts = dropOutCounts(candidates, v, { sharedOnly: false });
    expect(counts.compared).toBe(3);
    expect(counts.eligible).toBe(1);
    const byRule = Object.fromEntries(counts.rules.map((r) => [r.rule, r]));
    expect(byRule.CONTRACT_TYPE).toMatchObject({ firstExcluded: 1, broken: 1 });
    expect(byRule.HOURS_NO_OVERLAP).toMatchObject({ firstExcluded: 1, broken: 2 });
    expect(counts.rules.map((r) => r.rule)).toEqual(HARD_RULES.filter((r) => r !== 'CANDIDATE_NOT_ACTIVE'));
  });

  it('for an employer, a profile not shared with it counts as not shared and nothing more', () => {
    const hidden = readyCandidate(context, {
      id: 'c5',
      sharing: ['someone-else'],
      hoursMin: 8,
      hoursMax: 12,
    });
    const employer = dropOutCounts([hidden], v, { sharedOnly: true });
    const byRule = Object.fromEntries(employer.rules.map((r) => [r.rule, r]));
    expect(byRule.NOT_SHARED_WITH_EMPLOYER).toMatchObject({ firstExcluded: 1, broken: 1 });
    expect(byRule.HOURS_NO_OVERLAP).toMatchObject({ firstExcluded: 0, broken: 0 });
    const team = dropOutCounts([hidden], v, { sharedOnly: false });
    expect(Object.fromEntries(team.rules.map((r) => [r.rule, r.broken])).HOURS_NO_OVERLAP).toBe(1);
  });

  it('names every rule in Dutch and English', () => {
    for (const rule of HARD_RULES) expect(RULE_NAMES[rule].nl && RULE_NAMES[rule].en).toBeTruthy();
  });
});
