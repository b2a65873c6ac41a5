/** Where a session is in its cycle. Planning can run in any state before CLOSED; publishing shows the plan. */
export enum SessionStatus {
  /** Set up and inviting; participants answer and state their wishes. */
  OPEN = 'OPEN',
  /** The plan is visible to the participants (agendas, calendar feeds). */
  PUBLISHED = 'PUBLISHED',
  /** The session took place; outcomes can still be recorded, nothing is re-planned. */
  CLOSED = 'CLOSED',
}

export enum PlanStatus {
  NOT_PLANNED = 'NOT_PLANNED',
  /** A planning job is queued or running. */
  PLANNING = 'PLANNING',
  PLANNED = 'PLANNED',
  FAILED = 'FAILED',
}

export enum ParticipationStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  /** Accepted, then cancelled. */
  CANCELLED = 'CANCELLED',
  /** Did not turn up on the day: their remaining meetings are re-planned. */
  NO_SHOW = 'NO_SHOW',
}

export enum WishSide {
  CANDIDATE = 'CANDIDATE',
  EMPLOYER = 'EMPLOYER',
}

export enum WishKind {
  MUST_MEET = 'MUST_MEET',
  WOULD_LIKE = 'WOULD_LIKE',
  /** A hard block: the pair never meets. */
  NO_THANKS = 'NO_THANKS',
}

export enum MeetingOutcome {
  FOLLOW_UP_TALK = 'FOLLOW_UP_TALK',
  TRIAL_PLACEMENT = 'TRIAL_PLACEMENT',
  SECONDMENT = 'SECONDMENT',
  WORK_EXPERIENCE = 'WORK_EXPERIENCE',
  APPLICATION = 'APPLICATION',
  NO_FIT = 'NO_FIT',
  /** The meeting did not take place (someone did not come). */
  DID_NOT_TAKE_PLACE = 'DID_NOT_TAKE_PLACE',
}
