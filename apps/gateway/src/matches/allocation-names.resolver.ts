import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@werkbrug/core';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { Employer } from '@werkbrug/gateway/employers/models/employer.model';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { Vacancy } from '@werkbrug/gateway/vacancies/models/vacancy.model';
import { toVacancyModel } from '@werkbrug/gateway/vacancies/vacancy.mapper';
import { EmployerAttention, Introduction } from './models/planning.model';

/**
 * The names an allocation plan refers to, through the request's loaders (one query for all employers, one for all
 * vacancies), however many the region has: the plan itself carries ids.
 */
@Resolver(() => Introduction)
export class IntroductionNamesResolver {
  @ResolveField(() => Employer, { nullable: true })
  employer(@Parent() row: Introduction, @Context() ctx: GraphQLContext): Promise<Employer | null> {
    return ctx.loaders.employer.load(row.employerId);
  }

  @ResolveField(() => Vacancy, {
    nullable: true,
    description: 'Null once the vacancy is gone or not visible',
  })
  async vacancy(
    @Parent() row: Introduction,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<Vacancy | null> {
    const vacancy = await ctx.loaders.vacancy(viewer).load(row.vacancyId);
    return vacancy && toVacancyModel(vacancy);
  }
}

@Resolver(() => EmployerAttention)
export class EmployerAttentionNamesResolver {
  @ResolveField(() => Employer, { nullable: true })
  employer(@Parent() row: EmployerAttention, @Context() ctx: GraphQLContext): Promise<Employer | null> {
    return ctx.loaders.employer.load(row.employerId);
  }
}
