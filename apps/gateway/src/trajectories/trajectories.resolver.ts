import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toPageRequest, type Viewer } from '@werkbrug/core';
import { TrajectoriesService } from '@werkbrug/trajectories';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { splitNameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { toConnection } from '@werkbrug/gateway/graphql/pagination';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import {
  CloseTrajectoryInput,
  ConfirmPreconditionInput,
  OpenTrajectoryInput,
  PlanActionInput,
  ProgressNoteInput,
  SaveScreeningInput,
  SaveTrajectoryPlanInput,
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

  @Query(() => [Counsellor], {
    description:
      'Mobility team: who can be a counsellor, the team first, then the region’s external counsellors',
  })
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

  @Mutation(() => Trajectory, {
    description: 'The counsellor: goals, search directions, modules and time investment of the plan',
  })
  saveTrajectoryPlan(
    @CurrentViewer() viewer: Viewer,
    @TrajectoryId() id: string,
    @Args('input') input: SaveTrajectoryPlanInput,
  ) {
    return this.service.savePlan(viewer, id, ...splitNameCheck(input));
  }

  @Mutation(() => Trajectory, {
    description: 'The counsellor: adds an action with owner and deadline to the plan',
  })
  addTrajectoryPlanAction(
    @CurrentViewer() viewer: Viewer,
    @TrajectoryId() id: string,
    @Args('input') input: PlanActionInput,
  ) {
    return this.service.addPlanAction(viewer, id, ...splitNameCheck(input));
  }

  @Mutation(() => Trajectory, {
    description: 'Marks an action of the plan done: the counsellor, or the one the action is for',
  })
  completeTrajectoryPlanAction(
    @CurrentViewer() viewer: Viewer,
    @Args('actionId', { type: () => ID }, ParseIdPipe) actionId: string,
    @Args('doneOn', { type: () => LocalDate, nullable: true, description: 'Today when left out' })
    doneOn: string | null,
  ) {
    return this.service.completePlanAction(viewer, actionId, doneOn ?? null);
  }

  @Mutation(() => Trajectory, {
    description: 'The candidate: their own note on how this month went (written again, it replaces it)',
  })
  writeTrajectoryProgressNote(
    @CurrentViewer() viewer: Viewer,
    @TrajectoryId() id: string,
    @Args('input') input: ProgressNoteInput,
  ) {
    const [{ note }, check] = splitNameCheck(input);
    return this.service.writeProgressNote(viewer, id, note, check);
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
