import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CandidateConsentsService,
  CandidatesService,
  ConsentKind,
  presentCandidate,
  type ConsentEndReason,
  type ConsentRecordEntity,
} from '@werkbrug/candidates';
import type { EmployerEntity } from '@werkbrug/employers';
import { ForbiddenError, InvalidInputError, Role, Viewer } from '@werkbrug/core';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { toCandidateModel } from '@werkbrug/gateway/candidates/candidate.mapper';
import { CandidateProfile } from '@werkbrug/gateway/candidates/models/candidate-profile.model';
import { Employer } from '@werkbrug/gateway/employers/models/employer.model';
import type { GraphQLContext } from '@werkbrug/gateway/graphql/graphql-context';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { ConsentRecord, CurrentConsentText } from './models/consent-record.model';

const CandidateId = () => Args('candidateId', { type: () => ID }, ParseIdPipe);

function toConsentRecordModel(r: ConsentRecordEntity): ConsentRecord {
  return {
    id: r.id,
    candidateId: r.candidateId,
    kind: r.kind,
    employerIds: r.employerIds,
    matchCaseId: r.matchCaseId,
    placementId: r.placementId,
    statementId: r.statementId,
    textNl: r.textNl,
    textEn: r.textEn,
    textVersion: r.textVersion,
    givenAt: r.givenAt,
    givenByRole: r.givenByRole,
    withdrawnAt: r.withdrawnAt,
    withdrawnByRole: r.withdrawnByRole,
    withdrawalReason: r.withdrawalReason as ConsentEndReason | null,
    inForce: r.withdrawnAt === null,
  };
}

/**
 * The register of consents: every consent a candidate gave (sharing, introductions, placements, e-mail,
 * target-group status), with the text shown and its withdrawal; and the two consents about the profile itself.
 */
@Resolver(() => ConsentRecord)
export class ConsentRecordsResolver {
  constructor(
    private readonly consents: CandidateConsentsService,
    private readonly candidates: CandidatesService,
  ) {}

  @Query(() => [ConsentRecord], {
    description:
      'Every consent of a candidate, newest first: the candidate, their HR leads, the mobility team',
  })
  async consentRecords(@CurrentViewer() viewer: Viewer, @CandidateId() candidateId: string) {
    return (await this.consents.list(viewer, candidateId)).map(toConsentRecordModel);
  }

  @Query(() => [ConsentRecord], { description: 'Job seekers: every consent you gave, newest first' })
  async myConsents(@CurrentViewer() viewer: Viewer) {
    if (viewer.role !== Role.JOB_SEEKER) throw new ForbiddenError();
    return (await this.consents.list(viewer, viewer.candidateId)).map(toConsentRecordModel);
  }

  @Query(() => CurrentConsentText, {
    description: 'The current text of the e-mail or target-group consent, to read or to read out',
  })
  consentText(@Args('kind', { type: () => ConsentKind }) kind: ConsentKind): CurrentConsentText {
    if (kind !== ConsentKind.RECEIVE_EMAIL && kind !== ConsentKind.SHARE_TARGET_GROUP)
      throw new InvalidInputError(
        {
          nl: 'Deze tekst hoort bij een kennismaking, plaatsing of het delen van het profiel; vraag hem daar op.',
          en: 'This text belongs to an introduction, a placement or profile sharing; ask for it there.',
        },
        { field: 'kind' },
      );
    const text = this.consents.currentText(kind);
    return { kind, textNl: text.nl, textEn: text.en, textVersion: text.version };
  }

  @Mutation(() => ConsentRecord, {
    description:
      'Withdraw a consent in force, whatever its kind: it takes effect at once (lists, identity, placement)',
  })
  async withdrawConsent(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<ConsentRecord> {
    return toConsentRecordModel(await this.consents.withdraw(viewer, id));
  }

  @Mutation(() => CandidateProfile, {
    description:
      'Share (or stop sharing) track, target groups and support arrangements with employers who see the profile. The candidate, or their HR lead only while they have no account; turning it on names the textVersion of consentText(SHARE_TARGET_GROUP) that was read (CONFLICT when it is no longer current)',
  })
  async shareTargetGroup(
    @CurrentViewer() viewer: Viewer,
    @CandidateId() candidateId: string,
    @Args('share') share: boolean,
    @Args('textVersion', { type: () => String, nullable: true }) textVersion?: string | null,
  ): Promise<CandidateProfile> {
    await this.consents.setTargetGroupSharing(viewer, candidateId, share, textVersion);
    return toCandidateModel(presentCandidate(viewer, await this.candidates.get(viewer, candidateId)));
  }

  @Mutation(() => CandidateProfile, {
    description: 'Job seekers: also receive your messages by e-mail, or not',
  })
  async setEmailNotifications(
    @CurrentViewer() viewer: Viewer,
    @Args('on') on: boolean,
  ): Promise<CandidateProfile> {
    if (viewer.role !== Role.JOB_SEEKER) throw new ForbiddenError();
    await this.consents.setEmailNotifications(viewer, viewer.candidateId, on);
    return toCandidateModel(presentCandidate(viewer, await this.candidates.get(viewer, viewer.candidateId)));
  }

  @ResolveField(() => [Employer])
  async employers(@Parent() record: ConsentRecord, @Context() ctx: GraphQLContext): Promise<Employer[]> {
    const found = await ctx.loaders.employer.loadMany(record.employerIds);
    return found.filter((e): e is EmployerEntity => e !== null && !(e instanceof Error));
  }
}
