import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class TrackCount {
  @Field() track!: string;
  @Field(() => Int) count!: number;
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
