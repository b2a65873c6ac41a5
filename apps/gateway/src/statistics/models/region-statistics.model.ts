import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class TrackCount {
  @Field() track!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Null for HR leads when 1 to 4: the track is need-to-know and small counts point at people',
  })
  count!: number | null;
}

@ObjectType({ description: 'Counts per region, recomputed by the worker after every change' })
export class RegionStatistics {
  @Field() regionCode!: string;
  @Field(() => Int) employers!: number;
  @Field(() => Int) activeCandidates!: number;
  @Field(() => [TrackCount]) activeCandidatesByTrack!: TrackCount[];
  @Field(() => Int) openVacancies!: number;
  @Field(() => Int) openPositions!: number;
  @Field(() => Int, { description: 'Active or paused candidates whose contract ends within six months' })
  contractsEndingWithinSixMonths!: number;
  @Field() computedAt!: Date;
}
