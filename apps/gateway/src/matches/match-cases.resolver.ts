import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { MatchCasesService, MatchOutcome } from '@werkbrug/matching';
import { HireSource, HiresService } from '@werkbrug/trajectories';
import { HireTermsNotForThisOutcomeError } from '@werkbrug/trajectories/trajectories.errors';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { nameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { toMatchCaseModel } from './match-case.mapper';
import { ConsentArgs, MatchRatingInput, MatchResponseInput, OutcomeArgs } from './matches.args';
import { MatchCase, MatchCaseEvent, MatchRating } from './models/match.model';

/** The match workflow: answers, consent to be introduced (which reveals the identity, logged), outcome, ratings. */
@Resolver(() => MatchCase)
export class MatchCasesResolver {
  constructor(
    private readonly cases: MatchCasesService,
    private readonly hires: HiresService,
  ) {}

  @Query(() => MatchCase)
  async matchCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<MatchCase> {
    return toMatchCaseModel(await this.cases.get(viewer, id));
  }

  @Mutation(() => MatchCase, {
    description: "The job seeker's answer to a suggestion (or their own HR lead's, on their behalf)",
  })
  async respondToMatchAsCandidate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MatchResponseInput,
  ): Promise<MatchCase> {
    return toMatchCaseModel(
      await this.cases.respondAsCandidate(
        viewer,
        input.candidateId,
        input.vacancyId,
        input.interested,
        input.reason,
        nameCheck(input.confirmPossibleNames),
      ),
    );
  }

  @Mutation(() => MatchCase, { description: "The vacancy employer's answer, by one of its HR leads" })
  async respondToMatchAsEmployer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MatchResponseInput,
  ): Promise<MatchCase> {
    return toMatchCaseModel(
      await this.cases.respondAsEmployer(
        viewer,
        input.candidateId,
        input.vacancyId,
        input.interested,
        input.reason,
        nameCheck(input.confirmPossibleNames),
      ),
    );
  }

  @Mutation(() => MatchCase, {
    description:
      "After mutual interest: the candidate consents (or not) to be introduced, revealing their identity to the employer's HR leads",
  })
  async answerIntroductionConsent(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ConsentArgs,
  ): Promise<MatchCase> {
    return toMatchCaseModel(await this.cases.answerConsent(viewer, args.matchCaseId, args.consent));
  }

  @Mutation(() => MatchCase, {
    description:
      "The vacancy employer's HR leads or the mobility team record the outcome; HIRED records the hire with it (its terms in `hire`), which takes the candidate out of the active pool and schedules the follow-ups",
  })
  async recordMatchOutcome(@CurrentViewer() viewer: Viewer, @Args() args: OutcomeArgs): Promise<MatchCase> {
    if (args.hire && args.outcome !== MatchOutcome.HIRED) throw new HireTermsNotForThisOutcomeError();
    return toMatchCaseModel(
      await this.cases.recordOutcome(
        viewer,
        args.matchCaseId,
        args.outcome,
        args.note,
        nameCheck(args.confirmPossibleNames),
        args.outcome === MatchOutcome.HIRED
          ? async (tx, matchCase) => {
              const origin = { ...matchCase, source: HireSource.MATCH, matchCaseId: matchCase.id } as const;
              await this.hires.recordAlongside(tx, viewer, origin, args.hire);
            }
          : undefined,
      ),
    );
  }

  @Mutation(() => MatchRating, {
    description: 'Job seekers: was this suggestion useful? Stored to tune the model',
  })
  async rateMatch(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MatchRatingInput,
  ): Promise<MatchRating> {
    return this.cases.rate(
      viewer,
      input.candidateId,
      input.vacancyId,
      input.useful,
      input.reason,
      nameCheck(input.confirmPossibleNames),
    );
  }

  @ResolveField(() => [MatchCaseEvent])
  history(@Parent() matchCase: MatchCase): Promise<MatchCaseEvent[]> {
    return this.cases.history(matchCase.id);
  }
}
