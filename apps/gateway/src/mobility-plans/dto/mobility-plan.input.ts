import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import {
  FinancialElementKind,
  MobilityPathKind,
} from '@werkbrug/gateway/mobility-plans/models/mobility-plan.model';

const SHORT = 200;
const LONG = 5000;

@InputType()
export class LocalisedTextInput {
  @Field() @IsString() @MaxLength(LONG) nl!: string;
  @Field() @IsString() @MaxLength(LONG) en!: string;
}

@InputType()
export class ShortTextInput {
  @Field() @IsString() @MaxLength(SHORT) nl!: string;
  @Field() @IsString() @MaxLength(SHORT) en!: string;
}

@InputType({
  description: 'Give the numbers its kind needs (see FinancialElementKind); the others are ignored',
})
export class FinancialElementInput {
  @Field(() => FinancialElementKind)
  @IsIn(Object.values(FinancialElementKind))
  kind!: keyof typeof FinancialElementKind;
  @Field(() => LocalisedTextInput)
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  description!: LocalisedTextInput;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() factor?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() amountEur?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() months?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() month?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() percent?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() fromMonth?: number | null;
}

@InputType()
export class MobilityPathInput {
  @Field(() => ID, { nullable: true, description: 'Leave out for a new path; keep it to keep the path' })
  @IsOptional()
  @IsUUID()
  id?: string | null;
  @Field(() => MobilityPathKind) @IsIn(Object.values(MobilityPathKind)) kind!: keyof typeof MobilityPathKind;
  @Field(() => ShortTextInput) @ValidateNested() @Type(() => ShortTextInput) name!: ShortTextInput;
  @Field(() => LocalisedTextInput)
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  description!: LocalisedTextInput;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100_000) trainingBudgetEur!: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(2000) mediationHours!: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(2000) coachingHours!: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(60) durationMonths!: number;
  @Field(() => LocalisedTextInput)
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  conditions!: LocalisedTextInput;
  @Field() @IsBoolean() keepsUnemploymentBenefit!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether HR leads see who chose it (not only how many); by default only for GUIDANCE',
  })
  @IsOptional()
  @IsBoolean()
  followUp?: boolean | null;
  @Field(() => [FinancialElementInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FinancialElementInput)
  elements!: FinancialElementInput[];
}

@InputType()
export class GuideSectionInput {
  @Field(() => ShortTextInput) @ValidateNested() @Type(() => ShortTextInput) title!: ShortTextInput;
  @Field(() => LocalisedTextInput)
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  body!: LocalisedTextInput;
}

@InputType({ description: 'The whole content of a draft; saving replaces it' })
export class MobilityPlanDraftInput {
  @Field(() => ShortTextInput) @ValidateNested() @Type(() => ShortTextInput) title!: ShortTextInput;
  @Field(() => LocalDate) @IsString() employmentEndDate!: string;
  @Field(() => LocalDate) @IsString() choiceDeadline!: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) helpHourValueEur!: number;
  @Field(() => [MobilityPathInput])
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => MobilityPathInput)
  paths!: MobilityPathInput[];
  @Field(() => [GuideSectionInput])
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => GuideSectionInput)
  guide!: GuideSectionInput[];
}

@InputType({ description: "An employee's own figures: used for one answer, never stored or logged" })
export class EmployeeFiguresInput {
  @Field(() => Float, { description: 'Gross monthly salary without holiday allowance' })
  @IsNumber()
  grossMonthlySalaryEur!: number;
  @Field(() => Float, { description: 'Years with this employer' }) @IsNumber() yearsOfService!: number;
  @Field(() => Float, { description: 'Years of work in all (for how long WW lasts)' })
  @IsNumber()
  employmentHistoryYears!: number;
}
