import { matchStepNotices, type MatchStepChange } from './match-step-notices';
import { MatchCaseState, MatchConsent, MatchInterest, MatchOutcome } from './match-workflow';

const context = {
  employerName: 'Zorggroep Oost',
  vacancyTitle: 'Woonbegeleider',
  candidateCode: 'K-7F3X',
  candidateHasNoAccount: false,
};
const none = { candidateInterest: null, employerInterest: null, consent: null };
const yes = MatchInterest.INTERESTED;
const no = MatchInterest.NOT_INTERESTED;
const who = (change: MatchStepChange, c = context) =>
  matchStepNotices(change, c).map((n) => `${n.to}:${n.kind}`);

describe('matchStepNotices', () => {
  it('tells the other side of interest shown, and the candidate’s own HR lead when the candidate has no account', () => {
    const byCandidate: MatchStepChange = {
      action: { kind: 'CANDIDATE_RESPONSE', interest: yes },
      from: MatchCaseState.SUGGESTED,
      to: MatchCaseState.INTEREST_SHOWN,
      before: none,
    };
    expect(who(byCandidate)).toEqual(['EMPLOYER:MATCH_INTEREST_SHOWN']);
    const byEmployer: MatchStepChange = {
      ...byCandidate,
      action: { kind: 'EMPLOYER_RESPONSE', interest: yes },
    };
    expect(who(byEmployer)).toEqual(['CANDIDATE:MATCH_INTEREST_SHOWN']);
    expect(who(byEmployer, { ...context, candidateHasNoAccount: true })).toEqual([
      'CANDIDATE:MATCH_INTEREST_SHOWN',
      'CANDIDATES_EMPLOYER:MATCH_INTEREST_SHOWN',
    ]);
  });

  it('asks for consent once both are interested, and says so to the employer', () => {
    const change: MatchStepChange = {
      action: { kind: 'EMPLOYER_RESPONSE', interest: yes },
      from: MatchCaseState.INTEREST_SHOWN,
      to: MatchCaseState.CONSENT_REQUESTED,
      before: { ...none, candidateInterest: yes },
    };
    const notices = matchStepNotices(change, context);
    expect(notices.map((n) => `${n.to}:${n.kind}`)).toEqual([
      'CANDIDATE:MATCH_CONSENT_ASKED',
      'EMPLOYER:MATCH_CONSENT_ASKED',
    ]);
    expect(notices[0].text.nl).toContain('Zorggroep Oost vraagt of ze mogen weten wie de kandidaat is');
    expect(notices[0].text.en).toContain('asks to know who the candidate is');
  });

  it('an introduction, a refusal, a withdrawal and an outcome each reach who they concern', () => {
    const asked: MatchStepChange['before'] = { candidateInterest: yes, employerInterest: yes, consent: null };
    const consent = (c: MatchConsent, to: MatchCaseState, before = asked): MatchStepChange => ({
      action: { kind: 'CONSENT', consent: c },
      from: MatchCaseState.CONSENT_REQUESTED,
      to,
      before,
    });
    expect(who(consent(MatchConsent.GIVEN, MatchCaseState.INTRODUCED))).toEqual([
      'EMPLOYER:MATCH_INTRODUCED',
      'CANDIDATE:MATCH_INTRODUCED',
    ]);
    expect(who(consent(MatchConsent.DECLINED, MatchCaseState.CONSENT_DECLINED))).toEqual([
      'EMPLOYER:MATCH_CONSENT_REFUSED',
    ]);
    const given = { ...asked, consent: MatchConsent.GIVEN };
    expect(
      who({
        ...consent(MatchConsent.WITHDRAWN, MatchCaseState.CONSENT_DECLINED, given),
        from: MatchCaseState.INTRODUCED,
      }),
    ).toEqual(['EMPLOYER:MATCH_CONSENT_WITHDRAWN']);
    const outcome = matchStepNotices(
      {
        action: { kind: 'OUTCOME', outcome: MatchOutcome.SECONDMENT },
        from: MatchCaseState.INTRODUCED,
        to: MatchCaseState.CLOSED,
        before: given,
      },
      context,
    );
    expect(outcome.map((n) => `${n.to}:${n.kind}`)).toEqual([
      'CANDIDATE:MATCH_OUTCOME_RECORDED',
      'CANDIDATES_EMPLOYER:MATCH_OUTCOME_RECORDED',
    ]);
    expect(outcome[0].text.nl).toContain('is vastgelegd: detachering');
  });

  it('a no after the other side said yes closes the match for them; a no to a bare suggestion tells nobody', () => {
    const closing: MatchStepChange = {
      action: { kind: 'CANDIDATE_RESPONSE', interest: no },
      from: MatchCaseState.INTEREST_SHOWN,
      to: MatchCaseState.DECLINED,
      before: { ...none, employerInterest: yes },
    };
    expect(who(closing)).toEqual(['EMPLOYER:MATCH_WITHDRAWN']);
    expect(who({ ...closing, from: MatchCaseState.SUGGESTED, before: none })).toEqual([]);
    const profileGone: MatchStepChange = {
      action: { kind: 'PROFILE_CONSENT_WITHDRAWN' },
      from: MatchCaseState.INTEREST_SHOWN,
      to: MatchCaseState.CLOSED,
      before: { ...none, employerInterest: yes },
    };
    expect(who(profileGone)).toEqual(['EMPLOYER:MATCH_WITHDRAWN']);
  });

  it('names the candidate by public code only', () => {
    const change: MatchStepChange = {
      action: { kind: 'CANDIDATE_RESPONSE', interest: yes },
      from: MatchCaseState.SUGGESTED,
      to: MatchCaseState.INTEREST_SHOWN,
      before: none,
    };
    const [notice] = matchStepNotices(change, context);
    expect(notice.text.nl).toBe(
      'Kandidaat K-7F3X heeft interesse in de vacature ‘Woonbegeleider’. Bekijk de match en laat weten of jullie ook interesse hebben.',
    );
  });
});
