import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ForbiddenError, NotFoundError, Role, Viewer } from '@werkbrug/core';
import { RematchRunEntity, RematchService, RematchStatus } from '@werkbrug/matching';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { RematchRun } from './models/match.model';

/** Full regional rematches: requested by the mobility team (or an administrator), progress polled here. */
@Resolver(() => RematchRun)
export class RematchResolver {
  constructor(private readonly rematch: RematchService) {}

  @Mutation(() => RematchRun, {
    description: 'Rescore the whole region now; joins the run already in progress, if any',
  })
  async startRegionRematch(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode', { nullable: true, description: 'Administrators only; mobility teams use their own' })
    regionCode?: string,
  ): Promise<RematchRun> {
    const region = this.regionFor(viewer, regionCode);
    return this.toModel(await this.rematch.request(region, 'requested by the mobility team', viewer.userId));
  }

  @Query(() => RematchRun, { nullable: true, description: 'The most recent rematch of the region' })
  async latestRematchRun(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode', { nullable: true }) regionCode?: string,
  ): Promise<RematchRun | null> {
    const run = await this.rematch.latest(this.regionFor(viewer, regionCode));
    return run ? this.toModel(run) : null;
  }

  @Query(() => RematchRun)
  async rematchRun(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<RematchRun> {
    // Refused by role whatever the id; another region's run answers like a random id.
    if (viewer.role !== Role.MOBILITY_TEAM && viewer.role !== Role.ADMINISTRATOR) throw new ForbiddenError();
    const run = await this.rematch.find(id);
    if (!run || (viewer.role === Role.MOBILITY_TEAM && run.regionCode !== viewer.regionCode))
      throw new NotFoundError('Rematch run', 'Herberekening');
    return this.toModel(run);
  }

  private regionFor(viewer: Viewer, regionCode?: string): string {
    if (viewer.role === Role.MOBILITY_TEAM && (!regionCode || regionCode === viewer.regionCode)) {
      return viewer.regionCode;
    }
    if (viewer.role === Role.ADMINISTRATOR && regionCode) return regionCode;
    throw new ForbiddenError();
  }

  private async toModel(run: RematchRunEntity): Promise<RematchRun> {
    const chunksDone =
      run.status === RematchStatus.COMPLETED ? run.chunksTotal : await this.rematch.chunksDone(run.id);
    const progress =
      run.status === RematchStatus.COMPLETED
        ? 1
        : run.chunksTotal > 0
          ? (chunksDone / run.chunksTotal) * 0.95
          : 0;
    return {
      ...run,
      chunksDone,
      progress,
      pairsScored: Number(run.pairsScored),
      pairsEligible: Number(run.pairsEligible),
      rejections: Object.entries(run.rejections ?? {}).map(([rule, pairs]) => ({ rule, pairs })),
    };
  }
}
