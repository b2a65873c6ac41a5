import {
  CandidateStatus,
  ContractType,
  Shift,
  SupportNeed,
  VacancyKind,
  VacancyStatus,
} from '@werkbrug/core/domain-enums';
import { explainMatch } from './explain';
import { brokenRules, checkPair, HARD_RULES, REJECTED, type HardRule } from './hard-rules';
import { scorePair } from './pair-score';
import {
  fixtureContext,
  HOME,
  readyCandidate,
  readyVacancy,
  skill,
  type candidateFeatures,
  type vacancyFeatures,
} from './testing-fixtures';

type CandidateOverrides = Parameters<typeof candidateFeatures>[0];
type VacancyOverrides = Parameters<typeof vacancyFeatures>[0];

function verdict(candidate: CandidateOverrides, vacancy: VacancyOverrides, allowOwnEmployer = false) {
  const context = fixtureContext({ allowOwnEmployer });
  const c = readyCandidate(context, candidate);
  const v = readyVacancy(context, vacancy);
  return {
    rules: brokenRules(c, v),
    code: checkPair(c, v),
    score: scorePair(c, v),
    explanation: explainMatch(c, v),
  };
}

function expectOnly(rule: HardRule, candidate: CandidateOverrides, vacancy: VacancyOverrides = {}) {
  const { rules, code, score, explanation } = verdict(candidate, vacancy);
  expect(rules).toEqual([rule]);
  expect(code).toBe(REJECTED[rule]);
  expect(score).toBeNull();
  expect(explanation.eligible).toBe(false);
  expect(explanation.score).toBeNull();
  expect(explanation.improvements).toEqual([]);
  expect(explanation.brokenRules.map((r) => r.rule)).toEqual([rule]);
  for (const { explanation: text } of explanation.brokenRules) {
    expect(text.nl.length).toBeGreaterThan(10);
    expect(text.en.length).toBeGreaterThan(10);
  }
}

describe('hard rules', () => {
  it('the default fixtures break none, and the pair gets a score', () => {
    const { rules, code, score } = verdict({}, {});
    expect(rules).toEqual([]);
    expect(code).toBeGreaterThan(0);
    expect(score).not.toBeNull();
  });

  it('REJECTED codes follow HARD_RULES order', () => {
    HARD_RULES.forEach((rule, i) => expect(REJECTED[rule]).toBe(-(i + 1)));
  });

  it('CANDIDATE_NOT_ACTIVE: a paused, placed or draft profile', () => {
    for (const status of [CandidateStatus.PAUSED, CandidateStatus.PLACED, CandidateStatus.DRAFT]) {
      expectOnly('CANDIDATE_NOT_ACTIVE', { status });
    }
  });

  it('VACANCY_NOT_OPEN: a draft, filled or closed vacancy', () => {
    for (const status of [VacancyStatus.DRAFT, VacancyStatus.FILLED, VacancyStatus.CLOSED]) {
      expectOnly('VACANCY_NOT_OPEN', {}, { status });
    }
  });

  it('NO_SKILL_OVERLAP: not one required skill, nor a close one', () => {
    expectOnly(
      'NO_SKILL_OVERLAP',
      { strengths: [{ skill: skill('cook'), level: 3 }] },
      { required: [skill('reports')], niceToHave: [] },
    );
  });

  it('OWN_EMPLOYER: the own employer is excluded unless the region allows it', () => {
    expectOnly('OWN_EMPLOYER', { employerId: 'employer-b' });
    expect(verdict({ employerId: 'employer-b' }, {}, true).rules).toEqual([]);
  });

  it('NOT_SHARED_WITH_EMPLOYER: shared with selected employers only, or with another region', () => {
    expectOnly('NOT_SHARED_WITH_EMPLOYER', { sharing: ['employer-c'] });
    expect(verdict({ sharing: ['employer-c', 'employer-b'] }, {}).rules).toEqual([]);
    expectOnly('NOT_SHARED_WITH_EMPLOYER', {}, { regionCode: 'AM18' });
  });

  it('CONTRACT_TYPE: the type is not among the acceptable ones (none listed means any)', () => {
    expectOnly('CONTRACT_TYPE', { contractTypes: [ContractType.FIXED_TERM] });
    expect(verdict({ contractTypes: [] }, { contractType: ContractType.TEMPORARY_AGENCY }).rules).toEqual([]);
  });

  it.each([
    VacancyKind.SECONDMENT,
    VacancyKind.TRIAL_PLACEMENT,
    VacancyKind.WORK_EXPERIENCE,
    VacancyKind.PROJECT_HIRE,
  ])('CONTRACT_TYPE does not apply to a %s: the person keeps their own contract', (kind) => {
    const only = { contractTypes: [ContractType.PERMANENT] };
    const contractType =
      kind === VacancyKind.WORK_EXPERIENCE ? ContractType.TRAINEESHIP : ContractType.SECONDMENT;
    expect(verdict(only, { kind, contractType }).rules).toEqual([]);
    // A job with that contract type is still a new contract, which the person does not accept.
    expectOnly('CONTRACT_TYPE', only, { kind: VacancyKind.JOB, contractType });
  });

  it('HOURS_NO_OVERLAP: disjoint ranges; touching ranges still overlap', () => {
    expectOnly('HOURS_NO_OVERLAP', { hoursMin: 8, hoursMax: 16 }, { hoursMin: 32, hoursMax: 40 });
    expect(verdict({ hoursMin: 16, hoursMax: 32 }, { hoursMin: 32, hoursMax: 40 }).rules).toEqual([]);
  });

  it('START_DATE: available more than the tolerance after the vacancy starts', () => {
    expectOnly('START_DATE', { availableFrom: '2027-06-01' }, { startDate: '2027-02-01' });
    expect(verdict({ availableFrom: '2027-03-15' }, { startDate: '2027-02-01' }).rules).toEqual([]);
    expectOnly('START_DATE', { availableFrom: '2027-03-01' }, { startDate: null });
  });

  it('SUPPORT_NEEDS: no night shifts, or a fixed schedule against rotating shifts', () => {
    expectOnly('SUPPORT_NEEDS', { supportNeeds: [SupportNeed.NO_NIGHT_SHIFTS] }, { shifts: [Shift.NIGHT] });
    expect(
      verdict({ supportNeeds: [SupportNeed.NO_NIGHT_SHIFTS] }, { shifts: [Shift.EVENING] }).rules,
    ).toEqual([]);
    expectOnly(
      'SUPPORT_NEEDS',
      { supportNeeds: [SupportNeed.FIXED_SCHEDULE] },
      { shifts: [Shift.DAY, Shift.EVENING] },
    );
    expect(verdict({ supportNeeds: [SupportNeed.JOB_COACH] }, { shifts: [Shift.NIGHT] }).rules).toEqual([]);
  });

  it('TRAVEL_DISTANCE: farther than the candidate travels', () => {
    const thirtyKmNorth = { lat: HOME.lat + 0.27, lon: HOME.lon };
    expectOnly('TRAVEL_DISTANCE', { maxTravelKm: 15 }, { location: thirtyKmNorth });
    expect(verdict({ maxTravelKm: 40 }, { location: thirtyKmNorth }).rules).toEqual([]);
  });

  it('lists every broken rule for diagnostics; checkPair reports the first', () => {
    const { rules, code } = verdict(
      { status: CandidateStatus.PAUSED, hoursMin: 8, hoursMax: 12, maxTravelKm: 1 },
      { status: VacancyStatus.CLOSED },
    );
    expect(rules).toEqual([
      'CANDIDATE_NOT_ACTIVE',
      'VACANCY_NOT_OPEN',
      'HOURS_NO_OVERLAP',
      'TRAVEL_DISTANCE',
    ]);
    expect(code).toBe(REJECTED.CANDIDATE_NOT_ACTIVE);
  });
});
