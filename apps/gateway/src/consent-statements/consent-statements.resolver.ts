import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConsentStatementKind, ConsentStatementsService } from '@werkbrug/candidates';
import { Viewer } from '@werkbrug/core';
import { MatchCasesService } from '@werkbrug/matching';
import { PlacementsService } from '@werkbrug/placements';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { splitNameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { toConsentStatementModel } from './consent-statement.mapper';
import { RecordConsentStatementInput } from './dto/consent-statement.input';
import { ConsentStatement, ConsentText } from './models/consent-statement.model';

const MatchCaseId = () => Args('matchCaseId', { type: () => ID }, ParseIdPipe);
const PlacementId = () => Args('placementId', { type: () => ID }, ParseIdPipe);

/**
 * Consent is the candidate's own. For a candidate without an account their HR lead records the consent they
 * were given as a statement, with the exact text shown; the candidate sees every statement and may revoke one.
 */
@Resolver(() => ConsentStatement)
export class ConsentStatementsResolver {
  constructor(
    private readonly statements: ConsentStatementsService,
    private readonly cases: MatchCasesService,
    private readonly placements: PlacementsService,
  ) {}

  @Query(() => ConsentText, {
    description: 'The introduction consent text of a match: for the candidate, or their HR lead to read out',
  })
  async introductionConsentText(
    @CurrentViewer() viewer: Viewer,
    @MatchCaseId() matchCaseId: string,
  ): Promise<ConsentText> {
    const t = await this.cases.introductionConsentText(viewer, matchCaseId);
    return {
      kind: ConsentStatementKind.INTRODUCTION,
      subjectId: t.matchCaseId,
      candidateId: t.candidateId,
      employerId: t.employerId,
      employerName: t.employerName,
      textNl: t.text.nl,
      textEn: t.text.en,
      textVersion: t.text.version,
    };
  }

  @Query(() => ConsentText, {
    description: 'The consent text of a placement’s terms: for the candidate, or their HR lead to read out',
  })
  async placementConsentText(
    @CurrentViewer() viewer: Viewer,
    @PlacementId() placementId: string,
  ): Promise<ConsentText> {
    const t = await this.placements.consentText(viewer, placementId);
    return {
      kind: ConsentStatementKind.PLACEMENT,
      subjectId: t.placementId,
      candidateId: t.candidateId,
      employerId: t.hostEmployerId,
      employerName: t.hostName,
      textNl: t.text.nl,
      textEn: t.text.en,
      textVersion: t.text.version,
    };
  }

  @Mutation(() => ConsentStatement, {
    description:
      'HR leads, for their own candidate without an account: record the introduction consent they gave you; the employer may then read the identity',
  })
  async recordIntroductionConsentStatement(
    @CurrentViewer() viewer: Viewer,
    @MatchCaseId() matchCaseId: string,
    @Args('input') input: RecordConsentStatementInput,
  ): Promise<ConsentStatement> {
    const [statement, check] = splitNameCheck(input);
    return toConsentStatementModel(
      await this.cases.recordConsentStatement(viewer, matchCaseId, statement, check),
    );
  }

  @Mutation(() => ConsentStatement, {
    description:
      'HR leads of the lending employer, for their candidate without an account: record the consent to the placement they gave you',
  })
  async recordPlacementConsentStatement(
    @CurrentViewer() viewer: Viewer,
    @PlacementId() placementId: string,
    @Args('input') input: RecordConsentStatementInput,
  ): Promise<ConsentStatement> {
    const [statement, check] = splitNameCheck(input);
    return toConsentStatementModel(
      await this.placements.recordConsentStatement(viewer, placementId, statement, check),
    );
  }

  @Query(() => [ConsentStatement], {
    description: 'Job seekers: consent recorded on your behalf, newest first',
  })
  async myConsentStatements(@CurrentViewer() viewer: Viewer): Promise<ConsentStatement[]> {
    return (await this.statements.mine(viewer)).map(toConsentStatementModel);
  }

  @Query(() => [ConsentStatement], {
    description: 'Consent recorded on a candidate’s behalf: for the candidate and their own HR leads',
  })
  async consentStatements(
    @CurrentViewer() viewer: Viewer,
    @Args('candidateId', { type: () => ID }, ParseIdPipe) candidateId: string,
  ): Promise<ConsentStatement[]> {
    return (await this.statements.listForCandidate(viewer, candidateId)).map(toConsentStatementModel);
  }

  @Mutation(() => ConsentStatement, {
    description:
      'Job seekers: revoke consent recorded on your behalf; an introduction’s identity disclosure ends at once',
  })
  async revokeConsentStatement(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<ConsentStatement> {
    return toConsentStatementModel(await this.statements.revoke(viewer, id));
  }
}
