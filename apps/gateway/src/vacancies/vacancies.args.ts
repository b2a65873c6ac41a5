import { ArgsType, Field, ID } from '@nestjs/graphql';
import { VacancyKind, VacancyStatus } from '@werkbrug/vacancies/vacancy.enums';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@werkbrug/gateway/graphql/pagination';

@ArgsType()
export class VacanciesArgs extends PageArgs {
  @Field(() => VacancyStatus, { nullable: true }) @IsOptional() @IsEnum(VacancyStatus) status?: VacancyStatus;
  @Field(() => VacancyKind, { nullable: true }) @IsOptional() @IsEnum(VacancyKind) kind?: VacancyKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() employerId?: string;
}
