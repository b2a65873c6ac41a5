import { ArgsType, Field, Float, ID, Int, Query, Resolver, Args } from '@nestjs/graphql';
import type { AllocationPlan as CorePlan } from '@werkbrug/matching-core';
import { MatchPlanningService, SkillSpaceProvider } from '@werkbrug/matching';
import { Viewer } from '@werkbrug/core';
import { VacanciesService } from '@werkbrug/vacancies';
import { IsInt, IsNumber, IsUUID, Max, Min } from 'class-validator';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { toVacancyModel } from '@werkbrug/gateway/vacancies/vacancy.mapper';
import { toExplanationModel } from './match-explanation.mapper';
import { AllocationComparison, AllocationPlan, PartTimeCombination } from './models/planning.model';

@ArgsType()
class PartTimeCombinationsArgs {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => Int, { defaultValue: 10 }) @IsInt() @Min(1) @Max(20) limit = 10;
}

@ArgsType()
class AllocationPlanArgs {
  @Field(() => Int, {
    defaultValue: 1,
    description: 'Introductions one candidate may get at the same time (1–5)',
  })
  @IsInt()
  @Min(1)
  @Max(5)
  introductionsPerCandidate = 1;

  @Field(() => Float, { defaultValue: 0, description: 'Pairs below this score are never proposed' })
  @IsNumber()
  @Min(0)
  @Max(100)
  minScore = 0;
}

@Resolver()
export class PlanningResolver {
  constructor(
    private readonly planning: MatchPlanningService,
    private readonly vacancies: VacanciesService,
    private readonly skills: SkillSpaceProvider,
  ) {}

  @Query(() => [PartTimeCombination], {
    description:
      'For a candidate who wants more hours than single vacancies offer: combinations of part-time work',
  })
  async partTimeCombinations(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PartTimeCombinationsArgs,
  ): Promise<PartTimeCombination[]> {
    const combinations = await this.planning.partTimeCombinations(viewer, args.candidateId, args.limit);
    const vacancies = await this.vacancies.getMany(viewer, [
      ...new Set(combinations.flatMap((c) => c.vacancyIds)),
    ]);
    const byId = new Map(vacancies.map((v) => [v.id, toVacancyModel(v)]));
    const { space } = this.skills.get();
    return combinations
      .filter((c) => c.vacancyIds.every((id) => byId.has(id)))
      .map((c) => ({
        score: c.score,
        hoursMin: c.hours.hoursMin,
        hoursMax: c.hours.hoursMax,
        offeredHoursMin: c.offeredHours.hoursMin,
        offeredHoursMax: c.offeredHours.hoursMax,
        reason: c.reason,
        bestSingleScore: c.bestSingleScore,
        explanation: c.explanation,
        parts: c.parts.map((p) => ({
          vacancy: byId.get(p.vacancyId)!,
          share: p.share,
          score: p.score,
          explanation: toExplanationModel(p.explanation, space),
        })),
      }));
  }

  @Query(() => AllocationComparison, { description: 'Mobility teams: who to introduce where, region-wide' })
  async allocationPlan(
    @CurrentViewer() viewer: Viewer,
    @Args() args: AllocationPlanArgs,
  ): Promise<AllocationComparison> {
    const result = await this.planning.allocationPlan(viewer, args.introductionsPerCandidate, args.minScore);
    const plan = (p: CorePlan): AllocationPlan => ({
      introductions: p.introductions.map((i) => ({
        candidateId: i.candidate,
        candidatePublicCode: result.candidateCodes.get(i.candidate) ?? '',
        vacancyId: i.vacancy,
        employerId: i.employerId,
        score: i.score,
      })),
      totals: {
        ...p.totals,
        feasibleTotalScore: p.totals.feasible.totalScore,
        feasiblePositionsFilled: p.totals.feasible.positionsFilled,
      },
      byEmployer: [...p.byEmployer],
    });
    return {
      optimal: plan(result.optimal),
      greedy: plan(result.greedy),
      positions: result.positions,
      introductionsPerCandidate: result.introductionsPerCandidate,
      edgesUsed: result.edgesUsed,
    };
  }
}
