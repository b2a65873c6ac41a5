import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { candidatePlace } from '@werkbrug/candidates/candidate-records.store';
import { Role, type Viewer } from '@werkbrug/core';
import {
  MatchCasesService,
  MatchInterest,
  MatchOutcome,
  type MatchAction,
  type MatchCaseState,
} from '@werkbrug/matching';
import {
  cleanFreeText,
  type PersonalDataCheckOptions,
} from '@werkbrug/privacy-guard/assert-no-personal-data';
import { DataSource } from 'typeorm';
import { actsForCandidate, actsForEmployer, refuse, runsSession } from './session-access';
import { sessionSlotTimes } from './session-slots';
import { SessionMeetingEntity } from './session.entities';
import { MeetingOutcome, SessionStatus } from './session.enums';
import { MeetingNotFoundError, MeetingNotStartedError, PlanNotPublishedError } from './sessions.errors';
import { SessionsService } from './sessions.service';

const NOTE_MAX = 500;

/**
 * Which side's interest an outcome speaks for: the recorder's own side; the region's mobility team (who runs the
 * session) records what the employer said and that the meeting took place, never the candidate's answer.
 */
export type Recorder = 'CANDIDATE' | 'EMPLOYER' | 'TEAM';

const PLACEMENT_OUTCOMES: Partial<Record<MeetingOutcome, MatchOutcome>> = {
  [MeetingOutcome.TRIAL_PLACEMENT]: MatchOutcome.TRIAL_PLACEMENT,
  [MeetingOutcome.SECONDMENT]: MatchOutcome.SECONDMENT,
  [MeetingOutcome.WORK_EXPERIENCE]: MatchOutcome.WORK_EXPERIENCE,
};

/**
 * What came of a meeting, recorded by the coordinator or by either participant once it has taken place, and
 * carried into the match workflow for the employer's best-matching vacancy: a follow-up, an application or a
 * placement is interest of the side that recorded it (the team records the employer's; the candidate's answer
 * stays theirs, and their consent is still asked before anyone learns who they are); "no fit" is a no of the
 * side that recorded it; a placement closes a match that was already introduced.
 */
@Injectable()
export class SessionOutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly matchCases: MatchCasesService,
  ) {}

  async record(
    viewer: Viewer,
    meetingId: string,
    outcome: MeetingOutcome,
    note: string | null,
    check: PersonalDataCheckOptions = {},
    now = new Date(),
  ): Promise<{ meeting: SessionMeetingEntity; matchState: MatchCaseState | null }> {
    const text = cleanFreeText(note, 'note', NOTE_MAX, check);
    const meeting = await this.dataSource.manager.findOneBy(SessionMeetingEntity, { id: meetingId });
    if (!meeting) throw new MeetingNotFoundError();
    const session = await this.sessions.get(viewer, meeting.sessionId).catch(() => {
      throw new MeetingNotFoundError();
    });
    const recorder = await this.recorder(viewer, session.regionCode, meeting);
    if (!recorder) throw new MeetingNotFoundError();
    if (session.status === SessionStatus.OPEN) throw new PlanNotPublishedError();
    if (now < sessionSlotTimes(session)[meeting.slot].startsAt) throw new MeetingNotStartedError();
    const actions = matchActions(outcome, recorder);
    // The meeting's outcome and what it does to the match are one change.
    const matchState = await this.dataSource.transaction(async (tx) => {
      await tx.update(SessionMeetingEntity, meetingId, {
        outcome,
        outcomeNote: text,
        outcomeByUserId: viewer.userId,
        outcomeAt: now,
      });
      return meeting.vacancyId && actions.length > 0
        ? this.matchCases.advanceFromMeeting(
            viewer,
            meeting.candidateId,
            meeting.vacancyId,
            actions,
            text ?? outcomeReason(outcome),
            tx,
          )
        : null;
    });
    return {
      meeting: { ...meeting, outcome, outcomeNote: text, outcomeByUserId: viewer.userId, outcomeAt: now },
      matchState,
    };
  }

  private async recorder(
    viewer: Viewer,
    regionCode: string,
    meeting: SessionMeetingEntity,
  ): Promise<Recorder | null> {
    if (runsSession(viewer, { regionCode })) return 'TEAM';
    if (actsForEmployer(viewer, meeting.employerId)) return 'EMPLOYER';
    if (viewer.role === Role.JOB_SEEKER || viewer.role === Role.HR_LEAD) {
      const candidate = await candidatePlace(this.dataSource.manager, meeting.candidateId, { lock: false });
      if (candidate && actsForCandidate(viewer, candidate)) return 'CANDIDATE';
    }
    if (viewer.role === Role.ADMINISTRATOR) refuse(true);
    return null;
  }
}

export function matchActions(outcome: MeetingOutcome, recorder: Recorder): MatchAction[] {
  const interest = (value: MatchInterest): MatchAction[] => [
    ...(recorder === 'CANDIDATE' ? [{ kind: 'CANDIDATE_RESPONSE', interest: value } as const] : []),
    ...(recorder !== 'CANDIDATE' ? [{ kind: 'EMPLOYER_RESPONSE', interest: value } as const] : []),
  ];
  switch (outcome) {
    case MeetingOutcome.DID_NOT_TAKE_PLACE:
      return [];
    case MeetingOutcome.NO_FIT:
      // A no is each party's own to give: the coordinator records the meeting, not a refusal on someone's behalf.
      return recorder === 'TEAM' ? [] : interest(MatchInterest.NOT_INTERESTED);
    case MeetingOutcome.FOLLOW_UP_TALK:
    case MeetingOutcome.APPLICATION:
    case MeetingOutcome.TRIAL_PLACEMENT:
    case MeetingOutcome.SECONDMENT:
    case MeetingOutcome.WORK_EXPERIENCE: {
      const placement = PLACEMENT_OUTCOMES[outcome];
      // Interest first; the placement only closes a match whose candidate has already agreed to the introduction.
      return [
        ...interest(MatchInterest.INTERESTED),
        ...(placement ? [{ kind: 'OUTCOME', outcome: placement } as const] : []),
      ];
    }
  }
}

function outcomeReason(outcome: MeetingOutcome): string {
  return `Meet-and-greet: ${outcome}`;
}
