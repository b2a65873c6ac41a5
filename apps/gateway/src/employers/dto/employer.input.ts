import { Field, InputType } from '@nestjs/graphql';
import { Sector } from '@werkbrug/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsNotBlank, IsOptionalNotNull } from '@werkbrug/gateway/graphql/validation';

@InputType()
export class EmployerLocationInput {
  @Field({ description: 'Four-digit postcode area, e.g. 5211' })
  @Matches(/^[1-9]\d{3}$/, { message: 'pc4 must be four digits, e.g. 5211' })
  pc4!: string;

  @Field({ nullable: true, description: 'e.g. "Hoofdkantoor" or "Distributiecentrum"' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  label?: string;
}

@InputType()
export class CreateEmployerInput {
  @Field() @IsString() @IsNotBlank(2) @Length(2, 200) name!: string;
  @Field(() => Sector) @IsEnum(Sector) sector!: Sector;
  @Field() @Matches(/^AM\d{2}$/, { message: 'regionCode must look like AM20' }) regionCode!: string;

  @Field(() => [EmployerLocationInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => EmployerLocationInput)
  @ArrayMaxSize(50)
  locations: EmployerLocationInput[] = [];
}

@InputType()
export class UpdateEmployerInput {
  @Field({ nullable: true }) @IsOptionalNotNull() @IsString() @IsNotBlank(2) @Length(2, 200) name?: string;
  @Field(() => Sector, { nullable: true }) @IsOptionalNotNull() @IsEnum(Sector) sector?: Sector;

  @Field(() => [EmployerLocationInput], { nullable: true })
  @IsOptionalNotNull()
  @ValidateNested({ each: true })
  @Type(() => EmployerLocationInput)
  @ArrayMaxSize(50)
  locations?: EmployerLocationInput[];
}
