import { NetworksService } from '@werkbrug/networks';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CandidateNotFoundError, presentCandidate } from '@werkbrug/candidates';
import { ForbiddenError, Role, Viewer } from '@werkbrug/core';
import { MatchesService, SkillSpaceProvider, type MatchPage as ServicePage } from '@werkbrug/matching';
import { VacancyNotFoundError } from '@werkbrug/vacancies';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { toCandidateModel } from '@werkbrug/gateway/candidates/candidate.mapper';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { visibleCandidate, visibleVacancy } from '@werkbrug/gateway/graphql/loaders';
import { toVacancyModel } from '@werkbrug/gateway/vacancies/vacancy.mapper';
import { toMatchCaseModel } from './match-case.mapper';
import { networkScope } from './network-scope';
import { toExplanationModel } from './match-explanation.mapper';
import {
  CandidateMatchesArgs,
  decodeOffset,
  MatchArgs,
  encodeOffset,
  MatchPageArgs,
  RegionMatchesArgs,
  VacancyMatchesArgs,
} from './matches.args';
import { MatchExplanation } from './models/match-explanation.model';
import { Match, MatchCase, MatchPage } from './models/match.model';

/**
 * Suggestions per role. The lists come from the worker's stored top-K; candidates and vacancies are shown as the
 * viewer may see them (other employers' candidates anonymised), and each explanation is computed when asked for.
 */
@Resolver(() => Match)
export class MatchesResolver {
  constructor(
    private readonly matches: MatchesService,
    private readonly skills: SkillSpaceProvider,
    private readonly networks: NetworksService,
  ) {}

  @Query(() => MatchPage, { description: 'Job seekers: the vacancies suggested to you, best first' })
  async mySuggestions(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MatchPageArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<MatchPage> {
    if (viewer.role !== Role.JOB_SEEKER) throw new ForbiddenError();
    const candidate = await visibleCandidate(ctx.loaders, viewer, viewer.candidateId);
    return this.page(
      viewer,
      ctx,
      await this.matches.forCandidate(viewer, candidate, args.first, decodeOffset(args.after)),
    );
  }

  @Query(() => MatchPage, {
    description:
      'The vacancies suggested for a candidate: the candidate, their own HR leads, the mobility team',
  })
  async candidateMatches(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CandidateMatchesArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<MatchPage> {
    const candidate = await visibleCandidate(ctx.loaders, viewer, args.candidateId);
    const scope = networkScope(this.networks, viewer, args.networkId);
    return this.page(
      viewer,
      ctx,
      await this.matches.forCandidate(viewer, candidate, args.first, decodeOffset(args.after), scope),
    );
  }

  @Query(() => MatchPage, {
    description: "The candidates suggested for a vacancy: the employer's HR leads and the mobility team",
  })
  async vacancyMatches(
    @CurrentViewer() viewer: Viewer,
    @Args() args: VacancyMatchesArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<MatchPage> {
    const vacancy = await visibleVacancy(ctx.loaders, viewer, args.vacancyId);
    const scope = networkScope(this.networks, viewer, args.networkId);
    return this.page(
      viewer,
      ctx,
      await this.matches.forVacancy(viewer, vacancy, args.first, decodeOffset(args.after), scope),
    );
  }

  @Query(() => Match, {
    nullable: true,
    description:
      'One suggestion, such as its explanation when someone opens it: for whoever may see the candidate’s or the ' +
      'vacancy’s list; null when the pair is on neither current list',
  })
  async match(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MatchArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<Match | null> {
    // Read side by side, refused in a fixed order: which side is unknown must not depend on which read came first.
    const [candidate, vacancy] = await Promise.all([
      ctx.loaders.candidate(viewer).load(args.candidateId),
      ctx.loaders.vacancy(viewer).load(args.vacancyId),
    ]);
    if (!candidate) throw new CandidateNotFoundError();
    if (!vacancy) throw new VacancyNotFoundError();
    const entry = await this.matches.listed(viewer, candidate, vacancy);
    if (!entry) return null;
    const { nodes } = await this.page(viewer, ctx, {
      items: [entry],
      totalCount: 1,
      offset: 0,
      hasNextPage: false,
      updatedAt: null,
    });
    return nodes[0] ?? null;
  }

  @Query(() => MatchPage, { description: 'Mobility teams: every current match in the region, with filters' })
  async regionMatches(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RegionMatchesArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<MatchPage> {
    const { networkId, ...filter } = args.filter ?? {};
    return this.page(
      viewer,
      ctx,
      await this.matches.forRegion(
        viewer,
        filter,
        args.first,
        decodeOffset(args.after),
        networkScope(this.networks, viewer, networkId),
      ),
    );
  }

  @ResolveField(() => MatchExplanation, {
    nullable: true,
    description: 'Why this score; null while either side is incomplete',
  })
  async explanation(
    @Parent() match: Match,
    @Context() ctx: GraphQLContext,
  ): Promise<MatchExplanation | null> {
    const audience = match.candidate.needToKnow ? 'NEED_TO_KNOW' : 'OTHER_EMPLOYER';
    const explained = await ctx.loaders.explanation.load(
      `${match.candidateId}|${match.vacancyId}|${audience}`,
    );
    return explained ? toExplanationModel(explained, this.skills.get().space) : null;
  }

  @ResolveField(() => MatchCase, { nullable: true, description: 'The workflow, once someone has answered' })
  async case(
    @Parent() match: Match,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<MatchCase | null> {
    const found = await ctx.loaders.matchCase(viewer).load(`${match.candidateId}|${match.vacancyId}`);
    return found ? toMatchCaseModel(found) : null;
  }

  /**
   * Both sides of a page through the request's loaders (one query each, none for the side the request has already
   * read); pairs whose side the viewer may no longer see are left out.
   */
  private async page(viewer: Viewer, ctx: GraphQLContext, page: ServicePage): Promise<MatchPage> {
    const [candidates, vacancies] = await Promise.all([
      ctx.loaders.candidate(viewer).loadMany(page.items.map((m) => m.candidateId)),
      ctx.loaders.vacancy(viewer).loadMany(page.items.map((m) => m.vacancyId)),
    ]);
    const nodes = page.items.flatMap((m, i) => {
      const c = loaded(candidates[i]);
      const v = loaded(vacancies[i]);
      return c && v
        ? [{ ...m, candidate: toCandidateModel(presentCandidate(viewer, c)), vacancy: toVacancyModel(v) }]
        : [];
    });
    return {
      nodes,
      totalCount: page.totalCount,
      hasNextPage: page.hasNextPage,
      endCursor: page.hasNextPage ? encodeOffset(page.offset + page.items.length) : null,
      updatedAt: page.updatedAt,
    };
  }
}

/** A loaded side of a pair; a side that failed to load fails the page rather than silently leaving rows out. */
function loaded<T>(value: T | null | Error): T | null {
  if (value instanceof Error) throw value;
  return value;
}
