import { MatchInterest, MatchOutcome } from '@werkbrug/matching/match-workflow';
import { matchActions, type Recorder } from './session-outcomes.service';
import { MeetingOutcome } from './session.enums';

const yes = MatchInterest.INTERESTED;
const no = MatchInterest.NOT_INTERESTED;

describe('what a meeting outcome does to the match', () => {
  it('the mobility team records the employer’s answer only: the candidate’s stays theirs', () => {
    for (const outcome of Object.values(MeetingOutcome))
      expect(matchActions(outcome, 'TEAM').map((a) => a.kind)).not.toContain('CANDIDATE_RESPONSE');
    expect(matchActions(MeetingOutcome.FOLLOW_UP_TALK, 'TEAM')).toEqual([
      { kind: 'EMPLOYER_RESPONSE', interest: yes },
    ]);
    expect(matchActions(MeetingOutcome.SECONDMENT, 'TEAM')).toEqual([
      { kind: 'EMPLOYER_RESPONSE', interest: yes },
      { kind: 'OUTCOME', outcome: MatchOutcome.SECONDMENT },
    ]);
    // The team records that the meeting took place, not a refusal on anyone's behalf.
    expect(matchActions(MeetingOutcome.NO_FIT, 'TEAM')).toEqual([]);
  });

  it('each participant answers for their own side', () => {
    const answers = (recorder: Recorder, outcome: MeetingOutcome) =>
      matchActions(outcome, recorder).filter((a) => a.kind !== 'OUTCOME');
    expect(answers('CANDIDATE', MeetingOutcome.APPLICATION)).toEqual([
      { kind: 'CANDIDATE_RESPONSE', interest: yes },
    ]);
    expect(answers('EMPLOYER', MeetingOutcome.NO_FIT)).toEqual([{ kind: 'EMPLOYER_RESPONSE', interest: no }]);
    expect(answers('CANDIDATE', MeetingOutcome.NO_FIT)).toEqual([
      { kind: 'CANDIDATE_RESPONSE', interest: no },
    ]);
    for (const recorder of ['CANDIDATE', 'EMPLOYER', 'TEAM'] as const)
      expect(matchActions(MeetingOutcome.DID_NOT_TAKE_PLACE, recorder)).toEqual([]);
  });
});
