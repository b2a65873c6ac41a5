import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@werkbrug/core';
import { OutcomeFiguresService, ShortagesService } from '@werkbrug/trajectories';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { MeetAndGreetConversion, OutcomeFigures } from './models/outcome-figures.model';
import { LabourShortages } from './models/shortages.model';
import { OutcomeFiguresArgs } from './outcome-figures.args';

@Resolver(() => OutcomeFigures)
export class OutcomeFiguresResolver {
  constructor(
    private readonly outcomes: OutcomeFiguresService,
    private readonly shortages: ShortagesService,
  ) {}

  @Query(() => OutcomeFigures, {
    description:
      'The region’s outcome figures for a period (placement rate within six months, time to placement, retention, flow-through), each with its definition, numerator and denominator, small numbers suppressed. Mobility team and HR leads: their region; administrators: any.',
  })
  async outcomeFigures(@CurrentViewer() viewer: Viewer, @Args() args: OutcomeFiguresArgs) {
    const view = await this.outcomes.figures(viewer, args);
    return { ...view, definitions: view.definitions.map((d) => ({ key: d.key, ...d.text })) };
  }

  @ResolveField(() => MeetAndGreetConversion, {
    description:
      'Meetings at the region’s meet-and-greet sessions in the period → next steps → placements → hires, in pairs of a candidate and an employer, small numbers hidden',
  })
  meetAndGreet(@Parent() figures: OutcomeFigures) {
    return this.outcomes.conversion(figures);
  }

  @Query(() => LabourShortages, {
    // Nullable so that when it fails, a client asking for it with the outcome figures still gets those.
    nullable: true,
    description:
      'The region’s shortages today: per sector and for the skills asked most, open vacancies and positions against the active candidates for them, small counts of people hidden. Mobility team and HR leads: their region; administrators: any.',
  })
  async labourShortages(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode: string | null,
  ) {
    const view = await this.shortages.shortages(viewer, regionCode ?? null);
    return {
      ...view,
      bySectorDefinition: view.definitions.bySector,
      bySkillDefinition: view.definitions.bySkill,
    };
  }
}
