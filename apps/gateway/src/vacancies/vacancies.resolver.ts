import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toPageRequest, Viewer } from '@werkbrug/core';
import { VacanciesService } from '@werkbrug/vacancies';
import { VacancyStatus } from '@werkbrug/vacancies/vacancy.enums';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { Employer } from '@werkbrug/gateway/employers/models/employer.model';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { loadSkills, visibleVacancy } from '@werkbrug/gateway/graphql/loaders';
import { connectionCost, toConnection } from '@werkbrug/gateway/graphql/pagination';
import { splitNameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { Occupation, Skill } from '@werkbrug/gateway/skills/models/skill.model';
import { CreateVacancyInput, UpdateVacancyInput } from './dto/vacancy.input';
import { Vacancy, VacancyConnection } from './models/vacancy.model';
import { VacanciesArgs } from './vacancies.args';
import { toVacancyModel } from './vacancy.mapper';

@Resolver(() => Vacancy)
export class VacanciesResolver {
  constructor(private readonly vacancyService: VacanciesService) {}

  @Query(() => VacancyConnection, { complexity: connectionCost(10) })
  async vacancies(@CurrentViewer() viewer: Viewer, @Args() args: VacanciesArgs): Promise<VacancyConnection> {
    return toConnection(
      await this.vacancyService.list(viewer, toPageRequest(args.first, args.after), args),
      toVacancyModel,
    );
  }

  @Query(() => Vacancy)
  async vacancy(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<Vacancy> {
    // Through the request's loader: a page of matches in the same query reads this vacancy too.
    return toVacancyModel(await visibleVacancy(ctx.loaders, viewer, id));
  }

  @Mutation(() => Vacancy, { description: 'HR leads post a vacancy for their employer (starts as DRAFT)' })
  async createVacancy(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateVacancyInput,
  ): Promise<Vacancy> {
    const [fields, check] = splitNameCheck(input);
    return toVacancyModel(await this.vacancyService.create(viewer, fields, check));
  }

  @Mutation(() => Vacancy)
  async updateVacancy(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateVacancyInput,
  ): Promise<Vacancy> {
    const [fields, check] = splitNameCheck(input);
    return toVacancyModel(await this.vacancyService.update(viewer, id, fields, check));
  }

  @Mutation(() => Vacancy)
  async changeVacancyStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('status', { type: () => VacancyStatus }) status: VacancyStatus,
  ): Promise<Vacancy> {
    return toVacancyModel(await this.vacancyService.changeStatus(viewer, id, status));
  }

  @ResolveField(() => Employer, { nullable: true })
  employer(@Parent() vacancy: Vacancy, @Context() ctx: GraphQLContext): Promise<Employer | null> {
    return ctx.loaders.employer.load(vacancy.employerId);
  }

  @ResolveField(() => Occupation, { nullable: true })
  async occupation(@Parent() vacancy: Vacancy, @Context() ctx: GraphQLContext): Promise<Occupation | null> {
    return vacancy.escoOccupationId ? ctx.loaders.occupation.load(vacancy.escoOccupationId) : null;
  }

  @ResolveField(() => [Skill])
  requiredSkills(@Parent() vacancy: Vacancy, @Context() ctx: GraphQLContext): Promise<Skill[]> {
    return loadSkills(ctx.loaders, vacancy.requiredSkillIds);
  }

  @ResolveField(() => [Skill])
  niceToHaveSkills(@Parent() vacancy: Vacancy, @Context() ctx: GraphQLContext): Promise<Skill[]> {
    return loadSkills(ctx.loaders, vacancy.niceToHaveSkillIds);
  }

  @ResolveField(() => [Skill])
  trainedOnTheJobSkills(@Parent() vacancy: Vacancy, @Context() ctx: GraphQLContext): Promise<Skill[]> {
    return loadSkills(ctx.loaders, vacancy.trainedOnTheJobSkillIds);
  }
}
