import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanStatus, SessionStatus } from '@werkbrug/sessions/session.enums';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';

@ObjectType()
export class SessionBreakModel {
  @Field(() => Int, { description: 'The break follows this slot (1-based)' }) afterSlot!: number;
  @Field(() => Int) minutes!: number;
}

@ObjectType()
export class SessionSlot {
  @Field(() => Int, { description: '1-based' }) number!: number;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
}

@ObjectType({ description: 'What the last planning run achieved' })
export class PlanFiguresModel {
  @Field(() => Int) meetings!: number;
  @Field(() => Float) objective!: number;
  @Field(() => Float, {
    description: 'No plan can score higher; objective / upperBound is a proven quality floor',
  })
  upperBound!: number;
  @Field(() => Float) seconds!: number;
  @Field(() => Int) candidatesBelowFloor!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Against the plan stored before: meetings kept as they were',
  })
  kept?: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Against the plan stored before: meetings moved or removed (also those of people who left)',
  })
  changed?: number;
  @Field(() => Int, { nullable: true, description: 'Against the plan stored before: meetings added' })
  added?: number;
}

@ObjectType('MeetAndGreetSession', { description: 'A regional matching meeting of candidates and employers' })
export class MeetAndGreetSession {
  @Field(() => ID) id!: string;
  @Field() regionCode!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The employer network the session is of (only its members take part); null for the region',
  })
  networkId!: string | null;
  @Field() title!: string;
  @Field() venue!: string;
  @Field(() => LocalDate) date!: string;
  @Field() timeZone!: string;
  @Field() firstSlotStart!: string;
  @Field(() => Int) slotMinutes!: number;
  @Field(() => Int) slotCount!: number;
  @Field(() => [SessionBreakModel]) breaks!: SessionBreakModel[];
  @Field(() => [SessionSlot]) slots!: SessionSlot[];
  @Field(() => Int) tableCount!: number;
  @Field(() => Int) maxMeetingsPerCandidate!: number;
  @Field(() => Int) maxMeetingsPerRepresentative!: number;
  @Field(() => Int) minMeetingsPerCandidate!: number;
  @Field() registrationDeadline!: Date;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => PlanStatus) planStatus!: PlanStatus;
  @Field({ description: 'Whether the plan reflects every change to participants and wishes' })
  planCurrent!: boolean;
  @Field(() => Int, { description: 'Increases whenever the stored plan changes' }) planVersion!: number;
  @Field(() => PlanFiguresModel, { nullable: true }) planFigures!: PlanFiguresModel | null;
  @Field(() => String, { nullable: true }) planError!: string | null;
  @Field(() => Date, { nullable: true }) plannedAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}
