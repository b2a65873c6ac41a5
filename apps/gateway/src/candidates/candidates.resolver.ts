import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CandidatesService, presentCandidate, ProfileVisibility } from '@werkbrug/candidates';
import { CandidateStatus } from '@werkbrug/candidates/candidate.enums';
import { ForbiddenError, Role, toPageRequest, Viewer } from '@werkbrug/core';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { Employer } from '@werkbrug/gateway/employers/models/employer.model';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { loadSkills } from '@werkbrug/gateway/graphql/loaders';
import { connectionCost, toConnection } from '@werkbrug/gateway/graphql/pagination';
import { splitNameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { Skill } from '@werkbrug/gateway/skills/models/skill.model';
import { toCandidateModel } from './candidate.mapper';
import { CandidateProfilesArgs } from './candidates.args';
import { CreateCandidateInput, UpdateCandidateInput } from './dto/candidate.input';
import { CandidateProfile, CandidateProfileConnection } from './models/candidate-profile.model';

@Resolver(() => CandidateProfile)
export class CandidatesResolver {
  constructor(private readonly candidates: CandidatesService) {}

  @Query(() => CandidateProfileConnection, { complexity: connectionCost(10) })
  async candidateProfiles(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CandidateProfilesArgs,
  ): Promise<CandidateProfileConnection> {
    const page = await this.candidates.list(viewer, toPageRequest(args.first, args.after), args);
    return toConnection(
      {
        ...page,
        items: page.items.map((view) => ({
          ...view,
          id: view.profile.id,
          createdAt: view.profile.createdAt,
        })),
      },
      (view) => toCandidateModel(presentCandidate(viewer, view)),
    );
  }

  @Query(() => CandidateProfile)
  async candidateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<CandidateProfile> {
    return toCandidateModel(presentCandidate(viewer, await this.candidates.get(viewer, id)));
  }

  @Query(() => CandidateProfile, { description: "A job seeker's own profile" })
  async myCandidateProfile(@CurrentViewer() viewer: Viewer): Promise<CandidateProfile> {
    if (viewer.role !== Role.JOB_SEEKER) throw new ForbiddenError();
    return toCandidateModel(presentCandidate(viewer, await this.candidates.get(viewer, viewer.candidateId)));
  }

  @Mutation(() => CandidateProfile, { description: 'HR leads post an anonymised profile (starts as DRAFT)' })
  async createCandidateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateCandidateInput,
  ): Promise<CandidateProfile> {
    const [fields, check] = splitNameCheck(input);
    return toCandidateModel(presentCandidate(viewer, await this.candidates.create(viewer, fields, check)));
  }

  @Mutation(() => CandidateProfile)
  async updateCandidateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateCandidateInput,
  ): Promise<CandidateProfile> {
    const [fields, check] = splitNameCheck(input);
    return toCandidateModel(
      presentCandidate(viewer, await this.candidates.update(viewer, id, fields, check)),
    );
  }

  @Mutation(() => CandidateProfile)
  async changeCandidateStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('status', { type: () => CandidateStatus }) status: CandidateStatus,
  ): Promise<CandidateProfile> {
    return toCandidateModel(presentCandidate(viewer, await this.candidates.changeStatus(viewer, id, status)));
  }

  @Mutation(() => CandidateProfile, {
    description: 'Give or withdraw consent to share the anonymised profile',
  })
  async recordCandidateConsent(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('given') given: boolean,
  ): Promise<CandidateProfile> {
    return toCandidateModel(presentCandidate(viewer, await this.candidates.recordConsent(viewer, id, given)));
  }

  @ResolveField(() => Employer, { nullable: true })
  async employer(
    @Parent() profile: CandidateProfile,
    @Context() ctx: GraphQLContext,
  ): Promise<Employer | null> {
    return profile.employerId ? ctx.loaders.employer.load(profile.employerId) : null;
  }

  @ResolveField(() => [Skill])
  developmentSkills(@Parent() profile: CandidateProfile, @Context() ctx: GraphQLContext): Promise<Skill[]> {
    return loadSkills(ctx.loaders, profile.developmentSkillIds);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Owner side only: whether the candidate has claimed their own account. Then they answer for themself, and ' +
      'their HR lead can no longer record consent or answers on their behalf',
  })
  async answersThemself(@Parent() profile: CandidateProfile): Promise<boolean | null> {
    return profile.visibility === ProfileVisibility.OWNER ? this.candidates.hasAccount(profile.id) : null;
  }
}
