import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AssessmentDomain,
  ContactKind,
  PlanActionOwner,
  ScreeningAdvice,
  TrajectoryKind,
  TrajectoryModule,
  TrajectoryOutcome,
  TrajectoryPrecondition,
  TrajectoryStatus,
} from '@werkbrug/trajectories/trajectory.enums';
import { Role } from '@werkbrug/core';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { ConnectionOf } from '@werkbrug/gateway/graphql/pagination';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

@ObjectType({ description: 'A staff member named in a trajectory' })
export class TrajectoryStaff {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Null when the account no longer exists' })
  displayName!: string | null;
}

@ObjectType()
export class TrajectoryPreconditionModel {
  @Field(() => TrajectoryPrecondition) kind!: TrajectoryPrecondition;
  @Field(() => LocalDate) confirmedOn!: string;
  @Field(() => TrajectoryStaff) confirmedBy!: TrajectoryStaff;
}

@ObjectType()
export class AssessmentItem {
  @Field(() => AssessmentDomain) domain!: AssessmentDomain;
  @Field(() => Int, { description: '1 (a serious obstacle) to 5 (a strength)' }) score!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'Conclusions a–e of the assessment report' })
export class ScreeningConclusions {
  @Field(() => String, {
    nullable: true,
    description: 'a. Can the candidate be motivated for the sectors with vacancies?',
  })
  sectors!: string | null;
  @Field(() => String, { nullable: true, description: 'b. Can they move to the available jobs?' })
  mobility!: string | null;
  @Field(() => String, { nullable: true, description: 'c. Which training is needed?' })
  training!: string | null;
  @Field(() => String, { nullable: true, description: 'd. Which obstacles must be removed?' })
  obstacles!: string | null;
  @Field(() => String, { nullable: true, description: 'e. Within what period can they move?' })
  period!: string | null;
}

@ObjectType()
export class TrajectoryContact {
  @Field(() => ID) id!: string;
  @Field(() => LocalDate) occurredOn!: string;
  @Field(() => ContactKind) kind!: ContactKind;
  @Field(() => Int, { nullable: true }) durationMinutes!: number | null;
  @Field() summary!: string;
  @Field(() => String, { nullable: true, description: 'For an absence: what it means for the trajectory' })
  consequence!: string | null;
  @Field(() => TrajectoryStaff) recordedBy!: TrajectoryStaff;
}

@ObjectType({ description: 'A search direction of the plan: an ESCO occupation' })
export class SearchDirection {
  @Field(() => ID) occupationId!: string;
  @Field(() => String, { nullable: true }) labelNl!: string | null;
  @Field() labelEn!: string;
}

@ObjectType()
export class PlanAction {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field(() => PlanActionOwner) owner!: PlanActionOwner;
  @Field(() => LocalDate) dueOn!: string;
  @Field(() => LocalDate, { nullable: true }) doneOn!: string | null;
  @Field({ description: 'The counsellor, or the one the action is for, while it is open' })
  viewerMayComplete!: boolean;
}

@ObjectType({
  description: 'The trajectory plan: goals, search directions, modules, actions, time investment',
})
export class TrajectoryPlan {
  @Field(() => String, { nullable: true }) goals!: string | null;
  @Field(() => [SearchDirection], { description: 'Most preferred first' })
  searchDirections!: SearchDirection[];
  @Field(() => [TrajectoryModule]) modules!: TrajectoryModule[];
  @Field(() => Int, { nullable: true, description: 'Agreed time investment, hours a week' })
  hoursPerWeek!: number | null;
  @Field(() => LocalDate, { nullable: true }) updatedOn!: string | null;
  @Field(() => [PlanAction], { description: 'By deadline' }) actions!: PlanAction[];
}

@ObjectType({ description: 'The candidate’s own note on a month of the trajectory' })
export class ProgressNote {
  @Field(() => LocalDate, { description: 'The first day of the month' }) month!: string;
  @Field() note!: string;
  @Field(() => DateTimeScalar) writtenAt!: Date;
}

@ObjectType({ description: 'What the viewer may do in this trajectory' })
export class TrajectoryPermissions {
  @Field({ description: 'Screening, plan, contacts and closing: the counsellor' }) guide!: boolean;
  @Field({ description: 'The candidate, while the trajectory is open' }) writeProgressNote!: boolean;
  @Field({ description: 'Spoor 2: the client employer’s HR leads and the counsellor' })
  confirmPreconditions!: boolean;
  @Field({ description: 'The region’s mobility team' }) assignCounsellor!: boolean;
}

@ObjectType({
  description:
    'A guidance trajectory of one candidate. The health domain and the functional-capacity note are shown only to the counsellor and the candidate; others get them left out (healthVisible false).',
})
export class Trajectory {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field() candidatePublicCode!: string;
  @Field() regionCode!: string;
  @Field(() => ID, { description: 'The employer who pays: the candidate’s own employer' })
  clientEmployerId!: string;
  @Field() clientName!: string;
  @Field(() => TrajectoryKind) kind!: TrajectoryKind;
  @Field(() => TrajectoryStatus) status!: TrajectoryStatus;
  @Field(() => TrajectoryStaff) counsellor!: TrajectoryStaff;
  @Field(() => LocalDate) startedOn!: string;
  @Field(() => LocalDate, { nullable: true }) firstSicknessDay!: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Spoor 2: the last day of the 104-week waiting period',
  })
  waitingPeriodEndsOn!: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Spoor 2: the last day to apply for WIA (11 weeks before the waiting period ends)',
  })
  wiaApplicationDueOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) plannedDismissalOn!: string | null;
  @Field(() => [TrajectoryPreconditionModel]) preconditions!: TrajectoryPreconditionModel[];
  @Field({
    description: 'Whether the health domain and the functional-capacity note are shown to this viewer',
  })
  healthVisible!: boolean;
  @Field(() => [AssessmentItem]) assessment!: AssessmentItem[];
  @Field(() => String, { nullable: true, description: 'Counsellor and candidate only' })
  functionalCapacityNote!: string | null;
  @Field(() => String, { nullable: true, description: 'What the person can do, in functional terms' })
  functionalConclusion!: string | null;
  @Field(() => ScreeningConclusions) conclusions!: ScreeningConclusions;
  @Field(() => ScreeningAdvice, { nullable: true }) advice!: ScreeningAdvice | null;
  @Field(() => String, { nullable: true }) adviceReason!: string | null;
  @Field(() => LocalDate, { nullable: true }) screenedOn!: string | null;
  @Field(() => [TrajectoryContact], { description: 'Newest first' }) contacts!: TrajectoryContact[];
  @Field(() => TrajectoryPlan) plan!: TrajectoryPlan;
  @Field(() => [ProgressNote], {
    description:
      'The candidate’s monthly notes, newest first: shown only to the counsellor and the candidate',
  })
  progressNotes!: ProgressNote[];
  @Field(() => LocalDate, { nullable: true }) closedOn!: string | null;
  @Field(() => TrajectoryOutcome, { nullable: true }) outcome!: TrajectoryOutcome | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the outcome counts as a success' })
  successful!: boolean | null;
  @Field(() => String, { nullable: true }) closingNote!: string | null;
  @Field(() => ID, { nullable: true, description: 'The hire the trajectory ended with' }) hireId!:
    string | null;
  @Field(() => TrajectoryPermissions) viewerMay!: TrajectoryPermissions;
  @Field(() => Int) version!: number;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType()
export class TrajectoryConnection extends ConnectionOf(Trajectory) {}

@ObjectType({
  description:
    'Who can be a counsellor: a mobility-team member, or an external re-integration adviser (COUNSELLOR)',
})
export class Counsellor {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => Role, { description: 'MOBILITY_TEAM or COUNSELLOR' }) role!: Role;
}
