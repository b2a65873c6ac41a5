import { ArgsType, Field } from '@nestjs/graphql';
import { Sector } from '@werkbrug/core';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { PageArgs } from '@werkbrug/gateway/graphql/pagination';

@ArgsType()
export class EmployersArgs extends PageArgs {
  @Field({ nullable: true }) @IsOptional() @Matches(/^AM\d{2}$/) regionCode?: string;
  @Field(() => Sector, { nullable: true }) @IsOptional() @IsEnum(Sector) sector?: Sector;
}
