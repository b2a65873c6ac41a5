import { applyPlacementAction, PlacementRuleError, type PlacementFacts } from './placement-lifecycle';
import { PlacementFollowUp, PlacementParty, PlacementStatus } from './placement.enums';

const proposed: PlacementFacts = {
  status: PlacementStatus.PROPOSED,
  lenderAgreed: false,
  hostAgreed: false,
  candidateConsented: false,
  startDate: '2027-03-01',
  hostEvaluation: null,
  candidateEvaluation: null,
  followUp: null,
};

describe('placement lifecycle', () => {
  it('is agreed once both HR leads agree and the candidate consents, in any order', () => {
    const parties = [PlacementParty.CANDIDATE, PlacementParty.HOST, PlacementParty.LENDER];
    for (const order of [parties, [...parties].reverse()]) {
      let facts = proposed;
      for (const [i, party] of order.entries()) {
        facts = applyPlacementAction(facts, party, { kind: 'AGREE' });
        expect(facts.status).toBe(i === 2 ? PlacementStatus.AGREED : PlacementStatus.PROPOSED);
      }
    }
  });

  it('runs agreed → active → ended with evaluations and a follow-up', () => {
    let facts: PlacementFacts = {
      ...proposed,
      status: PlacementStatus.AGREED,
      lenderAgreed: true,
      hostAgreed: true,
      candidateConsented: true,
    };
    expect(() =>
      applyPlacementAction(facts, PlacementParty.HOST, { kind: 'START', today: '2027-02-28' }),
    ).toThrow(PlacementRuleError);
    facts = applyPlacementAction(facts, PlacementParty.HOST, { kind: 'START', today: '2027-03-01' });
    expect(() =>
      applyPlacementAction(facts, PlacementParty.LENDER, {
        kind: 'FOLLOW_UP',
        followUp: PlacementFollowUp.HIRED,
      }),
    ).toThrow('The follow-up is recorded once the placement has ended.');
    facts = applyPlacementAction(facts, PlacementParty.LENDER, { kind: 'END' });
    facts = applyPlacementAction(facts, PlacementParty.HOST, { kind: 'EVALUATE', text: 'Goed gegaan' });
    facts = applyPlacementAction(facts, PlacementParty.CANDIDATE, { kind: 'EVALUATE', text: 'Leerzaam' });
    facts = applyPlacementAction(facts, PlacementParty.HOST, {
      kind: 'FOLLOW_UP',
      followUp: PlacementFollowUp.HIRED,
    });
    expect(facts).toMatchObject({
      status: PlacementStatus.ENDED,
      hostEvaluation: 'Goed gegaan',
      candidateEvaluation: 'Leerzaam',
      followUp: 'HIRED',
    });
  });

  it('asks everyone again when the terms change, and refuses what a party may not do', () => {
    const agreed: PlacementFacts = {
      ...proposed,
      status: PlacementStatus.AGREED,
      lenderAgreed: true,
      hostAgreed: true,
      candidateConsented: true,
    };
    expect(applyPlacementAction(agreed, PlacementParty.HOST, { kind: 'CHANGE_TERMS' })).toMatchObject({
      status: PlacementStatus.PROPOSED,
      lenderAgreed: false,
      hostAgreed: false,
      candidateConsented: false,
    });
    expect(() => applyPlacementAction(proposed, PlacementParty.MOBILITY_TEAM, { kind: 'AGREE' })).toThrow(
      PlacementRuleError,
    );
    expect(() => applyPlacementAction(proposed, PlacementParty.CANDIDATE, { kind: 'CANCEL' })).toThrow(
      PlacementRuleError,
    );
    expect(() =>
      applyPlacementAction(proposed, PlacementParty.LENDER, { kind: 'EVALUATE', text: 'x' }),
    ).toThrow(PlacementRuleError);
    expect(() =>
      applyPlacementAction({ ...proposed, startDate: null }, PlacementParty.HOST, { kind: 'AGREE' }),
    ).toThrow('The placement has no dates yet; wait for the proposal.');
    expect(applyPlacementAction(proposed, PlacementParty.CANDIDATE, { kind: 'DECLINE' }).status).toBe(
      PlacementStatus.DECLINED,
    );
  });

  it('lets only the candidate withdraw their consent, until the placement starts', () => {
    const agreed: PlacementFacts = {
      ...proposed,
      status: PlacementStatus.AGREED,
      lenderAgreed: true,
      hostAgreed: true,
      candidateConsented: true,
    };
    const withdraw = { kind: 'WITHDRAW_CONSENT' } as const;
    expect(applyPlacementAction(agreed, PlacementParty.CANDIDATE, withdraw)).toEqual({
      ...agreed,
      status: PlacementStatus.PROPOSED,
      candidateConsented: false,
    });
    for (const party of [PlacementParty.LENDER, PlacementParty.HOST, PlacementParty.MOBILITY_TEAM])
      expect(() => applyPlacementAction(agreed, party, withdraw)).toThrow(PlacementRuleError);
    expect(() => applyPlacementAction(proposed, PlacementParty.CANDIDATE, withdraw)).toThrow(
      'There is no consent to withdraw.',
    );
    expect(() =>
      applyPlacementAction({ ...agreed, status: PlacementStatus.ACTIVE }, PlacementParty.CANDIDATE, withdraw),
    ).toThrow(PlacementRuleError);
  });
});
