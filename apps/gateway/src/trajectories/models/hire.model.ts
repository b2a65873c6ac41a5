import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContractType } from '@werkbrug/core';
import { FollowUpStatus, HireSource } from '@werkbrug/trajectories/trajectory.enums';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

@ObjectType({ description: 'Three or six months after a hire: does the person still work? Never assumed.' })
export class FollowUp {
  @Field(() => ID) id!: string;
  @Field(() => ID) hireId!: string;
  @Field(() => ID) candidateId!: string;
  @Field() candidatePublicCode!: string;
  @Field(() => Int) months!: number;
  @Field(() => LocalDate) dueOn!: string;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => ID, { nullable: true, description: 'The counsellor who follows up; else the HR leads do' })
  counsellorUserId!: string | null;
  @Field(() => LocalDate, { nullable: true }) answeredOn!: string | null;
  @Field(() => Boolean, { nullable: true }) stillEmployed!: boolean | null;
  @Field(() => Boolean, { nullable: true }) sameEmployer!: boolean | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'How often the worker reminded about it' }) reminderCount!: number;
}

@ObjectType({
  description: 'A candidate started work: with another employer, their own, or as self-employed',
})
export class Hire {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field() candidatePublicCode!: string;
  @Field(() => String, { nullable: true, description: 'Null for self-employment' }) employerName!:
    string | null;
  @Field() selfEmployed!: boolean;
  @Field({ description: 'Another employer than the one the candidate came from, or self-employed' })
  external!: boolean;
  @Field(() => ContractType, { nullable: true }) contractType!: ContractType | null;
  @Field(() => LocalDate) startedOn!: string;
  @Field(() => Int, { nullable: true, description: 'Null for an open-ended contract' })
  durationMonths!: number | null;
  @Field(() => Int, { nullable: true }) hoursPerWeek!: number | null;
  @Field(() => HireSource) source!: HireSource;
  @Field(() => ID, { nullable: true, description: 'The match whose HIRED outcome recorded this hire' })
  matchCaseId!: string | null;
  @Field(() => [FollowUp]) followUps!: FollowUp[];
  @Field(() => DateTimeScalar) createdAt!: Date;
}
