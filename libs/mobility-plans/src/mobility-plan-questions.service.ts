import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { candidatePublicCodes } from '@werkbrug/candidates';
import { Role, type Viewer } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { assertNoPersonalData, type PersonalDataCheckOptions } from '@werkbrug/privacy-guard';
import { DataSource } from 'typeorm';
import { MobilityPlanQuestionEntity } from './mobility-plan.entities';
import {
  MobilityPlanEditForbiddenError,
  MobilityPlanNotFoundError,
  OnlyEmployeesAskError,
  QuestionNotFoundError,
  QuestionTextError,
} from './mobility-plans.errors';
import { MobilityPlansService } from './mobility-plans.service';
import type { LocalisedText } from './plan-content';

/** A question as one viewer may read it: never who asked an anonymous one. */
export interface QuestionView {
  readonly id: string;
  readonly question: string;
  readonly askedAt: Date;
  readonly answer: LocalisedText | null;
  readonly answeredAt: Date | null;
  /** The viewer asked it. */
  readonly mine: boolean;
  readonly anonymous: boolean;
  /** For the plan's authors: the asker's public code, unless they asked anonymously. */
  readonly askedBy: string | null;
}

/**
 * Questions in the open: employees ask about their plan (anonymously if they wish), its authors answer, and every
 * answer is read by everyone the plan concerns, so nobody gets an individual deal or private information. A
 * question waiting for its answer is seen by its asker and the authors only. Texts are read by many, so they are
 * checked for personal data like every published text.
 */
@Injectable()
export class MobilityPlanQuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: MobilityPlansService,
    private readonly notifications: NotificationsService,
  ) {}

  async ask(
    viewer: Viewer,
    planId: string,
    question: string,
    anonymous: boolean,
    check: PersonalDataCheckOptions = {},
  ): Promise<QuestionView> {
    const view = await this.plans.get(viewer, planId);
    if (viewer.role !== Role.JOB_SEEKER) throw new OnlyEmployeesAskError();
    checkLength({ question });
    assertNoPersonalData({ question }, check);
    const id = await this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(MobilityPlanQuestionEntity, {
          planId,
          askedByCandidateId: viewer.candidateId,
          anonymous,
          question: question.trim(),
          askedAt: new Date(),
        }),
      );
      // Both may answer: the employer's HR leads and the region's mobility team.
      const authors = [{ employerId: view.plan.employerId }, { regionCode: view.plan.regionCode }];
      await this.notifications.notify(tx, authors, {
        kind: 'MOBILITY_PLAN_QUESTION',
        subjectType: 'MobilityPlan',
        subjectId: planId,
        text: {
          nl: 'Er is een nieuwe vraag over een mobiliteitsplan. Het antwoord lezen alle medewerkers.',
          en: 'There is a new question about a mobility plan. All employees read the answer.',
        },
      });
      return saved.id;
    });
    return (await this.list(viewer, planId)).find((q) => q.id === id)!;
  }

  /** The authors answer, or correct their answer; the asker is told. */
  async answer(
    viewer: Viewer,
    questionId: string,
    answer: LocalisedText,
    check: PersonalDataCheckOptions = {},
  ): Promise<QuestionView> {
    const question = await this.dataSource.manager.findOneBy(MobilityPlanQuestionEntity, { id: questionId });
    if (!question) throw new QuestionNotFoundError();
    const view = await this.plans.get(viewer, question.planId).catch((error: unknown) => {
      throw error instanceof MobilityPlanNotFoundError ? new QuestionNotFoundError() : error;
    });
    if (view.access !== 'EDIT') throw new MobilityPlanEditForbiddenError();
    checkLength({ 'answer.nl': answer.nl, 'answer.en': answer.en });
    assertNoPersonalData({ 'answer.nl': answer.nl, 'answer.en': answer.en }, check);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(MobilityPlanQuestionEntity, questionId, {
        answerNl: answer.nl.trim(),
        answerEn: answer.en.trim(),
        answeredByUserId: viewer.userId,
        answeredAt: new Date(),
      });
      if (question.askedByCandidateId)
        await this.notifications.notify(tx, [{ candidateId: question.askedByCandidateId }], {
          kind: 'MOBILITY_PLAN_ANSWER',
          subjectType: 'MobilityPlan',
          subjectId: question.planId,
          text: {
            nl: 'Je vraag over het mobiliteitsplan is beantwoord. Het antwoord staat bij het plan, voor iedereen.',
            en: 'Your question about the mobility plan has been answered. The answer is with the plan, for everyone.',
          },
        });
    });
    return (await this.list(viewer, question.planId)).find((q) => q.id === questionId)!;
  }

  /** Answered questions for everyone who reads the plan; waiting ones for their asker and the authors. */
  async list(viewer: Viewer, planId: string): Promise<QuestionView[]> {
    const view = await this.plans.get(viewer, planId);
    const author = view.access === 'EDIT';
    const own = viewer.role === Role.JOB_SEEKER ? viewer.candidateId : null;
    const rows = await this.dataSource.manager.find(MobilityPlanQuestionEntity, {
      where: { planId },
      order: { askedAt: 'ASC' },
    });
    const visible = rows.filter((q) => author || q.answeredAt !== null || q.askedByCandidateId === own);
    const codes = author
      ? await candidatePublicCodes(
          this.dataSource.manager,
          visible.filter((q) => !q.anonymous && q.askedByCandidateId).map((q) => q.askedByCandidateId!),
        )
      : new Map<string, string>();
    return visible.map((q) => ({
      id: q.id,
      question: q.question,
      askedAt: q.askedAt,
      answer: q.answerNl !== null && q.answerEn !== null ? { nl: q.answerNl, en: q.answerEn } : null,
      answeredAt: q.answeredAt,
      mine: own !== null && q.askedByCandidateId === own,
      anonymous: q.anonymous,
      askedBy:
        author && !q.anonymous && q.askedByCandidateId ? (codes.get(q.askedByCandidateId) ?? null) : null,
    }));
  }
}

const MAX_TEXT = 2000;

function checkLength(fields: Record<string, string>): void {
  for (const [field, text] of Object.entries(fields))
    if (text.trim().length === 0 || text.length > MAX_TEXT) throw new QuestionTextError(field);
}
