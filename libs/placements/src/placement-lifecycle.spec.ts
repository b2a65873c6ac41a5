import fc from 'fast-check';
import {
  applyPlacementAction,
  availablePlacementActions,
  PlacementActionKind,
  type PlacementAction,
  type PlacementFacts,
} from './placement-lifecycle';
import { PlacementRuleError } from './placements.errors';
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

describe('the actions available to a party', () => {
  const date = fc
    .integer({ min: 0, max: 60 })
    .map((d) => new Date(Date.UTC(2027, 1, 15) + d * 86_400_000).toISOString().slice(0, 10));
  const factsIn = (status: PlacementStatus) =>
    fc.record<PlacementFacts>({
      status: fc.constant(status),
      lenderAgreed: fc.boolean(),
      hostAgreed: fc.boolean(),
      candidateConsented: fc.boolean(),
      startDate: fc.option(date, { nil: null }),
      hostEvaluation: fc.option(fc.constant('Goed gegaan'), { nil: null }),
      candidateEvaluation: fc.option(fc.constant('Leerzaam'), { nil: null }),
      followUp: fc.option(fc.constantFrom(...Object.values(PlacementFollowUp)), { nil: null }),
    });
  const actionOf = (kind: PlacementActionKind, today: string): PlacementAction => {
    switch (kind) {
      case 'START':
        return { kind, today };
      case 'EVALUATE':
        return { kind, text: 'Zelfstandig en betrokken.' };
      case 'FOLLOW_UP':
        return { kind, followUp: PlacementFollowUp.EXTENDED };
      default:
        return { kind };
    }
  };
  const combinations = Object.values(PlacementStatus).flatMap((status) =>
    Object.values(PlacementParty).map((party) => [status, party] as const),
  );

  it.each(combinations)(
    'when %s, lists for %s exactly the actions applyPlacementAction accepts',
    (status, party) => {
      fc.assert(
        fc.property(factsIn(status), date, (facts, today) => {
          const available = availablePlacementActions(facts, party, today);
          for (const kind of Object.values(PlacementActionKind)) {
            const apply = () => applyPlacementAction(facts, party, actionOf(kind, today));
            if (available.includes(kind)) expect(apply).not.toThrow();
            else expect(apply).toThrow(PlacementRuleError);
          }
        }),
      );
    },
  );

  it('offers each party its own steps through the lifecycle', () => {
    const today = '2027-03-01';
    expect(availablePlacementActions(proposed, PlacementParty.LENDER, today)).toEqual([
      'AGREE',
      'DECLINE',
      'CHANGE_TERMS',
      'CANCEL',
    ]);
    expect(availablePlacementActions(proposed, PlacementParty.CANDIDATE, today)).toEqual([
      'AGREE',
      'DECLINE',
    ]);
    expect(
      availablePlacementActions({ ...proposed, startDate: null }, PlacementParty.CANDIDATE, today),
    ).toEqual(['DECLINE']);
    const agreed = { ...proposed, status: PlacementStatus.AGREED, candidateConsented: true };
    expect(availablePlacementActions(agreed, PlacementParty.CANDIDATE, today)).toEqual([
      'WITHDRAW_CONSENT',
      'DECLINE',
    ]);
    expect(availablePlacementActions(agreed, PlacementParty.MOBILITY_TEAM, '2027-02-28')).toEqual([
      'CHANGE_TERMS',
      'CANCEL',
    ]);
    expect(availablePlacementActions(agreed, PlacementParty.MOBILITY_TEAM, today)).toContain('START');
    const ended = { ...agreed, status: PlacementStatus.ENDED };
    expect(availablePlacementActions(ended, PlacementParty.HOST, today)).toEqual(['EVALUATE', 'FOLLOW_UP']);
    expect(availablePlacementActions(ended, PlacementParty.LENDER, today)).toEqual(['FOLLOW_UP']);
    expect(availablePlacementActions(ended, PlacementParty.CANDIDATE, today)).toEqual(['EVALUATE']);
    expect(
      availablePlacementActions({ ...ended, status: PlacementStatus.DECLINED }, PlacementParty.HOST, today),
    ).toEqual([]);
  });
});
