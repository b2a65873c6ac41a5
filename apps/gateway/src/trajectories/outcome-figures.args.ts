import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { CandidateTrack, Sector } from '@werkbrug/core';
import { FigureBreakdown } from '@werkbrug/trajectories/trajectory.enums';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';

@ArgsType()
export class OutcomeFiguresArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Administrators choose a region; others see their own',
  })
  @IsOptional()
  @IsString()
  @Length(4, 4)
  regionCode?: string | null;
  @Field(() => LocalDate) @IsString() from!: string;
  @Field(() => LocalDate) @IsString() to!: string;
  @Field(() => FigureBreakdown, { defaultValue: FigureBreakdown.NONE })
  @IsEnum(FigureBreakdown)
  breakdown!: FigureBreakdown;
  @Field(() => CandidateTrack, { nullable: true })
  @IsOptional()
  @IsEnum(CandidateTrack)
  track?: CandidateTrack | null;
  @Field(() => Sector, { nullable: true, description: 'The client employer’s sector' })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector | null;
  @Field(() => ID, { nullable: true, description: 'One client employer' })
  @IsOptional()
  @IsUUID()
  employerId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The flow-through year; the period’s end year by default',
  })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  flowThroughYear?: number | null;
}
