import { planProblemText, type PlanProblem } from './placement-plan-problem';

const base: Omit<PlanProblem, 'reason'> = {
  earliestStart: '2027-01-18',
  earliestBy: 'LEAD_TIME',
  contractEndDate: '2027-05-31',
  contractHoursPerWeek: 32,
  ownWorkHoursPerWeek: 16,
  // The search stopped at the contract end.
  searchedUntil: '2027-05-31',
};

describe('planProblemText', () => {
  it('names the real cause with its figures, in Dutch and English', () => {
    const text = planProblemText(
      { ...base, reason: 'NO_HOURS_LEFT', ownWorkHoursPerWeek: 32 },
      'NEED_TO_KNOW',
    );
    expect(text.nl).toContain('het contract van 32 uur per week laat naast 32 uur eigen werk geen uren over');
    expect(text.en).toContain('the 32-hour contract leaves no hours beside 32 hours of own work');
  });

  it('never shows the host the contract end, not even as the end of the search', () => {
    for (const reason of ['CONTRACT_ENDS_TOO_SOON', 'HOST_FULL', 'CANDIDATE_BUSY'] as const) {
      const host = planProblemText({ ...base, reason }, 'HOST');
      expect({ reason, nl: host.nl.includes('31 mei 2027'), en: host.en.includes('31 May 2027') }).toEqual({
        reason,
        nl: false,
        en: false,
      });
      const lender = planProblemText({ ...base, reason }, 'NEED_TO_KNOW');
      expect(lender.nl).toContain('31 mei 2027');
    }
  });
});
