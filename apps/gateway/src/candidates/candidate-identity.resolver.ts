import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { JobSeekerInvitationsService, UsersService } from '@werkbrug/accounts';
import { CandidateIdentityService } from '@werkbrug/candidates';
import { Viewer } from '@werkbrug/core';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { ReadIdentityArgs } from './candidate-identity.args';
import { toAccessLogEntry } from './identity-access-log.mapper';
import { CandidateIdentityInput } from './dto/candidate.input';
import {
  CandidateIdentity,
  IdentityAccessLogEntry,
  JobSeekerInvitation,
} from './models/candidate-profile.model';

@Resolver()
export class CandidateIdentityResolver {
  constructor(
    private readonly identities: CandidateIdentityService,
    private readonly invitations: JobSeekerInvitationsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => CandidateIdentity, { description: 'Reveal a candidate identity (logged)' })
  candidateIdentity(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ReadIdentityArgs,
  ): Promise<CandidateIdentity> {
    return this.identities.read(viewer, args.candidateId, args.purpose);
  }

  @Query(() => [IdentityAccessLogEntry], {
    description: "Who read or changed this candidate's identity, newest first",
  })
  async identityAccessLog(
    @CurrentViewer() viewer: Viewer,
    @Args('candidateId', { type: () => ID }, ParseIdPipe) candidateId: string,
  ): Promise<IdentityAccessLogEntry[]> {
    const entries = await this.identities.accessLog(viewer, candidateId);
    const accounts = await this.users.describeAccessLogAccessors(entries.map((e) => e.accessedByUserId));
    return entries.map((entry) => toAccessLogEntry(entry, accounts));
  }

  @Mutation(() => CandidateIdentity)
  updateCandidateIdentity(
    @CurrentViewer() viewer: Viewer,
    @Args('candidateId', { type: () => ID }, ParseIdPipe) candidateId: string,
    @Args('input') input: CandidateIdentityInput,
  ): Promise<CandidateIdentity> {
    return this.identities.update(viewer, candidateId, input);
  }

  @Mutation(() => JobSeekerInvitation, {
    description:
      "HR leads: mails a one-time code to the candidate's own e-mail address (from their identity) to claim an account",
  })
  createJobSeekerInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('candidateId', { type: () => ID }, ParseIdPipe) candidateId: string,
  ): Promise<JobSeekerInvitation> {
    return this.invitations.create(viewer, candidateId);
  }
}
