import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotAuthenticatedError, type Viewer } from '@werkbrug/core';
import { FollowUpStatus } from '@werkbrug/trajectories/trajectory.enums';
import { HiresService } from '@werkbrug/trajectories';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { splitNameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { FollowUpAnswerInput, RecordHireInput } from './dto/trajectory.input';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { FollowUp, Hire } from './models/hire.model';
import { Trajectory } from './models/trajectory.model';

@Resolver(() => Hire)
export class HiresResolver {
  constructor(private readonly hires: HiresService) {}

  @Query(() => [Hire], {
    description:
      'Hires the viewer may see (the region’s for its team, those of the own employer’s candidates for HR leads, their own for a job seeker), newest first',
  })
  recordedHires(
    @CurrentViewer() viewer: Viewer,
    @Args('candidateId', { type: () => ID, nullable: true }, ParseIdPipe) candidateId?: string,
  ) {
    return this.hires.list(viewer, candidateId ?? null);
  }

  @Query(() => [FollowUp], { description: 'Follow-up tasks of the hires the viewer may see, by due date' })
  followUps(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => FollowUpStatus, nullable: true }) status?: FollowUpStatus,
  ) {
    return this.hires.followUps(viewer, status ?? null);
  }

  @Mutation(() => Hire, {
    description:
      'The candidate’s own HR lead or the region’s mobility team: the candidate started work. Takes them out of the active pool and schedules follow-ups at three and six months.',
  })
  recordHire(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordHireInput) {
    return this.hires.record(viewer, ...splitNameCheck(input));
  }

  @Mutation(() => FollowUp, {
    description: 'Answers a due follow-up: does the person still work, and where?',
  })
  answerFollowUp(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: FollowUpAnswerInput,
  ) {
    return this.hires.answerFollowUp(viewer, id, ...splitNameCheck(input));
  }
}

/** A trajectory's candidate's hires, read with the trajectory: the page needs them together. */
@Resolver(() => Trajectory)
export class TrajectoryHiresResolver {
  constructor(private readonly hiresService: HiresService) {}

  @ResolveField(() => [Hire], {
    description: 'The candidate’s hires, as the viewer may see them (newest first)',
  })
  hires(@Parent() trajectory: Trajectory, @Context() ctx: GraphQLContext) {
    const viewer = ctx.req.viewer;
    if (!viewer) throw new NotAuthenticatedError();
    return this.hiresService.list(viewer, trajectory.candidateId);
  }
}
