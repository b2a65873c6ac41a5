import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
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
