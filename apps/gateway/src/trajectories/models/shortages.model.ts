import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Sector } from '@werkbrug/core';
import { LocalisedText } from '@werkbrug/gateway/matches/models/match-explanation.model';

@ObjectType({ isAbstract: true })
abstract class ShortageLineModel {
  @Field(() => Int) openVacancies!: number;
  @Field(() => Int) openPositions!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Null when it would describe fewer than minimumCellSize people',
  })
  activeCandidates!: number | null;
  @Field(() => Float, { nullable: true, description: 'Active candidates per open position' })
  candidatesPerPosition!: number | null;
  @Field() suppressed!: boolean;
}

@ObjectType({ description: 'Open work of one sector against the active candidates open to it' })
export class SectorShortage extends ShortageLineModel {
  @Field(() => Sector) sector!: Sector;
}

@ObjectType({ description: 'A skill open vacancies require, against the active candidates who have it' })
export class SkillShortage extends ShortageLineModel {
  @Field(() => ID) skillId!: string;
  @Field() labelEn!: string;
  @Field(() => String, { nullable: true }) labelNl!: string | null;
}

@ObjectType({ description: 'The region’s shortages today: open vacancies against active candidates' })
export class LabourShortages {
  @Field() regionCode!: string;
  @Field(() => Int) minimumCellSize!: number;
  @Field(() => [SectorShortage], { description: 'By open positions, most first' })
  bySector!: SectorShortage[];
  @Field(() => [SkillShortage], { description: 'The 15 skills required for the most open positions' })
  bySkill!: SkillShortage[];
  @Field(() => LocalisedText) bySectorDefinition!: LocalisedText;
  @Field(() => LocalisedText) bySkillDefinition!: LocalisedText;
}
