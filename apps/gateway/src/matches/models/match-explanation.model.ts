import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A text in Dutch and English' })
export class LocalisedText {
  @Field() nl!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'An ESCO skill as named in an explanation (Dutch label where ESCO has one)' })
export class SkillRef {
  @Field(() => ID) skillId!: string;
  @Field() labelEn!: string;
  @Field(() => String, { nullable: true }) labelNl!: string | null;
}

@ObjectType({ description: 'One soft component of a score: its value, weight and share of the 0–100 score' })
export class ScoreComponent {
  @Field({
    description:
      'REQUIRED_SKILLS, RELATED_SKILLS, NICE_TO_HAVE, STRENGTH_USE, GROWTH, DISTANCE, HOURS, TIMING, SECTOR, and SEARCH_DIRECTION where the candidate has agreed search directions and the vacancy names its occupation',
  })
  component!: string;
  @Field(() => Float, { description: '0–1' }) value!: number;
  @Field(() => Float, { description: 'Weight; the weights of a breakdown sum to 1' }) weight!: number;
  @Field(() => Float, { description: 'Points of the 0–100 score (weight × value × 100)' })
  contribution!: number;
  @Field(() => LocalisedText) explanation!: LocalisedText;
}

@ObjectType()
export class MatchedSkill {
  @Field(() => SkillRef) skill!: SkillRef;
  @Field(() => Int, { description: "The candidate's level, 1–4" }) level!: number;
  @Field({ description: 'REQUIRED or NICE_TO_HAVE' }) role!: string;
}

@ObjectType({ description: 'A vacancy skill the candidate lacks, partly covered by a close skill they have' })
export class SkillSubstitution {
  @Field() role!: string;
  @Field(() => SkillRef) wanted!: SkillRef;
  @Field(() => SkillRef) by!: SkillRef;
  @Field(() => Float, { description: 'Share of the skill’s credit earned, 0–1' }) credit!: number;
}

@ObjectType({ description: 'A change that would raise the score, and by how much' })
export class ScoreImprovement {
  @Field({ description: 'DEVELOP_SKILL (the job seeker) or TRAIN_ON_THE_JOB (the employer)' }) kind!: string;
  @Field({ description: 'CANDIDATE or EMPLOYER' }) audience!: string;
  @Field(() => SkillRef) skill!: SkillRef;
  @Field(() => Float) scoreAfter!: number;
  @Field(() => Float) scoreGain!: number;
  @Field(() => LocalisedText) explanation!: LocalisedText;
}

@ObjectType()
export class BrokenRule {
  @Field() rule!: string;
  @Field(() => LocalisedText) explanation!: LocalisedText;
}

@ObjectType({
  description: 'Why a pair scores what it scores: every part of the score, in Dutch and English',
})
export class MatchExplanation {
  @Field() modelVersion!: string;
  @Field() skillSpaceVersion!: string;
  @Field({ description: 'False when a hard rule is broken; then there is no score' }) eligible!: boolean;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float, { description: 'Between the PC4 centroids' }) distanceKm!: number;
  @Field(() => [ScoreComponent]) breakdown!: ScoreComponent[];
  @Field(() => [MatchedSkill]) matchedSkills!: MatchedSkill[];
  @Field(() => [SkillRef]) missingRequiredSkills!: SkillRef[];
  @Field(() => [SkillRef], { description: 'Skills the employer trains on the job that the candidate lacks' })
  trainedGaps!: SkillRef[];
  @Field(() => [SkillSubstitution]) substitutions!: SkillSubstitution[];
  @Field(() => [ScoreImprovement]) improvements!: ScoreImprovement[];
  @Field(() => [BrokenRule]) brokenRules!: BrokenRule[];
}
