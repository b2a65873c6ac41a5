import { ArgsType, Field, ID } from '@nestjs/graphql';
import { TrajectoryStatus } from '@werkbrug/trajectories/trajectory.enums';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@werkbrug/gateway/graphql/pagination';

@ArgsType()
export class TrajectoriesArgs extends PageArgs {
  @Field(() => TrajectoryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TrajectoryStatus)
  status?: TrajectoryStatus;
  @Field(() => ID, { nullable: true, description: 'One candidate’s trajectories, the history included' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
  @Field({ nullable: true, description: 'Only the trajectories the viewer guides as counsellor' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}
