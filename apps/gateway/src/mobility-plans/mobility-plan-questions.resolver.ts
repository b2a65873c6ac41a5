import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { MobilityPlanQuestionsService } from '@werkbrug/mobility-plans';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ConfirmPossibleNames, nameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { LocalisedTextInput } from './dto/mobility-plan.input';
import { MobilityPlanQuestion } from './models/mobility-plan.model';

@Resolver(() => MobilityPlanQuestion)
export class MobilityPlanQuestionsResolver {
  constructor(private readonly questions: MobilityPlanQuestionsService) {}

  @Query(() => [MobilityPlanQuestion], {
    description:
      "Questions about a plan: the answered ones for everyone who reads it; waiting ones for their asker and the plan's authors",
  })
  mobilityPlanQuestions(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
  ): Promise<MobilityPlanQuestion[]> {
    return this.questions.list(viewer, planId);
  }

  @Mutation(() => MobilityPlanQuestion, {
    description:
      'An employee asks about their plan (anonymously if they wish: nobody is shown who asked). The answer is published to everyone',
  })
  askMobilityPlanQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('planId', { type: () => ID }, ParseIdPipe) planId: string,
    @Args('question') question: string,
    @Args('anonymous', { defaultValue: false }) anonymous: boolean,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<MobilityPlanQuestion> {
    return this.questions.ask(viewer, planId, question, anonymous, nameCheck(confirmed));
  }

  @Mutation(() => MobilityPlanQuestion, {
    description:
      "The plan's authors answer a question (or correct their answer) in Dutch and English, for everyone",
  })
  answerMobilityPlanQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID }, ParseIdPipe) questionId: string,
    @Args('answer') answer: LocalisedTextInput,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<MobilityPlanQuestion> {
    return this.questions.answer(viewer, questionId, answer, nameCheck(confirmed));
  }
}
