import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidatesService } from '@werkbrug/candidates';
import { CandidateNotFoundError } from '@werkbrug/candidates/candidates.errors';
import {
  candidatePlace,
  candidatePublicCodes,
  lockCandidateProfile,
  visibleCandidatePlace,
} from '@werkbrug/candidates/candidate-records.store';
import type { Viewer } from '@werkbrug/core';
import { employerNames, employerRegion } from '@werkbrug/employers/employer-directory.store';
import { NotificationsService } from '@werkbrug/notifications';
import {
  cleanFreeText,
  type PersonalDataCheckOptions,
} from '@werkbrug/privacy-guard/assert-no-personal-data';
import { OutboxService, refreshTrajectoryFacts } from '@werkbrug/queue';
import { DataSource, type EntityManager } from 'typeorm';
import { followUpDueDates, REMINDER_EVERY_DAYS } from './follow-up-schedule';
import { mayAnswerFollowUp, mayReadHire, mayRecordForCandidate } from './hire-access';
import { presentFollowUp, presentHire, type FollowUpView, type HireView } from './hire-view';
import type { HireEntity } from './hire.entities';
import {
  claimDueFollowUps,
  findHire,
  followUpsOf,
  insertFollowUps,
  insertHire,
  sameHireNear,
  lockFollowUp,
  markReminded,
  saveFollowUpAnswer,
  visibleHires,
} from './hires.store';
import {
  FollowUpAlreadyAnsweredError,
  FollowUpNotDueError,
  FollowUpNotFoundError,
  HireAlreadyRecordedError,
  HireContractTypeRequiredError,
  HireEmployerRequiredError,
  HireRecordingForbiddenError,
  HireTermsRequiredError,
  UnknownHiringEmployerError,
} from './trajectories.errors';
import { regionToday } from './trajectory-dates';
import type { FollowUpAnswerInput, MatchHireTerms, RecordHireInput } from './trajectory-input';
import { assertDate } from './trajectory-rules';
import { FollowUpStatus, HireSource } from './trajectory.enums';
import { openTrajectoryCounsellor } from './trajectory.store';

const NOTE_MAX = 1000;
const NAME_MAX = 200;
const REMINDERS_PER_ROUND = 200;

/**
 * Hires and their follow-ups. Recording a hire takes the candidate out of the active pool and schedules the
 * questions at three and six months, for the counsellor of their trajectory or else their HR leads; the worker
 * reminds while a due one is unanswered, and nobody answers on the person's behalf by assumption.
 */
@Injectable()
export class HiresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  async record(
    viewer: Viewer,
    input: RecordHireInput,
    check: PersonalDataCheckOptions,
    today = regionToday(),
  ): Promise<HireView> {
    return this.dataSource.transaction(async (tx) => {
      const candidate = await visibleCandidatePlace(tx, viewer, input.candidateId);
      if (!candidate) throw new CandidateNotFoundError();
      const parties = {
        regionCode: candidate.regionCode,
        fromEmployerId: candidate.employerId,
        candidateId: candidate.id,
      };
      if (!mayRecordForCandidate(viewer, parties)) throw new HireRecordingForbiddenError();
      const employer = await hiringEmployer(tx, input, check);
      return this.recordIn(tx, viewer, candidate, employer, input, null, today);
    });
  }

  /**
   * The hire that a match's HIRED outcome or a placement's HIRED follow-up stands for, at the vacancy's or the
   * host's employer, in that step's own transaction: the two are recorded together or not at all. Whoever may take
   * that step (the match's or the placement's rules have already said so) records its hire.
   */
  async recordAlongside(
    tx: EntityManager,
    viewer: Viewer,
    origin: {
      readonly source: HireSource.MATCH | HireSource.PLACEMENT;
      readonly candidateId: string;
      readonly employerId: string;
      readonly matchCaseId: string | null;
    },
    terms: MatchHireTerms | null | undefined,
    today = regionToday(),
  ): Promise<HireView> {
    if (!terms) throw new HireTermsRequiredError();
    const candidate = await candidatePlace(tx, origin.candidateId, { lock: false });
    if (!candidate) throw new CandidateNotFoundError();
    const employer = { employerId: origin.employerId, employerName: null, selfEmployed: false };
    const hire = { ...terms, source: origin.source };
    return this.recordIn(tx, viewer, candidate, employer, hire, origin.matchCaseId, today);
  }

  private async recordIn(
    tx: EntityManager,
    viewer: Viewer,
    candidate: { id: string; regionCode: string; employerId: string },
    employer: { employerId: string | null; employerName: string | null; selfEmployed: boolean },
    terms: Omit<RecordHireInput, 'candidateId' | 'employerId' | 'employerName' | 'selfEmployed'>,
    matchCaseId: string | null,
    today: string,
  ): Promise<HireView> {
    if (!employer.selfEmployed && !terms.contractType) throw new HireContractTypeRequiredError();
    assertDate('startedOn', terms.startedOn, { today, future: 'ALLOWED_90_DAYS' });
    // The candidate's row is locked by the caller's step or here, so two people recording it at once record it once.
    await lockCandidateProfile(tx, candidate.id);
    const same = await sameHireNear(tx, candidate.id, employer, terms.startedOn);
    if (same) throw new HireAlreadyRecordedError(same);
    const counsellorUserId = await openTrajectoryCounsellor(tx, candidate.id);
    const id = await insertHire(tx, {
      candidateId: candidate.id,
      regionCode: candidate.regionCode,
      fromEmployerId: candidate.employerId,
      ...employer,
      external: employer.selfEmployed || employer.employerId !== candidate.employerId,
      contractType: employer.selfEmployed ? (terms.contractType ?? null) : terms.contractType!,
      startedOn: terms.startedOn,
      durationMonths: terms.durationMonths ?? null,
      hoursPerWeek: terms.hoursPerWeek ?? null,
      source: terms.source,
      recordedByUserId: viewer.userId,
      matchCaseId,
    });
    await insertFollowUps(
      tx,
      followUpDueDates(terms.startedOn).map((due) => ({ hireId: id, ...due, counsellorUserId })),
    );
    await this.candidates.markPlaced(tx, candidate.id);
    await this.outbox.publish(tx, refreshTrajectoryFacts(candidate.id));
    const hire = (await findHire(tx, id))!;
    const [view] = await this.present(tx, [hire], today);
    return view;
  }

  async list(viewer: Viewer, candidateId: string | null, today = regionToday()): Promise<HireView[]> {
    const hires = await visibleHires(this.dataSource.manager, viewer, candidateId);
    return this.present(this.dataSource.manager, hires, today);
  }

  /** The viewer's follow-up tasks: of every hire they may see, those in `status` (all when null). */
  async followUps(
    viewer: Viewer,
    status: FollowUpStatus | null,
    today = regionToday(),
  ): Promise<FollowUpView[]> {
    // Every visible hire with a follow-up in that state, not only the newest: an old one can still be due.
    const open = status === FollowUpStatus.UPCOMING || status === FollowUpStatus.DUE;
    const found = await visibleHires(this.dataSource.manager, viewer, null, {
      limit: null,
      withOpenFollowUp: open,
    });
    const hires = await this.present(this.dataSource.manager, found, today);
    return hires
      .flatMap((h) => h.followUps)
      .filter((f) => status === null || f.status === status)
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  }

  async answerFollowUp(
    viewer: Viewer,
    id: string,
    input: FollowUpAnswerInput,
    check: PersonalDataCheckOptions,
    today = regionToday(),
  ): Promise<FollowUpView> {
    return this.dataSource.transaction(async (tx) => {
      const followUp = await lockFollowUp(tx, id);
      const hire = followUp ? await findHire(tx, followUp.hireId) : null;
      const parties = hire && { ...hire, followUpCounsellorUserId: followUp?.counsellorUserId };
      if (!followUp || !parties || !mayReadHire(viewer, parties)) throw new FollowUpNotFoundError();
      if (!mayAnswerFollowUp(viewer, parties)) throw new HireRecordingForbiddenError();
      if (followUp.dueOn > today) throw new FollowUpNotDueError(followUp.dueOn);
      if (followUp.answeredOn) throw new FollowUpAlreadyAnsweredError(followUp.answeredOn);
      const answer = {
        answeredOn: today,
        stillEmployed: input.stillEmployed,
        sameEmployer: input.stillEmployed ? (input.sameEmployer ?? null) : null,
        note: cleanFreeText(input.note, 'note', NOTE_MAX, check),
        answeredByUserId: viewer.userId,
      };
      await saveFollowUpAnswer(tx, id, answer);
      await this.outbox.publish(tx, refreshTrajectoryFacts(hire.candidateId));
      const codes = await candidatePublicCodes(tx, [hire.candidateId]);
      return presentFollowUp({ ...followUp, ...answer }, hire, codes.get(hire.candidateId) ?? '?', today);
    });
  }

  /**
   * The worker's round: a reminder for every due, unanswered follow-up not reminded in the last two weeks — to
   * the region's mobility team when a counsellor follows up, else to the HR leads the person came from.
   */
  async remindDue(now = new Date()): Promise<number> {
    const today = regionToday(now);
    const remindedBefore = new Date(now.getTime() - REMINDER_EVERY_DAYS * 86_400_000);
    return this.dataSource.transaction(async (tx) => {
      const due = await claimDueFollowUps(tx, today, remindedBefore, REMINDERS_PER_ROUND);
      const codes = await candidatePublicCodes(tx, [...new Set(due.map((d) => d.candidateId))]);
      for (const followUp of due) {
        const code = codes.get(followUp.candidateId) ?? '?';
        await this.notifications.notify(
          tx,
          [
            followUp.counsellorUserId
              ? { regionCode: followUp.regionCode }
              : { employerId: followUp.fromEmployerId },
          ],
          {
            kind: 'FOLLOW_UP_DUE',
            subjectType: 'FollowUp',
            subjectId: followUp.id,
            text: {
              en: `Follow-up after ${followUp.months} months: does candidate ${code} still work? Record the answer in Werkbrug.`,
              nl: `Opvolging na ${followUp.months} maanden: werkt kandidaat ${code} nog? Leg het antwoord vast in Werkbrug.`,
            },
          },
        );
      }
      await markReminded(
        tx,
        due.map((d) => d.id),
        now,
      );
      return due.length;
    });
  }

  private async present(manager: EntityManager, hires: HireEntity[], today: string): Promise<HireView[]> {
    const [followUps, candidateCodes, employers] = await Promise.all([
      followUpsOf(
        manager,
        hires.map((h) => h.id),
      ),
      candidatePublicCodes(manager, [...new Set(hires.map((h) => h.candidateId))]),
      employerNames(manager, [...new Set(hires.flatMap((h) => (h.employerId ? [h.employerId] : [])))]),
    ]);
    return hires.map((hire) => presentHire(hire, followUps, { candidateCodes, employers }, today));
  }
}

/** Exactly one of: an employer in Werkbrug, a named one outside it, or self-employment. */
async function hiringEmployer(
  tx: EntityManager,
  input: RecordHireInput,
  check: PersonalDataCheckOptions,
): Promise<{ employerId: string | null; employerName: string | null; selfEmployed: boolean }> {
  const employerName = cleanFreeText(input.employerName, 'employerName', NAME_MAX, check);
  const given = [input.employerId, employerName, input.selfEmployed ? true : null].filter((v) => v);
  if (given.length !== 1) throw new HireEmployerRequiredError();
  if (input.employerId && !(await employerRegion(tx, input.employerId)))
    throw new UnknownHiringEmployerError();
  return { employerId: input.employerId ?? null, employerName, selfEmployed: input.selfEmployed === true };
}
