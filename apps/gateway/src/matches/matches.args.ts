import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { CandidateTrack } from '@werkbrug/candidates/candidate.enums';
import { InvalidInputError, Sector } from '@werkbrug/core';
import { MatchConsent, MatchOutcome } from '@werkbrug/matching';
import { Type } from 'class-transformer';
import {
  ValidateNested,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ConfirmPossibleNamesField } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { HireTermsInput } from '@werkbrug/gateway/trajectories/dto/trajectory.input';

/** Match lists hold at most K entries per owner and change as the worker rescores, so pages are by offset. */
@ArgsType()
export class MatchPageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1–50' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  first = 20;

  @Field({ nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  after?: string;
}

export const encodeOffset = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');

export function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) {
    throw new InvalidInputError(
      { en: 'This page cursor is not valid.', nl: 'Deze paginacursor is ongeldig.' },
      { field: 'after' },
    );
  }
  return Number(match[1]);
}

@ArgsType()
export class MatchArgs {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() vacancyId!: string;
}

@ArgsType()
export class CandidateMatchesArgs extends MatchPageArgs {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID, { nullable: true, description: "Only vacancies of the network's active members" })
  @IsOptional()
  @IsUUID()
  networkId?: string | null;
}

@ArgsType()
export class VacancyMatchesArgs extends MatchPageArgs {
  @Field(() => ID) @IsUUID() vacancyId!: string;
  @Field(() => ID, { nullable: true, description: "Only candidates of the network's active members" })
  @IsOptional()
  @IsUUID()
  networkId?: string | null;
}

@ArgsType()
export class VacancyDropOutArgs {
  @Field(() => ID) @IsUUID() vacancyId!: string;
  @Field(() => ID, { nullable: true, description: "Only candidates of the network's active members" })
  @IsOptional()
  @IsUUID()
  networkId?: string | null;
}

@InputType({ description: 'Filters for the mobility team’s region view' })
export class RegionMatchFilterInput {
  @Field(() => Sector, { nullable: true, description: 'Sector of the vacancy’s employer' })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector;

  @Field(() => CandidateTrack, { nullable: true })
  @IsOptional()
  @IsEnum(CandidateTrack)
  track?: CandidateTrack;

  @Field(() => ID, { nullable: true, description: 'An ESCO skill the vacancy asks for or the candidate has' })
  @IsOptional()
  @IsUUID()
  skillId?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  minScore?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  maxScore?: number;

  @Field(() => ID, {
    nullable: true,
    description: "Only pairs whose candidate and vacancy are both of the network's active members",
  })
  @IsOptional()
  @IsUUID()
  networkId?: string;
}

@InputType()
export class MatchResponseInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() vacancyId!: string;
  @Field() @IsBoolean() interested!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Required when not interested; no names or contact details',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType()
export class MatchRatingInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() vacancyId!: string;
  @Field({ description: 'Was this suggestion useful?' }) @IsBoolean() useful!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@ArgsType()
export class ConsentArgs {
  @Field(() => ID) @IsUUID() matchCaseId!: string;
  @Field(() => MatchConsent) @IsEnum(MatchConsent) consent!: MatchConsent;
}

@ArgsType()
export class OutcomeArgs {
  @Field(() => ID) @IsUUID() matchCaseId!: string;
  @Field(() => MatchOutcome) @IsEnum(MatchOutcome) outcome!: MatchOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
  @Field(() => HireTermsInput, {
    nullable: true,
    description: 'Required with HIRED: the terms of the hire, at the vacancy’s employer',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => HireTermsInput)
  hire?: HireTermsInput | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@ArgsType()
export class RegionMatchesArgs extends MatchPageArgs {
  @Field(() => RegionMatchFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegionMatchFilterInput)
  filter?: RegionMatchFilterInput;
}
