import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { OutcomeFigureKey } from '@werkbrug/trajectories/outcome-figures';
import { FigureBreakdown } from '@werkbrug/trajectories/trajectory.enums';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { LocalisedText } from '@werkbrug/gateway/matches/models/match-explanation.model';
import { ConversionStep } from '@werkbrug/trajectories/conversion';

@ObjectType({
  description: 'One figure with what it is made of; null values when it would describe too few people',
})
export class OutcomeFigure {
  @Field(() => OutcomeFigureKey) key!: OutcomeFigureKey;
  @Field(() => Float, { nullable: true, description: 'A count, a share (0–1) or a number of days' })
  value!: number | null;
  @Field(() => Int, { nullable: true }) numerator!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'For a share, what it is of; for days, the people counted',
  })
  denominator!: number | null;
  @Field({
    description:
      'Hidden because it would describe fewer than minimumCellSize people, directly or by difference',
  })
  suppressed!: boolean;
}

@ObjectType()
export class OutcomeFigureRow {
  @Field(() => String, {
    nullable: true,
    description: 'A track, a sector or an employer id; null for the total',
  })
  group!: string | null;
  @Field(() => String, { nullable: true, description: 'The employer’s name for an employer breakdown' })
  groupLabel!: string | null;
  @Field(() => [OutcomeFigure]) figures!: OutcomeFigure[];
}

@ObjectType()
export class OutcomeFigureDefinition {
  @Field(() => OutcomeFigureKey) key!: OutcomeFigureKey;
  @Field() en!: string;
  @Field() nl!: string;
}

@ObjectType({ description: 'A region’s outcome figures for a period, computed from the trajectory facts' })
export class OutcomeFigures {
  @Field() regionCode!: string;
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => LocalDate, { description: 'The day the six-month windows are measured against' })
  today!: string;
  @Field(() => FigureBreakdown) breakdown!: FigureBreakdown;
  @Field(() => Int) minimumCellSize!: number;
  @Field(() => OutcomeFigureRow) total!: OutcomeFigureRow;
  @Field(() => [OutcomeFigureRow]) rows!: OutcomeFigureRow[];
  @Field(() => Int) flowThroughYear!: number;
  @Field(() => OutcomeFigure) flowThrough!: OutcomeFigure;
  @Field(() => [OutcomeFigureDefinition]) definitions!: OutcomeFigureDefinition[];
}

@ObjectType({
  description: 'A step of the meet-and-greet conversion, counted in pairs of a candidate and an employer',
})
export class ConversionFigure {
  @Field(() => ConversionStep) step!: ConversionStep;
  @Field(() => Int, {
    nullable: true,
    description: 'Null when hidden (too few pairs, directly or by difference)',
  })
  count!: number | null;
  @Field(() => Float, { nullable: true, description: 'The share of the meetings (0–1)' })
  shareOfMeetings!: number | null;
  @Field() suppressed!: boolean;
}

@ObjectType({ description: 'Meetings at meet-and-greet sessions → next steps → placements → hires' })
export class MeetAndGreetConversion {
  @Field(() => [ConversionFigure]) steps!: ConversionFigure[];
  @Field(() => Int, {
    nullable: true,
    description: 'Meetings without a recorded outcome: unknown, never assumed',
  })
  notRecorded!: number | null;
  @Field() notRecordedSuppressed!: boolean;
  @Field(() => LocalisedText) definition!: LocalisedText;
}
