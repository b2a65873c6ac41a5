import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { MeetingOutcome, WishKind, WishSide } from '@werkbrug/sessions/session.enums';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConfirmPossibleNamesField } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { IsNotBlank } from '@werkbrug/gateway/graphql/validation';

@InputType()
export class SessionBreakInput {
  @Field(() => Int, { description: 'The break follows this slot (1-based)' })
  @IsInt()
  @Min(1)
  @Max(47)
  afterSlot!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(240) minutes!: number;
}

@InputType()
export class SessionSetupInput {
  @Field() @IsString() @IsNotBlank(2) @Length(2, 200) title!: string;
  @Field() @IsString() @IsNotBlank(2) @Length(2, 300) venue!: string;
  @Field(() => LocalDate) @IsString() date!: string;
  @Field({ defaultValue: 'Europe/Amsterdam' }) @IsString() @MaxLength(64) timeZone!: string;
  @Field({ description: 'Local time of the first slot, HH:MM' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'firstSlotStart must be HH:MM, e.g. 09:30' })
  firstSlotStart!: string;
  @Field(() => Int) @IsInt() @Min(5) @Max(120) slotMinutes!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(48) slotCount!: number;
  @Field(() => [SessionBreakInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => SessionBreakInput)
  @ArrayMaxSize(10)
  breaks!: SessionBreakInput[];
  @Field(() => Int) @IsInt() @Min(1) @Max(500) tableCount!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(48) maxMeetingsPerCandidate!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(48) maxMeetingsPerRepresentative!: number;
  @Field(() => Int, {
    description: 'Fairness floor: every candidate gets at least this many meetings where the pool allows',
  })
  @IsInt()
  @Min(0)
  @Max(48)
  minMeetingsPerCandidate!: number;
  @Field() @IsDate() registrationDeadline!: Date;
}

/** A change to the set-up: fields left out keep their stored value; none can be cleared with null. */
@InputType()
export class UpdateSessionSetupInput extends PartialType(SessionSetupInput, {
  omitDefaultValues: true,
  skipNullProperties: false,
}) {}

@InputType()
export class InvitedEmployerInput {
  @Field(() => ID) @IsUUID() employerId!: string;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(20) representatives!: number;
}

@InputType()
export class InviteToSessionInput {
  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(2000)
  candidateIds!: string[];
  @Field(() => [InvitedEmployerInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => InvitedEmployerInput)
  @ArrayMaxSize(500)
  employers!: InvitedEmployerInput[];
}

@InputType({ description: 'Who a participation is about: exactly one of candidateId and employerId' })
export class ParticipantInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() candidateId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() employerId?: string | null;
}

@InputType()
export class SessionAnswerInput {
  @Field() @IsBoolean() attending!: boolean;
  @Field(() => [Int], { defaultValue: [], description: '1-based slots the participant cannot make' })
  @IsInt({ each: true })
  @ArrayMaxSize(48)
  blockedSlots!: number[];
  @Field(() => Int, { nullable: true, description: 'Employers: how many representatives come' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  representatives?: number | null;
}

@InputType()
export class SessionWishInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() employerId!: string;
  @Field(() => WishSide) @IsEnum(WishSide) side!: WishSide;
  @Field(() => WishKind, { nullable: true, description: 'null removes the wish' })
  @IsOptional()
  @IsEnum(WishKind)
  kind?: WishKind | null;
}

@InputType()
export class MeetingOutcomeInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => MeetingOutcome) @IsEnum(MeetingOutcome) outcome!: MeetingOutcome;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType({ description: 'Where a coordinator moves a meeting: 1-based round and table' })
export class MoveSessionMeetingInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => Int, { description: '1-based' }) @IsInt() @Min(1) @Max(48) slot!: number;
  @Field(() => Int, { description: '1-based' }) @IsInt() @Min(1) @Max(500) table!: number;
}
