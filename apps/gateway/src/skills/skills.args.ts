import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { MAX_SUGGESTION_TEXT_LENGTH } from '@werkbrug/taxonomy';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

@ArgsType()
export class SearchSkillsArgs {
  @Field({ description: 'What the user typed so far (Dutch or English)' })
  @IsString()
  @MaxLength(100)
  query!: string;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 10;

  @Field(() => String, { nullable: true, description: "'nl' or 'en' to search one language only" })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en';
}

@ArgsType()
export class SearchOccupationsArgs {
  @Field() @IsString() @MaxLength(100) query!: string;
  @Field(() => Int, { defaultValue: 10 }) @IsInt() @Min(1) @Max(50) limit: number = 10;
}

@ArgsType()
export class SkillsByIdArgs {
  @Field(() => [ID]) @IsUUID('all', { each: true }) @ArrayMaxSize(100) ids!: string[];
}

@ArgsType()
export class SuggestSkillsFromTextArgs {
  @Field({ description: "A vacancy text or a candidate's own words, Dutch or English (1–5,000 characters)" })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_SUGGESTION_TEXT_LENGTH)
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: "'nl' or 'en': the language of the text; detected if left out",
  })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en';

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(30)
  limit = 10;
}
