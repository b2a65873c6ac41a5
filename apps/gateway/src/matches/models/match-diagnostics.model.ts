import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalisedText } from './match-explanation.model';

@ObjectType({
  description: 'One hard rule that keeps a candidate and a vacancy apart, and what would change it',
})
export class PairExclusion {
  @Field({ description: 'The rule, as in HARD_RULES (CONTRACT_TYPE, TRAVEL_DISTANCE, …)' }) rule!: string;
  @Field(() => LocalisedText, { description: 'Short name of the rule ("contractsoort")' })
  name!: LocalisedText;
  @Field(() => LocalisedText) explanation!: LocalisedText;
  @Field(() => LocalisedText, { description: 'What would change it, and who can' }) remedy!: LocalisedText;
}

@ObjectType({ description: 'Why a candidate is (not) on a vacancy’s list, rule by rule' })
export class PairDiagnosis {
  @Field({ description: 'The pair is on the candidate’s or the vacancy’s current list' }) listed!: boolean;
  @Field(() => [PairExclusion], { description: 'Empty when no hard rule excludes the pair' })
  exclusions!: PairExclusion[];
  @Field(() => String, {
    nullable: true,
    description:
      'Why the pair cannot be judged yet: CANDIDATE_INCOMPLETE, VACANCY_INCOMPLETE or REGION_NOT_SCORED; null when it was',
  })
  incomplete!: string | null;
  @Field(() => LocalisedText, { description: 'One sentence for the reader: the answer in short' })
  summary!: LocalisedText;
}

@ObjectType()
export class RuleDropOut {
  @Field() rule!: string;
  @Field(() => LocalisedText) name!: LocalisedText;
  @Field(() => Int, {
    description: 'Candidates this rule is the first to exclude (they add up to the drop-outs)',
  })
  firstExcluded!: number;
  @Field(() => Int, { description: 'Candidates who break this rule at all' }) broken!: number;
  @Field(() => LocalisedText, { description: '"14 kandidaten vallen af op contractsoort"' })
  text!: LocalisedText;
}

@ObjectType({ description: 'How the region’s active candidates fare against one vacancy, rule by rule' })
export class VacancyDropOut {
  @Field(() => Int, { description: 'Active candidates with a complete profile, compared' }) compared!: number;
  @Field(() => Int, { description: 'Candidates who pass every rule' }) eligible!: number;
  @Field(() => [RuleDropOut]) rules!: RuleDropOut[];
}
