import { Field, ID, InputType, Int } from '@nestjs/graphql';
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
  Min,
} from 'class-validator';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';

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
  @Length(2, 200)
  lendingContact!: string;
  @Field({ description: 'Contact person at the host' }) @IsString() @Length(2, 200) hostContact!: string;
}

@InputType()
export class ProposePlacementInput extends PlacementTermsInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() hostEmployerId!: string;
  @Field(() => PlacementKind) @IsEnum(PlacementKind) kind!: PlacementKind;
}

@InputType()
export class ChangePlacementTermsInput extends PlacementTermsInput {
  @Field(() => PlacementKind) @IsEnum(PlacementKind) kind!: PlacementKind;
}

@InputType()
export class HostCapacityInput {
  @Field(() => LocalDate) @IsString() from!: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() to?: string | null;
  @Field(() => Int) @IsInt() @Min(0) @Max(5000) hoursPerWeek!: number;
}

export { PlacementFollowUp };
