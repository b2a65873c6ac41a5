import { Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { EarlyStartService } from '@werkbrug/trajectories';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { EarlyStartWorklist } from './models/early-start.model';

@Resolver()
export class EarlyStartResolver {
  constructor(private readonly earlyStart: EarlyStartService) {}

  @Query(() => EarlyStartWorklist, {
    description:
      'Start six months ahead: candidates whose contract (or spoor-2 term) ends within six months and who have no ' +
      'introduction, meet-and-greet or placement yet, with what to do first. HR leads: their own candidates; ' +
      'mobility teams: their region. The worker reminds both of it every week.',
  })
  async earlyStartWorklist(@CurrentViewer() viewer: Viewer): Promise<EarlyStartWorklist> {
    const list = await this.earlyStart.worklist(viewer);
    return { ...list, entries: [...list.entries] };
  }
}
