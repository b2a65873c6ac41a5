import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SuggestionIntent {
  CAN = 'CAN',
  WANTS_TO_LEARN = 'WANTS_TO_LEARN',
}
registerEnumType(SuggestionIntent, { name: 'SuggestionIntent' });

@ObjectType({ description: 'An ESCO skill or knowledge concept' })
export class Skill {
  @Field(() => ID) id!: string;
  @Field({ description: 'ESCO preferred label (English)' }) labelEn!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Dutch label: official ESCO, else Werkbrug’s own translation (labelNlSource); null when neither exists',
  })
  labelNl!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'ESCO (official label) or WERKBRUG (Werkbrug’s translation); null when there is no Dutch label',
  })
  labelNlSource!: string | null;
  @Field(() => String, { nullable: true }) skillType!: string | null;
  @Field(() => String, { nullable: true }) reuseLevel!: string | null;
  @Field(() => Int, { description: 'How many ESCO occupations use this skill' }) occupationCount!: number;
}

@ObjectType()
export class SkillSearchHit {
  @Field(() => ID) skillId!: string;
  @Field(() => Float) score!: number;
  @Field({ description: 'The label that matched the query' }) matchedLabel!: string;
  @Field() matchedLanguage!: string;
  @Field() preferredLabelEn!: string;
  @Field(() => String, { nullable: true }) preferredLabelNl!: string | null;
}

@ObjectType({ description: 'An ESCO skill suggested from free text, for a person to confirm' })
export class SkillSuggestion {
  @Field(() => ID) skillId!: string;
  @Field(() => Float, {
    description:
      'Estimated chance (0–1) that an HR lead accepts the suggestion; from 0.5 it is usually right',
  })
  confidence!: number;
  @Field({ description: 'The words in the text that triggered the suggestion' }) matchedText!: string;
  @Field() preferredLabelEn!: string;
  @Field(() => String, { nullable: true }) preferredLabelNl!: string | null;
  @Field(() => SuggestionIntent, {
    description:
      'CAN: the text says the person can do it (a strength; for a vacancy text, what it asks). WANTS_TO_LEARN: ' +
      'only from what they want to learn or train for ("wil graag leren …", "volgt een opleiding tot …")',
  })
  intent!: `${SuggestionIntent}`;
}

@ObjectType({ description: 'An ESCO occupation' })
export class Occupation {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() iscoGroup!: string;
  @Field() labelEn!: string;
  @Field(() => String, { nullable: true }) labelNl!: string | null;
}
