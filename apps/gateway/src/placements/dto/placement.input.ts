import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { HireTermsInput } from '@werkbrug/gateway/trajectories/dto/trajectory.input';
import { Weekday } from '@werkbrug/core';
import {
  PlacementFollowUp,
  PlacementKind,
  PlacementPayer,
  PlacementPurpose,
} from '@werkbrug/placements/placement.enums';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  ValidateNested,
  Min,
} from 'class-validator';
import { ConfirmPossibleNamesField } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { IsNotBlank, IsOptionalNotNull } from '@werkbrug/gateway/graphql/validation';

@InputType({
  description:
    'Terms of a placement; leave startDate, endDate and hoursPerWeek out to let the worker propose them',
})
export class PlacementTermsInput {
  @Field(() => PlacementPurpose) @IsEnum(PlacementPurpose) purpose!: PlacementPurpose;
  @Field(() => Int, {
    nullable: true,
    description: 'Hours per week asked for; from the vacancy when proposing from a match',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(48)
  requestedHoursPerWeek?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(104) durationWeeks?:
    number | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() notBefore?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() startDate?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() endDate?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(48) hoursPerWeek?: number | null;
  @Field(() => [Weekday], { defaultValue: [] }) @IsEnum(Weekday, { each: true }) workDays!: Weekday[];
  @Field(() => Int) @IsInt() @Min(1) @Max(48) contractHoursPerWeek!: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(48) ownWorkHoursPerWeek!: number;
  @Field(() => PlacementPayer) @IsEnum(PlacementPayer) salaryPaidBy!: PlacementPayer;
  @Field() @IsBoolean() travelCostsReimbursed!: boolean;
  @Field(() => PlacementPayer) @IsEnum(PlacementPayer) travelCostsPaidBy!: PlacementPayer;
  @Field(() => String, { nullable: true, description: 'E.g. a no-risk policy' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  insuranceNote?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) subsidyNote?:
    string | null;
  @Field({ defaultValue: true }) @IsBoolean() returnOption!: boolean;
  @Field({ description: 'Contact person at the lending employer' })
  @IsString()
  @IsNotBlank(2)
  @Length(2, 200)
  lendingContact!: string;
  @Field({ description: 'Contact person at the host' })
  @IsString()
  @IsNotBlank(2)
  @Length(2, 200)
  hostContact!: string;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

@InputType()
export class ProposePlacementInput extends PlacementTermsInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() hostEmployerId!: string;
  @Field(() => PlacementKind) @IsEnum(PlacementKind) kind!: PlacementKind;
}

/**
 * A change to the terms: fields left out keep their stored value; null clears the dates, hours and notes that
 * may be empty (startDate, endDate and hoursPerWeek together let the worker propose them again).
 */
@InputType()
export class ChangePlacementTermsInput extends PartialType(
  OmitType(ProposePlacementInput, [
    'candidateId',
    'hostEmployerId',
    'requestedHoursPerWeek',
    'durationWeeks',
  ] as const),
  { omitDefaultValues: true, skipNullProperties: false },
) {
  @Field(() => Int, { nullable: true })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(48)
  requestedHoursPerWeek?: number;
  @Field(() => Int, { nullable: true })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(104)
  durationWeeks?: number;
}

@InputType()
export class HostCapacityInput {
  @Field(() => LocalDate) @IsString() from!: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() to?: string | null;
  @Field(() => Int) @IsInt() @Min(0) @Max(5000) hoursPerWeek!: number;
}

/** What followed a placement; with HIRED the hire's terms, validated like any input. */
@ArgsType()
export class PlacementFollowUpArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => PlacementFollowUp) @IsEnum(PlacementFollowUp) followUp!: PlacementFollowUp;
  @Field(() => HireTermsInput, { nullable: true, description: 'Required with HIRED: the terms of the hire' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HireTermsInput)
  hire?: HireTermsInput | null;
}

export { PlacementFollowUp };
