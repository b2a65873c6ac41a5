import fc from 'fast-check';
import {
  applyAction,
  deriveState,
  INITIAL_FACTS,
  MatchCaseState,
  MatchConsent,
  MatchInterest,
  MatchOutcome,
  type MatchAction,
  type MatchFacts,
} from './match-workflow';
import { WorkflowRuleError } from './matching.errors';

const run = (...actions: MatchAction[]): MatchFacts => actions.reduce(applyAction, INITIAL_FACTS);
const yes = MatchInterest.INTERESTED;
const no = MatchInterest.NOT_INTERESTED;

describe('match workflow', () => {
  it('goes from suggestion through mutual interest and consent to an outcome', () => {
    const steps: [MatchAction, MatchCaseState][] = [
      [{ kind: 'CANDIDATE_RESPONSE', interest: yes }, MatchCaseState.INTEREST_SHOWN],
      [{ kind: 'EMPLOYER_RESPONSE', interest: yes }, MatchCaseState.CONSENT_REQUESTED],
      [{ kind: 'CONSENT', consent: MatchConsent.GIVEN }, MatchCaseState.INTRODUCED],
      [{ kind: 'OUTCOME', outcome: MatchOutcome.TRIAL_PLACEMENT }, MatchCaseState.CLOSED],
    ];
    let facts = INITIAL_FACTS;
    expect(deriveState(facts)).toBe(MatchCaseState.SUGGESTED);
    for (const [action, state] of steps) {
      facts = applyAction(facts, action);
      expect(deriveState(facts)).toBe(state);
    }
  });

  it('declines when either side is not interested, and lets a side change its mind before the introduction', () => {
    const declined = run({ kind: 'EMPLOYER_RESPONSE', interest: no });
    expect(deriveState(declined)).toBe(MatchCaseState.DECLINED);
    const revived = applyAction(applyAction(declined, { kind: 'EMPLOYER_RESPONSE', interest: yes }), {
      kind: 'CANDIDATE_RESPONSE',
      interest: yes,
    });
    expect(deriveState(revived)).toBe(MatchCaseState.CONSENT_REQUESTED);
  });

  it('asks consent only after mutual interest', () => {
    expect(() =>
      run({ kind: 'CANDIDATE_RESPONSE', interest: yes }, { kind: 'CONSENT', consent: MatchConsent.GIVEN }),
    ).toThrow(WorkflowRuleError);
  });

  it('records a declined consent and allows giving it later', () => {
    const declined = run(
      { kind: 'CANDIDATE_RESPONSE', interest: yes },
      { kind: 'EMPLOYER_RESPONSE', interest: yes },
      { kind: 'CONSENT', consent: MatchConsent.DECLINED },
    );
    expect(deriveState(declined)).toBe(MatchCaseState.CONSENT_DECLINED);
    expect(deriveState(applyAction(declined, { kind: 'CONSENT', consent: MatchConsent.GIVEN }))).toBe(
      MatchCaseState.INTRODUCED,
    );
  });

  it('withdrawing consent after the introduction ends it', () => {
    const facts = run(
      { kind: 'CANDIDATE_RESPONSE', interest: yes },
      { kind: 'EMPLOYER_RESPONSE', interest: yes },
      { kind: 'CONSENT', consent: MatchConsent.GIVEN },
      { kind: 'CONSENT', consent: MatchConsent.WITHDRAWN },
    );
    expect(deriveState(facts)).toBe(MatchCaseState.CONSENT_DECLINED);
  });

  it('lets the candidate withdraw consent after the outcome: the case stays closed, nothing else changes', () => {
    const closed = run(
      { kind: 'CANDIDATE_RESPONSE', interest: yes },
      { kind: 'EMPLOYER_RESPONSE', interest: yes },
      { kind: 'CONSENT', consent: MatchConsent.GIVEN },
      { kind: 'OUTCOME', outcome: MatchOutcome.TRIAL_PLACEMENT },
    );
    const withdrawn = applyAction(closed, { kind: 'CONSENT', consent: MatchConsent.WITHDRAWN });
    expect(withdrawn).toEqual({ ...closed, consent: MatchConsent.WITHDRAWN });
    expect(deriveState(withdrawn)).toBe(MatchCaseState.CLOSED);
    expect(() => applyAction(withdrawn, { kind: 'CONSENT', consent: MatchConsent.WITHDRAWN })).toThrow(
      WorkflowRuleError,
    );
    expect(() => applyAction(withdrawn, { kind: 'CONSENT', consent: MatchConsent.GIVEN })).toThrow(
      WorkflowRuleError,
    );
  });

  it('has no consent to withdraw before it was given, nor after a case closed without it', () => {
    const requested = run(
      { kind: 'CANDIDATE_RESPONSE', interest: yes },
      { kind: 'EMPLOYER_RESPONSE', interest: yes },
    );
    expect(() => applyAction(requested, { kind: 'CONSENT', consent: MatchConsent.WITHDRAWN })).toThrow(
      WorkflowRuleError,
    );
    const closed = applyAction(requested, { kind: 'OUTCOME', outcome: MatchOutcome.NONE });
    expect(() => applyAction(closed, { kind: 'CONSENT', consent: MatchConsent.WITHDRAWN })).toThrow(
      WorkflowRuleError,
    );
  });

  it('allows a real outcome only after an introduction, and nothing after the outcome', () => {
    expect(() => run({ kind: 'OUTCOME', outcome: MatchOutcome.HIRED })).toThrow(WorkflowRuleError);
    const closed = run({ kind: 'OUTCOME', outcome: MatchOutcome.NONE });
    expect(deriveState(closed)).toBe(MatchCaseState.CLOSED);
    expect(() => applyAction(closed, { kind: 'CANDIDATE_RESPONSE', interest: yes })).toThrow(
      WorkflowRuleError,
    );
  });

  it('closes every case when the candidate withdraws consent to share the profile, withdrawing a consent given', () => {
    const introduced = run(
      { kind: 'CANDIDATE_RESPONSE', interest: yes },
      { kind: 'EMPLOYER_RESPONSE', interest: yes },
      { kind: 'CONSENT', consent: MatchConsent.GIVEN },
    );
    const closed = applyAction(introduced, { kind: 'PROFILE_CONSENT_WITHDRAWN' });
    expect(closed).toEqual({ ...introduced, consent: MatchConsent.WITHDRAWN, outcome: MatchOutcome.NONE });
    expect(deriveState(closed)).toBe(MatchCaseState.CLOSED);
    expect(() => applyAction(closed, { kind: 'CONSENT', consent: MatchConsent.GIVEN })).toThrow(
      WorkflowRuleError,
    );
    const declined = run({ kind: 'EMPLOYER_RESPONSE', interest: no }, { kind: 'PROFILE_CONSENT_WITHDRAWN' });
    expect(declined).toMatchObject({ consent: null, outcome: MatchOutcome.NONE });
    // After an outcome the outcome stays; only the consent ends.
    const hired = applyAction(applyAction(introduced, { kind: 'OUTCOME', outcome: MatchOutcome.HIRED }), {
      kind: 'PROFILE_CONSENT_WITHDRAWN',
    });
    expect(hired).toMatchObject({ consent: MatchConsent.WITHDRAWN, outcome: MatchOutcome.HIRED });
  });

  it('never gives consent again once the profile consent was withdrawn', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('CANDIDATE_RESPONSE' as const), interest: fc.constantFrom(yes, no) }),
      fc.record({ kind: fc.constant('EMPLOYER_RESPONSE' as const), interest: fc.constantFrom(yes, no) }),
      fc.record({
        kind: fc.constant('CONSENT' as const),
        consent: fc.constantFrom(...Object.values(MatchConsent)),
      }),
      fc.record({
        kind: fc.constant('OUTCOME' as const),
        outcome: fc.constantFrom(...Object.values(MatchOutcome)),
      }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 8 }), fc.array(action, { maxLength: 8 }), (before, after) => {
        const attempt = (facts: MatchFacts, a: MatchAction) => {
          try {
            return applyAction(facts, a);
          } catch (error) {
            expect(error).toBeInstanceOf(WorkflowRuleError);
            return facts;
          }
        };
        let facts = attempt(before.reduce(attempt, INITIAL_FACTS), { kind: 'PROFILE_CONSENT_WITHDRAWN' });
        expect(deriveState(facts)).toBe(MatchCaseState.CLOSED);
        for (const a of after) {
          facts = attempt(facts, a);
          expect(facts.consent).not.toBe(MatchConsent.GIVEN);
          expect(deriveState(facts)).toBe(MatchCaseState.CLOSED);
        }
      }),
    );
  });

  it('never reaches INTRODUCED without both sides interested and consent given', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('CANDIDATE_RESPONSE' as const), interest: fc.constantFrom(yes, no) }),
      fc.record({ kind: fc.constant('EMPLOYER_RESPONSE' as const), interest: fc.constantFrom(yes, no) }),
      fc.record({
        kind: fc.constant('CONSENT' as const),
        consent: fc.constantFrom(...Object.values(MatchConsent)),
      }),
      fc.record({
        kind: fc.constant('OUTCOME' as const),
        outcome: fc.constantFrom(...Object.values(MatchOutcome)),
      }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        let facts = INITIAL_FACTS;
        for (const a of actions) {
          try {
            facts = applyAction(facts, a);
          } catch (error) {
            expect(error).toBeInstanceOf(WorkflowRuleError);
          }
          if (deriveState(facts) === MatchCaseState.INTRODUCED) {
            expect(facts.candidateInterest).toBe(yes);
            expect(facts.employerInterest).toBe(yes);
            expect(facts.consent).toBe(MatchConsent.GIVEN);
          }
        }
      }),
    );
  });
});
