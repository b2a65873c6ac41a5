import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@werkbrug/core';
import { OutcomeFiguresService } from '@werkbrug/trajectories';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { OutcomeFigures } from './models/outcome-figures.model';
import { OutcomeFiguresArgs } from './outcome-figures.args';

@Resolver(() => OutcomeFigures)
export class OutcomeFiguresResolver {
  constructor(private readonly outcomes: OutcomeFiguresService) {}

  @Query(() => OutcomeFigures, {
    description:
      'The region’s outcome figures for a period (placement rate within six months, time to placement, retention, flow-through), each with its definition, numerator and denominator, small numbers suppressed. Mobility team and HR leads: their region; administrators: any.',
  })
  async outcomeFigures(@CurrentViewer() viewer: Viewer, @Args() args: OutcomeFiguresArgs) {
    const view = await this.outcomes.figures(viewer, args);
    return { ...view, definitions: view.definitions.map((d) => ({ key: d.key, ...d.text })) };
  }
}
