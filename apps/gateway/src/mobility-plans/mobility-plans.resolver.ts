import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { MobilityPlansService } from '@werkbrug/mobility-plans';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';
import { ParseIdPipe, ParseOptionalIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { EmployeeFiguresInput, MobilityPlanDraftInput } from './dto/mobility-plan.input';
import { toComparisonModel, toPlanModel, toProportionalityModel } from './mobility-plan.mapper';
import {
  KeptMobilityFigures,
  MobilityPlan,
  MobilityPlanComparison,
  MyMobilityPathChoice,
  PathChoices,
  ProportionalityRow,
  RegionMobilityPlanFigures,
} from './models/mobility-plan.model';

@Resolver(() => MobilityPlan)
export class MobilityPlansResolver {
  constructor(private readonly plans: MobilityPlansService) {}

  @Query(() => [MobilityPlan], {
    description:
      "HR leads: their employer's plans; the mobility team: the region's; job seekers: their employer's published plans",
  })
  async mobilityPlans(@CurrentViewer() viewer: Viewer): Promise<MobilityPlan[]> {
    return (await this.plans.list(viewer)).map(toPlanModel);
  }

  @Query(() => MobilityPlan)
  async mobilityPlan(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<MobilityPlan> {
    return toPlanModel(await this.plans.get(viewer, id));
  }

  @Query(() => MobilityPlanComparison, {
    description:
      'Every path of a version side by side on the figures given, month by month for two years, each amount traced to the plan or a dated statutory parameter. The figures are not stored or logged. Employees compare the published version; authors any version',
  })
  async compareMobilityPaths(
    @CurrentViewer() viewer: Viewer,
    @Args('versionId', { type: () => ID }, ParseIdPipe) versionId: string,
    @Args('figures') figures: EmployeeFiguresInput,
  ): Promise<MobilityPlanComparison> {
    return toComparisonModel(await this.plans.compare(viewer, versionId, figures));
  }

  @Query(() => [ProportionalityRow], {
    description:
      "Authors: each path's value (money the plan pays and help) for typical employees; uneven paths stand out",
  })
  async mobilityPlanProportionality(
    @CurrentViewer() viewer: Viewer,
    @Args('versionId', { type: () => ID }, ParseIdPipe) versionId: string,
  ): Promise<ProportionalityRow[]> {
    return (await this.plans.proportionality(viewer, versionId)).map(toProportionalityModel);
  }

  @Mutation(() => MobilityPlan, {
    description:
      'A new plan with its first draft. The mobility team names the employer; an HR lead writes for their own',
  })
  async createMobilityPlan(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MobilityPlanDraftInput,
    @Args('employerId', { type: () => ID, nullable: true }, ParseOptionalIdPipe)
    employerId: string | undefined,
  ): Promise<MobilityPlan> {
    return toPlanModel(await this.plans.create(viewer, employerId ?? null, input));
  }

  @Mutation(() => MobilityPlan, {
    description:
      "Replaces the draft's content; `basedOn` (the draft's updatedAt) refuses a draft someone changed since",
  })
  async saveMobilityPlanDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
    @Args('input') input: MobilityPlanDraftInput,
    @Args('basedOn', { type: () => DateTimeScalar, nullable: true }) basedOn: Date | null,
  ): Promise<MobilityPlan> {
    return toPlanModel(await this.plans.saveDraft(viewer, planId, input, basedOn ?? null));
  }

  @Mutation(() => MobilityPlan, {
    description:
      "Freezes the draft as the version everyone reads; `basedOn` (the draft's updatedAt) refuses a draft someone changed since",
  })
  async publishMobilityPlan(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
    @Args('basedOn', { type: () => DateTimeScalar, nullable: true }) basedOn: Date | null,
  ): Promise<MobilityPlan> {
    return toPlanModel(await this.plans.publish(viewer, planId, basedOn ?? null));
  }

  @Mutation(() => MobilityPlan, { description: 'A new draft that starts as a copy of the published version' })
  async startMobilityPlanVersion(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
  ): Promise<MobilityPlan> {
    return toPlanModel(await this.plans.startNewVersion(viewer, planId));
  }

  @Mutation(() => MyMobilityPathChoice, {
    description:
      "The employee's own choice of a path, changeable until the deadline. With shareProfile, choosing the GUIDANCE path enrols them for matching at once: their consent to share the profile with the region, the profile active, the plan's end of employment as their contract end",
  })
  chooseMobilityPath(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
    @Args('pathId', { type: () => ID }, ParseIdPipe) pathId: string,
    @Args('shareProfile', { defaultValue: false }) shareProfile: boolean,
  ): Promise<MyMobilityPathChoice> {
    return this.plans.choose(viewer, planId, pathId, shareProfile);
  }

  @Query(() => MyMobilityPathChoice, { description: "The employee's own choice of this plan's paths" })
  myMobilityPathChoice(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
  ): Promise<MyMobilityPathChoice> {
    return this.plans.myChoice(viewer, planId);
  }

  @Query(() => [PathChoices], {
    description:
      'Authors: per path how many chose it, and who (public codes) for paths the employer follows up',
  })
  async mobilityPlanChoices(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
  ): Promise<PathChoices[]> {
    return (await this.plans.choices(viewer, planId)).map((c) => ({ ...c, people: [...c.people] }));
  }

  @Query(() => [RegionMobilityPlanFigures], {
    description:
      "The region's mobility team: every published plan of the region with how many chose each path, newest first",
  })
  async regionMobilityPlanFigures(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode') regionCode: string,
  ): Promise<RegionMobilityPlanFigures[]> {
    return (await this.plans.regionFigures(viewer, regionCode)).map((f) => ({
      plan: toPlanModel(f.view),
      paths: [...f.paths],
      chosen: f.chosen,
      chosenDroppedPaths: f.chosenDroppedPaths,
    }));
  }

  @Query(() => KeptMobilityFigures, {
    nullable: true,
    description:
      'A job seeker: the figures they kept for comparing paths, if they asked to keep them. Null for everyone else',
  })
  async myMobilityFigures(@CurrentViewer() viewer: Viewer): Promise<KeptMobilityFigures | null> {
    return this.plans.myFigures(viewer);
  }

  @Mutation(() => KeptMobilityFigures, {
    description:
      'A job seeker keeps their own figures for the next comparison (replacing any kept before); nobody else reads them',
  })
  async keepMyMobilityFigures(
    @CurrentViewer() viewer: Viewer,
    @Args('figures') figures: EmployeeFiguresInput,
  ): Promise<KeptMobilityFigures> {
    return this.plans.keepMyFigures(viewer, figures);
  }

  @Mutation(() => Boolean, {
    description: 'A job seeker forgets the figures they kept; true when there were any',
  })
  async forgetMyMobilityFigures(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.plans.forgetMyFigures(viewer);
  }
}
