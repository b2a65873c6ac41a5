import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { ContractType, Shift, Weekday } from '@werkbrug/core';
import { VacancyKind } from '@werkbrug/vacancies/vacancy.enums';
import {
  ArrayMaxSize,
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
} from 'class-validator';
import { ConfirmPossibleNamesField } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { IsNotBlank, IsOptionalNotNull } from '@werkbrug/gateway/graphql/validation';

@InputType()
export class CreateVacancyInput {
  @Field() @IsString() @IsNotBlank(2) @Length(2, 200) title!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() escoOccupationId?: string | null;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(10000) description!: string;
  @Field()
  @Matches(/^[1-9]\d{3}$/, { message: 'locationPc4 must be four digits, e.g. 5211' })
  locationPc4!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(48) hoursMin!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(48) hoursMax!: number;
  @Field(() => [Weekday], { defaultValue: [] }) @IsEnum(Weekday, { each: true }) workDays!: Weekday[];
  @Field(() => [Shift], { defaultValue: [] }) @IsEnum(Shift, { each: true }) shifts!: Shift[];
  @Field(() => ContractType) @IsEnum(ContractType) contractType!: ContractType;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(120) contractDurationMonths?:
    number | null;
  @Field(() => VacancyKind) @IsEnum(VacancyKind) kind!: VacancyKind;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() startDate?: string | null;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(500) positions!: number;
  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(60)
  requiredSkillIds!: string[];
  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(60)
  niceToHaveSkillIds!: string[];
  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(60)
  trainedOnTheJobSkillIds!: string[];
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

/**
 * Every field may be left out and then keeps its stored value, so the update input has no defaults (the create
 * input's defaults would silently reset the description and skill lists). Null is refused where the field
 * cannot be empty.
 */
@InputType()
export class UpdateVacancyInput extends PartialType(CreateVacancyInput, {
  omitDefaultValues: true,
  skipNullProperties: false,
}) {
  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; CONFLICT if someone changed it since',
  })
  @IsOptionalNotNull()
  @IsInt()
  expectedVersion?: number;
}
