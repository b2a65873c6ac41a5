import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  AssessmentDomain,
  ContactKind,
  HireSource,
  PlanActionOwner,
  ScreeningAdvice,
  TrajectoryKind,
  TrajectoryModule,
  TrajectoryOutcome,
  TrajectoryPrecondition,
} from '@werkbrug/trajectories/trajectory.enums';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ContractType } from '@werkbrug/core';
import { ConfirmPossibleNamesField } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { IsNotBlank } from '@werkbrug/gateway/graphql/validation';

const TEXT_MAX = 2000;

@InputType()
export class OpenTrajectoryInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => TrajectoryKind) @IsEnum(TrajectoryKind) kind!: TrajectoryKind;
  @Field(() => ID, { description: 'An active member of the region’s mobility team (see `counsellors`)' })
  @IsUUID()
  counsellorUserId!: string;
  @Field(() => LocalDate, { description: 'At most 90 days ahead' }) @IsString() startedOn!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Required for spoor 2: sets the WIA deadlines' })
  @IsOptional()
  @IsString()
  firstSicknessDay?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() plannedDismissalOn?: string | null;
}

@InputType()
export class AssessmentItemInput {
  @Field(() => AssessmentDomain) @IsEnum(AssessmentDomain) domain!: AssessmentDomain;
  @Field(() => Int, { description: '1 (a serious obstacle) to 5 (a strength)' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Checked by the privacy guard; health information is accepted only in the HEALTH domain',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  note?: string | null;
}

@InputType({ description: 'Only the fields given change; an item replaces that domain’s earlier item' })
export class SaveScreeningInput {
  @Field(() => [AssessmentItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(13)
  @ValidateNested({ each: true })
  @Type(() => AssessmentItemInput)
  items?: AssessmentItemInput[];
  @Field(() => String, {
    nullable: true,
    description: 'The labour expert’s functional-capacity assessment: counsellor and candidate only',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  functionalCapacityNote?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the person can do, in functional terms: the client sees this',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  functionalConclusion?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  conclusionSectors?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  conclusionMobility?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  conclusionTraining?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  conclusionObstacles?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  conclusionPeriod?: string | null;
  @Field(() => ScreeningAdvice, { nullable: true })
  @IsOptional()
  @IsEnum(ScreeningAdvice)
  advice?: ScreeningAdvice | null;
  @Field(() => String, { nullable: true, description: 'Required when the advice is NOT_FEASIBLE' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  adviceReason?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() screenedOn?: string | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType()
export class TrajectoryContactInput {
  @Field(() => LocalDate) @IsString() occurredOn!: string;
  @Field(() => ContactKind) @IsEnum(ContactKind) kind!: ContactKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(600) durationMinutes?:
    number | null;
  @Field({ description: 'Checked by the privacy guard' })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_MAX)
  summary!: string;
  @Field(() => String, { nullable: true, description: 'For an absence: what it means for the trajectory' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  consequence?: string | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType()
export class CloseTrajectoryInput {
  @Field(() => TrajectoryOutcome) @IsEnum(TrajectoryOutcome) outcome!: TrajectoryOutcome;
  @Field(() => LocalDate) @IsString() closedOn!: string;
  @Field(() => String, { nullable: true, description: 'Required when the outcome is not a success' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  note?: string | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType()
export class ConfirmPreconditionInput {
  @Field(() => TrajectoryPrecondition) @IsEnum(TrajectoryPrecondition) kind!: TrajectoryPrecondition;
  @Field(() => LocalDate) @IsString() confirmedOn!: string;
}

@InputType({
  description: 'Give exactly one of employerId (in Werkbrug), employerName (outside it) or selfEmployed',
})
export class RecordHireInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() employerId?: string | null;
  @Field(() => String, { nullable: true, description: 'An employer outside Werkbrug' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  employerName?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Registered as self-employed (KvK)' })
  @IsOptional()
  @IsBoolean()
  selfEmployed?: boolean | null;
  @Field(() => ContractType, { nullable: true, description: 'Required unless self-employed' })
  @IsOptional()
  @IsEnum(ContractType)
  contractType?: ContractType | null;
  @Field(() => LocalDate) @IsString() startedOn!: string;
  @Field(() => Int, { nullable: true, description: 'Leave out for an open-ended contract' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  durationMonths?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(48) hoursPerWeek?: number | null;
  @Field(() => HireSource) @IsEnum(HireSource) source!: HireSource;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType()
export class FollowUpAnswerInput {
  @Field() @IsBoolean() stillEmployed!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Still with the employer of the hire' })
  @IsOptional()
  @IsBoolean()
  sameEmployer?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType({ description: 'Only the fields given change; search directions and modules are replaced whole' })
export class SaveTrajectoryPlanInput {
  @Field(() => String, { nullable: true, description: 'Checked by the privacy guard' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  goals?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'ESCO occupations (see `searchOccupations`), at most 10, most preferred first',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(10)
  searchDirectionIds?: string[] | null;
  @Field(() => [TrajectoryModule], { nullable: true })
  @IsOptional()
  @IsEnum(TrajectoryModule, { each: true })
  modules?: TrajectoryModule[] | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The time the candidate agreed to invest, hours a week (1–40)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(40)
  hoursPerWeek?: number | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType()
export class PlanActionInput {
  @Field({ description: 'Checked by the privacy guard' })
  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  description!: string;
  @Field(() => PlanActionOwner) @IsEnum(PlanActionOwner) owner!: PlanActionOwner;
  @Field(() => LocalDate, { description: 'The deadline: not before the start, at most a year ahead' })
  @IsString()
  dueOn!: string;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType()
export class ProgressNoteInput {
  @Field({ description: 'How the month went, in the candidate’s own words; checked by the privacy guard' })
  @IsString()
  @IsNotBlank()
  @MaxLength(TEXT_MAX)
  note!: string;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType({
  description: 'The terms of a hire that a match or a placement led to, at the vacancy’s or host’s employer',
})
export class HireTermsInput {
  @Field(() => ContractType) @IsEnum(ContractType) contractType!: ContractType;
  @Field(() => LocalDate, { description: 'At most 90 days ahead' }) @IsString() startedOn!: string;
  @Field(() => Int, { nullable: true, description: 'Null for an open-ended contract' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  durationMonths?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(48) hoursPerWeek?: number | null;
}
