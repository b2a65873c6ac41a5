import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeetingOutcome, ParticipationStatus, WishKind, WishSide } from '@werkbrug/sessions/session.enums';
import { MatchCaseState } from '@werkbrug/matching';

@ObjectType()
export class SessionCandidate {
  @Field(() => ID) candidateId!: string;
  @Field({ description: 'Anonymous public code; a session never reveals identities' }) publicCode!: string;
  @Field(() => ParticipationStatus) status!: ParticipationStatus;
  @Field(() => [Int], { description: '1-based slots the candidate cannot make' }) blockedSlots!: number[];
  @Field() late!: boolean;
}

@ObjectType()
export class SessionEmployer {
  @Field(() => ID) employerId!: string;
  @Field() name!: string;
  @Field(() => ParticipationStatus) status!: ParticipationStatus;
  @Field(() => Int) representatives!: number;
  @Field(() => [Int], { description: '1-based slots the employer cannot make' }) blockedSlots!: number[];
  @Field() late!: boolean;
}

@ObjectType()
export class InvitationResult {
  @Field(() => Int, { description: 'Newly invited candidates (already invited ones are left as they are)' })
  candidates!: number;
  @Field(() => Int) employers!: number;
}

@ObjectType()
export class SessionWish {
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) employerId!: string;
  @Field(() => WishSide) side!: WishSide;
  @Field(() => WishKind) kind!: WishKind;
}

@ObjectType({ description: 'A must-meet or would-like wish the plan could not meet, and why' })
export class UnmetWish {
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) employerId!: string;
  @Field(() => WishSide) side!: WishSide;
  @Field(() => WishKind) kind!: WishKind;
  @Field({ description: 'Stable reason code' }) reason!: string;
  @Field({ description: 'The reason in English' }) explanation!: string;
  @Field({ description: 'De reden in het Nederlands' }) explanationNl!: string;
}

@ObjectType()
export class AgendaEntryModel {
  @Field(() => ID) meetingId!: string;
  @Field(() => Int, { description: '1-based' }) slot!: number;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Int) table!: number;
  @Field(() => Int) representative!: number;
  @Field({ description: 'Employer name for a candidate; candidate public code for an employer' })
  counterpart!: string;
  @Field(() => String, { nullable: true }) vacancyTitle!: string | null;
}

@ObjectType()
export class SessionAgenda {
  @Field(() => ID) sessionId!: string;
  @Field() participantKind!: string;
  @Field() participantLabel!: string;
  @Field({ description: 'Participants see their agenda once the plan is published' }) published!: boolean;
  @Field({ description: 'The agenda changed since its owner last marked it seen' })
  changedSinceSeen!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'iCalendar feed (relative URL); it updates when the plan changes',
  })
  calendarUrl!: string | null;
  @Field(() => [AgendaEntryModel]) entries!: AgendaEntryModel[];
}

@ObjectType()
export class TablePlanCellModel {
  @Field(() => ID) meetingId!: string;
  @Field() employer!: string;
  @Field(() => Int) representative!: number;
  @Field() candidate!: string;
  @Field({ description: 'Kept in its seat and slot when the session is planned again' }) locked!: boolean;
  @Field(() => MeetingOutcome, { nullable: true, description: 'What came of it, once recorded' })
  outcome!: MeetingOutcome | null;
}

@ObjectType()
export class TablePlanRow {
  @Field(() => Int) table!: number;
  @Field(() => [TablePlanCellModel], {
    nullable: 'items',
    description: 'One per slot; null where the table is free',
  })
  cells!: (TablePlanCellModel | null)[];
}

@ObjectType()
export class SessionTablePlan {
  @Field(() => ID) sessionId!: string;
  @Field(() => [TablePlanRow]) tables!: TablePlanRow[];
  @Field({ description: 'Print-ready HTML of the table plan (relative URL, needs the same bearer token)' })
  printUrl!: string;
}

@ObjectType()
export class MeetingOutcomeResult {
  @Field(() => ID) meetingId!: string;
  @Field(() => MeetingOutcome) outcome!: MeetingOutcome;
  @Field(() => MatchCaseState, {
    nullable: true,
    description: 'Where the match now stands, if the pair has one',
  })
  matchState!: MatchCaseState | null;
}

@ObjectType()
export class SessionMeeting {
  @Field(() => ID) id!: string;
  @Field(() => Int) slot!: number;
  @Field(() => Int) table!: number;
  @Field() locked!: boolean;
}

@ObjectType({ description: 'A candidate worth inviting, from the match lists' })
export class SuggestedSessionCandidate {
  @Field(() => ID) candidateId!: string;
  @Field() publicCode!: string;
  @Field(() => Float) bestScore!: number;
  @Field(() => Int) matchingEmployers!: number;
  @Field(() => String, { nullable: true }) contractEndDate!: string | null;
}

@ObjectType({ description: 'An employer worth inviting, from the match lists' })
export class SuggestedSessionEmployer {
  @Field(() => ID) employerId!: string;
  @Field() name!: string;
  @Field(() => Int) matchingCandidates!: number;
  @Field(() => Float) bestScore!: number;
}

@ObjectType()
export class SessionInviteeSuggestions {
  @Field(() => [SuggestedSessionCandidate]) candidates!: SuggestedSessionCandidate[];
  @Field(() => [SuggestedSessionEmployer]) employers!: SuggestedSessionEmployer[];
}
