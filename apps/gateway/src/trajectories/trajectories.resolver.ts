import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toPageRequest, type Viewer } from '@werkbrug/core';
import { TrajectoriesService } from '@werkbrug/trajectories';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { splitNameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { toConnection } from '@werkbrug/gateway/graphql/pagination';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import {
  CloseTrajectoryInput,
  ConfirmPreconditionInput,
  OpenTrajectoryInput,
  SaveScreeningInput,
  TrajectoryContactInput,
} from './dto/trajectory.input';
import { Counsellor, Trajectory, TrajectoryConnection } from './models/trajectory.model';
import { TrajectoriesArgs } from './trajectories.args';

const TrajectoryId = () => Args('id', { type: () => ID }, ParseIdPipe);

@Resolver(() => Trajectory)
export class TrajectoriesResolver {
  constructor(private readonly service: TrajectoriesService) {}

  @Query(() => TrajectoryConnection, {
    description:
      'Trajectories the viewer may see: the region’s for its mobility team, the client employer’s for HR leads, their own for a job seeker; newest first',
  })
  async trajectories(@CurrentViewer() viewer: Viewer, @Args() args: TrajectoriesArgs) {
    const page = await this.service.list(viewer, args, toPageRequest(args.first, args.after));
    return toConnection(page, (view) => view);
  }

  @Query(() => Trajectory)
  trajectory(@CurrentViewer() viewer: Viewer, @TrajectoryId() id: string) {
    return this.service.get(viewer, id);
  }

  @Query(() => [Counsellor], { description: 'Mobility team: the team members who can be a counsellor' })
  counsellors(@CurrentViewer() viewer: Viewer) {
    return this.service.counsellors(viewer);
  }

  @Mutation(() => Trajectory, {
    description: 'Mobility team: opens a trajectory for a candidate of the region',
  })
  openTrajectory(@CurrentViewer() viewer: Viewer, @Args('input') input: OpenTrajectoryInput) {
    return this.service.open(viewer, input);
  }

  @Mutation(() => Trajectory, { description: 'Mobility team: gives the trajectory another counsellor' })
  assignTrajectoryCounsellor(
    @CurrentViewer() viewer: Viewer,
    @TrajectoryId() id: string,
    @Args('counsellorUserId', { type: () => ID }, ParseIdPipe) counsellorUserId: string,
  ) {
    return this.service.assignCounsellor(viewer, id, counsellorUserId);
  }

  @Mutation(() => Trajectory, {
    description:
      'Spoor 2: the client employer’s HR lead or the counsellor confirms a precondition, with its date',
  })
  confirmTrajectoryPrecondition(
    @CurrentViewer() viewer: Viewer,
    @TrajectoryId() id: string,
    @Args('input') input: ConfirmPreconditionInput,
  ) {
    return this.service.confirmPrecondition(viewer, id, input);
  }

  @Mutation(() => Trajectory, {
    description: 'The counsellor: screening items per life domain, conclusions a–e and the advice',
  })
  saveTrajectoryScreening(
    @CurrentViewer() viewer: Viewer,
    @TrajectoryId() id: string,
    @Args('input') input: SaveScreeningInput,
  ) {
    return this.service.saveScreening(viewer, id, ...splitNameCheck(input));
  }

  @Mutation(() => Trajectory, { description: 'The counsellor: records a contact or an absence' })
  logTrajectoryContact(
    @CurrentViewer() viewer: Viewer,
    @TrajectoryId() id: string,
    @Args('input') input: TrajectoryContactInput,
  ) {
    return this.service.logContact(viewer, id, ...splitNameCheck(input));
  }

  @Mutation(() => Trajectory, { description: 'The counsellor: closes the trajectory with its outcome' })
  closeTrajectory(
    @CurrentViewer() viewer: Viewer,
    @TrajectoryId() id: string,
    @Args('input') input: CloseTrajectoryInput,
  ) {
    return this.service.close(viewer, id, ...splitNameCheck(input));
  }
}
