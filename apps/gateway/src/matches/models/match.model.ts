import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MatchCaseState, MatchConsent, MatchOutcome, RematchStatus } from '@werkbrug/matching';
import { CandidateProfile } from '@werkbrug/gateway/candidates/models/candidate-profile.model';
import { Vacancy } from '@werkbrug/gateway/vacancies/models/vacancy.model';

@ObjectType({ description: 'One step in the history of a match' })
export class MatchCaseEvent {
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. CANDIDATE_INTERESTED, EMPLOYER_NOT_INTERESTED, CONSENT_GIVEN, OUTCOME_HIRED' })
  event!: string;
  @Field(() => MatchCaseState) fromState!: MatchCaseState;
  @Field(() => MatchCaseState) toState!: MatchCaseState;
  @Field({
    description: 'The role of whoever acted (an HR lead may answer on behalf of their own candidate)',
  })
  actorRole!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() occurredAt!: Date;
}

@ObjectType({
  description: 'What happened with a suggestion: both sides’ answers, consent to introduce, outcome',
})
export class MatchCase {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) vacancyId!: string;
  @Field(() => ID, { description: 'The vacancy’s employer' }) employerId!: string;
  @Field(() => MatchCaseState) state!: MatchCaseState;
  @Field(() => String, { nullable: true, description: 'INTERESTED or NOT_INTERESTED' })
  candidateInterest!: string | null;
  @Field(() => String, { nullable: true }) candidateReason!: string | null;
  @Field(() => String, { nullable: true, description: 'INTERESTED or NOT_INTERESTED' })
  employerInterest!: string | null;
  @Field(() => String, { nullable: true }) employerReason!: string | null;
  @Field(() => MatchConsent, { nullable: true }) consent!: MatchConsent | null;
  @Field({ description: 'True while the employer’s HR leads may read the candidate’s identity (logged)' })
  identityDisclosed!: boolean;
  @Field(() => MatchOutcome, { nullable: true }) outcome!: MatchOutcome | null;
  @Field(() => String, { nullable: true }) outcomeNote!: string | null;
  @Field(() => Float, { nullable: true, description: 'The score when the case was opened' }) score!:
    number | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'A suggested candidate–vacancy pair with its score' })
export class Match {
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) vacancyId!: string;
  @Field(() => Float, { description: '0–100; see explanation' }) score!: number;
  @Field(() => Int, { nullable: true, description: "Place in the candidate's list (1 = best)" })
  candidateRank!: number | null;
  @Field(() => Int, { nullable: true, description: "Place in the vacancy's list (1 = best)" })
  vacancyRank!: number | null;
  @Field(() => CandidateProfile, { description: 'Anonymised unless the viewer is on the owner side' })
  candidate!: CandidateProfile;
  @Field(() => Vacancy) vacancy!: Vacancy;
}

@ObjectType({ description: 'A page of matches, best first' })
export class MatchPage {
  @Field(() => [Match]) nodes!: Match[];
  @Field(() => Int) totalCount!: number;
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the list last changed; poll this (cheap) to learn about new matches',
  })
  updatedAt!: Date | null;
}

@ObjectType()
export class MatchRating {
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) vacancyId!: string;
  @Field() useful!: boolean;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field() ratedAt!: Date;
}

@ObjectType({ description: 'How many pairs a hard rule ruled out (counted under the first rule broken)' })
export class RuleRejections {
  @Field() rule!: string;
  @Field(() => Float) pairs!: number;
}

@ObjectType({ description: 'A full regional rematch: scored in chunks by the worker processes' })
export class RematchRun {
  @Field(() => ID) id!: string;
  @Field() regionCode!: string;
  @Field(() => RematchStatus) status!: RematchStatus;
  @Field() reason!: string;
  @Field(() => Int) candidates!: number;
  @Field(() => Int) vacancies!: number;
  @Field(() => Int, { description: 'Left out: a profile without skills or location is never scored' })
  incompleteCandidates!: number;
  @Field(() => Int) incompleteVacancies!: number;
  @Field(() => Int) chunksTotal!: number;
  @Field(() => Int) chunksDone!: number;
  @Field(() => Float, { description: '0–1' }) progress!: number;
  @Field(() => Float) pairsScored!: number;
  @Field(() => Float) pairsEligible!: number;
  @Field(() => [RuleRejections], { description: 'Why the other pairs are not matches' })
  rejections!: RuleRejections[];
  @Field(() => String, { nullable: true }) modelVersion!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
