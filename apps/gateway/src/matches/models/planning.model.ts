import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Vacancy } from '@werkbrug/gateway/vacancies/models/vacancy.model';
import { LocalisedText, MatchExplanation } from './match-explanation.model';

@ObjectType()
export class CombinationPart {
  @Field(() => Vacancy) vacancy!: Vacancy;
  @Field(() => Float, { description: "Share of the combination's hours; weights this part's score" })
  share!: number;
  @Field(() => Float, { description: 'The part’s score, with hours judged on the combined range' })
  score!: number;
  @Field(() => MatchExplanation) explanation!: MatchExplanation;
}

@ObjectType({
  description: 'Two or three part-time vacancies at different employers that together give the hours wanted',
})
export class PartTimeCombination {
  @Field(() => Float, { description: 'Hours-weighted mean of the parts’ scores' }) score!: number;
  @Field(() => Int) hoursMin!: number;
  @Field(() => Int) hoursMax!: number;
  @Field(() => Int, { description: 'The parts’ hours added up' }) offeredHoursMin!: number;
  @Field(() => Int) offeredHoursMax!: number;
  @Field({ description: 'NO_SINGLE_FITS or BEATS_SINGLES' }) reason!: string;
  @Field(() => Float, { nullable: true, description: 'Best single vacancy that fits the hours, if any' })
  bestSingleScore!: number | null;
  @Field(() => LocalisedText) explanation!: LocalisedText;
  @Field(() => [CombinationPart]) parts!: CombinationPart[];
}

@ObjectType()
export class Introduction {
  @Field(() => ID) candidateId!: string;
  @Field({ description: 'The candidate’s pseudonymous code' }) candidatePublicCode!: string;
  @Field(() => ID) vacancyId!: string;
  @Field(() => ID) employerId!: string;
  @Field(() => Float) score!: number;
}

@ObjectType()
export class PlanTotals {
  @Field(() => Float) totalScore!: number;
  @Field(() => Int) introductions!: number;
  @Field(() => Int) candidatesReached!: number;
  @Field(() => Int) vacanciesServed!: number;
  @Field(() => Int) positionsFilled!: number;
  @Field(() => Int) maxIntroductionsPerCandidate!: number;
  @Field(() => Int, { description: 'Candidates chased by more vacancies than the limit allows' })
  candidatesOverLimit!: number;
  @Field(() => Float, { description: 'Gini of introductions per candidate: 0 even, towards 1 concentrated' })
  attentionGini!: number;
  @Field(() => Float, {
    description: 'Total if each candidate accepts only as many introductions as allowed',
  })
  feasibleTotalScore!: number;
  @Field(() => Int) feasiblePositionsFilled!: number;
}

@ObjectType()
export class EmployerAttention {
  @Field(() => ID) employerId!: string;
  @Field(() => Int) vacancies!: number;
  @Field(() => Int) positions!: number;
  @Field(() => Int) introductions!: number;
  @Field(() => Int) candidates!: number;
  @Field(() => Int, { description: 'Of those, candidates also introduced to another employer' })
  sharedCandidates!: number;
  @Field(() => Float) totalScore!: number;
}

@ObjectType()
export class AllocationPlan {
  @Field(() => [Introduction]) introductions!: Introduction[];
  @Field(() => PlanTotals) totals!: PlanTotals;
  @Field(() => [EmployerAttention]) byEmployer!: EmployerAttention[];
}

@ObjectType({
  description:
    'A region-wide proposal (maximum total fit within positions and a per-candidate limit) next to every vacancy taking its own top candidates',
})
export class AllocationComparison {
  @Field(() => AllocationPlan) optimal!: AllocationPlan;
  @Field(() => AllocationPlan) greedy!: AllocationPlan;
  @Field(() => Int) positions!: number;
  @Field(() => Int) introductionsPerCandidate!: number;
  @Field(() => Int) edgesUsed!: number;
}
