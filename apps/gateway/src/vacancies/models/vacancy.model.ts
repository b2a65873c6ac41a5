import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContractType, Shift, Weekday } from '@werkbrug/core';
import { VacancyKind, VacancyStatus } from '@werkbrug/vacancies/vacancy.enums';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { ConnectionOf } from '@werkbrug/gateway/graphql/pagination';

@ObjectType({ description: 'A vacancy, secondment, trial place, work-experience place or project hire' })
export class Vacancy {
  @Field(() => ID) id!: string;
  @Field(() => ID) employerId!: string;
  @Field() regionCode!: string;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) escoOccupationId!: string | null;
  @Field() description!: string;
  @Field() locationPc4!: string;
  @Field(() => Int) hoursMin!: number;
  @Field(() => Int) hoursMax!: number;
  @Field(() => [Weekday]) workDays!: Weekday[];
  @Field(() => [Shift]) shifts!: Shift[];
  @Field(() => ContractType) contractType!: ContractType;
  @Field(() => Int, { nullable: true }) contractDurationMonths!: number | null;
  @Field(() => VacancyKind) kind!: VacancyKind;
  @Field(() => LocalDate, { nullable: true }) startDate!: string | null;
  @Field(() => Int) positions!: number;
  @Field(() => VacancyStatus) status!: VacancyStatus;
  @Field(() => Int) version!: number;
  @Field(() => [ID]) requiredSkillIds!: string[];
  @Field(() => [ID]) niceToHaveSkillIds!: string[];
  @Field(() => [ID], { description: 'Skills the employer will train on the job' })
  trainedOnTheJobSkillIds!: string[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class VacancyConnection extends ConnectionOf(Vacancy) {}
