import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { PlacementStatus } from '@werkbrug/placements';

export const MembershipStatus = { INVITED: 'INVITED', ACTIVE: 'ACTIVE', LEFT: 'LEFT' } as const;
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

export const SoughtKind = {
  TEMPORARY_EXPERIENCE: 'TEMPORARY_EXPERIENCE',
  SECONDMENT: 'SECONDMENT',
  REINTEGRATION_PLACE: 'REINTEGRATION_PLACE',
  PROJECT_WORK: 'PROJECT_WORK',
  CAREER_STEP: 'CAREER_STEP',
} as const;
registerEnumType(SoughtKind, { name: 'SoughtKind', description: 'What a collegial request looks for' });

export const CollegialAnswerKind = {
  VACANCY: 'VACANCY',
  SECONDMENT_PLACE: 'SECONDMENT_PLACE',
  PROJECT: 'PROJECT',
  CONVERSATION: 'CONVERSATION',
  NOT_NOW: 'NOT_NOW',
} as const;
registerEnumType(CollegialAnswerKind, {
  name: 'CollegialAnswerKind',
  description:
    'An offer (one of the employer’s open vacancies, a secondment place, a project, a conversation) or not now',
});

export const CollegialRequestStatus = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
registerEnumType(CollegialRequestStatus, { name: 'CollegialRequestStatus' });

@ObjectType({
  description: 'An employer in a network, with its commitment and the HR contact colleagues may call',
})
export class NetworkMember {
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field(() => MembershipStatus) status!: keyof typeof MembershipStatus;
  @Field(() => LocalDate, { nullable: true }) commitmentStart!: string | null;
  @Field(() => LocalDate, { nullable: true }) commitmentEnd!: string | null;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
}

@ObjectType({ description: 'A named group of participating employers inside a region' })
export class EmployerNetwork {
  @Field(() => ID) id!: string;
  @Field() regionCode!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Int, { description: 'The shortest commitment a member makes, in months' })
  minimumCommitmentMonths!: number;
  @Field(() => Int, { description: 'Days after which a member that has not answered a request is reminded' })
  reminderAfterDays!: number;
  @Field(() => [NetworkMember]) members!: NetworkMember[];
  @Field(() => MembershipStatus, {
    nullable: true,
    description: "The viewer's employer's place in it (null for the mobility team)",
  })
  myStatus!: keyof typeof MembershipStatus | null;
  @Field({ description: 'The viewer may see and put requests (an active member) or follows them (the team)' })
  seesRequests!: boolean;
}

@ObjectType()
export class CollegialRecipient {
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field() answered!: boolean;
}

@ObjectType({ description: 'The placement an offer became' })
export class OfferPlacement {
  @Field(() => ID) id!: string;
  @Field(() => PlacementStatus) status!: PlacementStatus;
  @Field(() => LocalDate, { nullable: true }) startDate!: string | null;
}

@ObjectType()
export class CollegialAnswer {
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field(() => CollegialAnswerKind) kind!: keyof typeof CollegialAnswerKind;
  @Field(() => ID, { nullable: true }) vacancyId!: string | null;
  @Field() note!: string;
  @Field(() => DateTimeScalar) answeredAt!: Date;
  @Field(() => OfferPlacement, {
    nullable: true,
    description: 'The placement the asking HR lead (or the team) made of this offer',
  })
  placement!: OfferPlacement | null;
}

@ObjectType({
  description: 'An HR lead asks the network for help with one of their own candidates (anonymised)',
})
export class CollegialRequest {
  @Field(() => ID) id!: string;
  @Field(() => ID) networkId!: string;
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field(() => ID) candidateId!: string;
  @Field() candidatePublicCode!: string;
  @Field(() => SoughtKind) sought!: keyof typeof SoughtKind;
  @Field(() => LocalDate) startFrom!: string;
  @Field(() => Int) durationMonths!: number;
  @Field(() => Int) hoursPerWeek!: number;
  @Field({ description: 'What the lending employer offers (salary paid, costs)' }) lenderOffer!: string;
  @Field() note!: string;
  @Field(() => CollegialRequestStatus) status!: keyof typeof CollegialRequestStatus;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) closingNote!: string | null;
  @Field(() => [CollegialRecipient]) recipients!: CollegialRecipient[];
  @Field(() => [CollegialAnswer]) answers!: CollegialAnswer[];
  @Field(() => Float, { nullable: true, description: 'Hours from the request to its first answer' })
  hoursToFirstAnswer!: number | null;
}

@ObjectType({
  description:
    "A member's part in the period; for HR leads, another member's null is 1 to 4 (small counts, and the hours behind them)",
})
export class NetworkMemberReview {
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field(() => Int, { nullable: true }) asked!: number | null;
  @Field(() => Int, { nullable: true }) received!: number | null;
  @Field(() => Int, { nullable: true }) answered!: number | null;
  @Field(() => Int, { nullable: true }) offers!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Hours lent to other members in the period (the ledger between members); null for an HR lead when 1 to 4 of another member's placements are behind them",
  })
  hoursLent!: number | null;
  @Field(() => Float, { nullable: true, description: 'Hours borrowed from other members in the period' })
  hoursBorrowed!: number | null;
  @Field(() => Int, { nullable: true }) placementsLent!: number | null;
  @Field(() => Int, { nullable: true }) placementsBorrowed!: number | null;
}

@ObjectType({ description: "A member's notes for a quarter's review (no people's names)" })
export class NetworkReviewNote {
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field(() => LocalDate, { description: 'The first day of the quarter' }) quarterStart!: string;
  @Field() successes!: string;
  @Field() bottlenecks!: string;
  @Field() challenges!: string;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType({
  description:
    "The network's periodic review: its requests, answers, offers and placements, the hours lent and borrowed between members, and the members' notes",
})
export class NetworkReview {
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => Int) requests!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) offers!: number;
  @Field(() => Int, { description: "Placements from the network's offers that started in the period" })
  placementsStarted!: number;
  @Field(() => Float, { nullable: true }) medianHoursToFirstAnswer!: number | null;
  @Field(() => [NetworkMemberReview]) members!: NetworkMemberReview[];
  @Field(() => [NetworkReviewNote], { description: 'Notes of the quarters that start in the period' })
  notes!: NetworkReviewNote[];
  @Field({ description: 'The review to print (HTML, A4), in the language asked: add lang=en for English' })
  printUrl!: string;
  @Field() pdfUrl!: string;
  @Field() csvUrl!: string;
}
