import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { candidateVisibility, CandidateProfileEntity } from '@werkbrug/candidates';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  Role,
  Viewer,
} from '@werkbrug/core';
import { cleanFreeText } from '@werkbrug/privacy-guard/assert-no-personal-data';
import { VacancyEntity } from '@werkbrug/vacancies';
import { DataSource, EntityManager } from 'typeorm';
import { MatchListStore } from './match-list.store';
import { MatchCaseEntity, MatchCaseEventEntity, MatchRatingEntity } from './matching.entities';
import {
  applyAction,
  deriveState,
  eventName,
  MatchConsent,
  MatchInterest,
  WorkflowRuleError,
  type MatchAction,
  type MatchCaseState,
  type MatchOutcome,
} from './match-workflow';
import { MODEL_VERSION } from '@werkbrug/matching-core';

export class MatchNotFoundError extends NotFoundError {
  constructor() {
    super('Match', 'Match');
  }
}

const REASON_MAX = 500;

/**
 * The match workflow with its history. Every action locks the case, checks the rules (match-workflow.ts) and who
 * may act, and writes the new facts and a history entry together. Consent reveals the candidate's identity to
 * the vacancy's employer through an identity disclosure; its HR leads' reads are then logged by the identity
 * service. Withdrawing consent revokes it.
 */
@Injectable()
export class MatchCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lists: MatchListStore,
  ) {}

  /** The job seeker's answer (or their own HR lead's, on their behalf). */
  respondAsCandidate(
    viewer: Viewer,
    candidateId: string,
    vacancyId: string,
    interested: boolean,
    reason?: string | null,
  ): Promise<MatchCaseEntity> {
    return this.respond(viewer, 'CANDIDATE', candidateId, vacancyId, interested, reason);
  }

  /** The answer of the vacancy's employer, by one of its HR leads. */
  respondAsEmployer(
    viewer: Viewer,
    candidateId: string,
    vacancyId: string,
    interested: boolean,
    reason?: string | null,
  ): Promise<MatchCaseEntity> {
    return this.respond(viewer, 'EMPLOYER', candidateId, vacancyId, interested, reason);
  }

  async answerConsent(viewer: Viewer, caseId: string, consent: MatchConsent): Promise<MatchCaseEntity> {
    return this.act(viewer, caseId, async (tx, matchCase, profile) => {
      if (!actsForCandidate(viewer, profile)) throw new ForbiddenError();
      const next = await this.transition(tx, viewer, matchCase, { kind: 'CONSENT', consent }, null);
      if (consent === MatchConsent.GIVEN) {
        await tx.query(
          `INSERT INTO identity_disclosure (candidate_id, employer_id)
           SELECT $1, $2 WHERE NOT EXISTS (
             SELECT 1 FROM identity_disclosure WHERE candidate_id = $1 AND employer_id = $2 AND revoked_at IS NULL)`,
          [matchCase.candidateId, matchCase.employerId],
        );
        const [{ id }]: { id: string }[] = await tx.query(
          `SELECT id FROM identity_disclosure WHERE candidate_id = $1 AND employer_id = $2 AND revoked_at IS NULL`,
          [matchCase.candidateId, matchCase.employerId],
        );
        await tx.update(MatchCaseEntity, next.id, { disclosureId: id });
        return { ...next, disclosureId: id };
      }
      if (matchCase.disclosureId) {
        await tx.update(MatchCaseEntity, next.id, { disclosureId: null });
        // Another introduction to the same employer still rests on the disclosure: keep it then.
        await tx.query(
          `UPDATE identity_disclosure SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL AND NOT EXISTS (
             SELECT 1 FROM match_case WHERE disclosure_id = $1 AND id <> $2)`,
          [matchCase.disclosureId, matchCase.id],
        );
      }
      return { ...next, disclosureId: null };
    });
  }

  async recordOutcome(
    viewer: Viewer,
    caseId: string,
    outcome: MatchOutcome,
    note?: string | null,
  ): Promise<MatchCaseEntity> {
    const text = cleanReason(note, 'note');
    return this.act(viewer, caseId, async (tx, matchCase) => {
      const allowed =
        (viewer.role === Role.HR_LEAD && viewer.employerId === matchCase.employerId) ||
        (viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === matchCase.regionCode);
      if (!allowed) throw new ForbiddenError();
      const next = await this.transition(tx, viewer, matchCase, { kind: 'OUTCOME', outcome }, text);
      await tx.update(MatchCaseEntity, next.id, { outcomeNote: text });
      return { ...next, outcomeNote: text };
    });
  }

  async get(viewer: Viewer, caseId: string): Promise<MatchCaseEntity> {
    const matchCase = await this.dataSource.manager.findOneBy(MatchCaseEntity, { id: caseId });
    if (!matchCase) throw new MatchNotFoundError();
    const profile = await this.profile(this.dataSource.manager, matchCase.candidateId);
    if (!profile || !maySeeCase(viewer, matchCase, profile)) throw new MatchNotFoundError();
    return matchCase;
  }

  /** The case of a pair the caller has already shown the viewer (a match in a list), if anyone acted on it. */
  findForPair(candidateId: string, vacancyId: string): Promise<MatchCaseEntity | null> {
    return this.dataSource.manager.findOneBy(MatchCaseEntity, { candidateId, vacancyId });
  }

  history(caseId: string): Promise<MatchCaseEventEntity[]> {
    return this.dataSource.manager.find(MatchCaseEventEntity, {
      where: { matchCaseId: caseId },
      order: { id: 'ASC' },
    });
  }

  /** A job seeker's verdict on a suggestion, kept with the score and model version for tuning. */
  async rate(
    viewer: Viewer,
    candidateId: string,
    vacancyId: string,
    useful: boolean,
    reason?: string | null,
  ): Promise<MatchRatingEntity> {
    if (viewer.role !== Role.JOB_SEEKER || viewer.candidateId !== candidateId) throw new ForbiddenError();
    const text = cleanReason(reason, 'reason');
    const score = await this.lists.pairScore(this.dataSource.manager, candidateId, vacancyId);
    if (score === null) throw new MatchNotFoundError();
    await this.dataSource.query(
      `INSERT INTO match_rating (candidate_id, vacancy_id, rated_by_user_id, useful, reason, score, model_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (candidate_id, vacancy_id, rated_by_user_id) DO UPDATE SET
         useful = EXCLUDED.useful, reason = EXCLUDED.reason, score = EXCLUDED.score,
         model_version = EXCLUDED.model_version, rated_at = now()`,
      [candidateId, vacancyId, viewer.userId, useful, text, score, MODEL_VERSION],
    );
    return this.dataSource.manager.findOneByOrFail(MatchRatingEntity, {
      candidateId,
      vacancyId,
      ratedByUserId: viewer.userId,
    });
  }

  private async respond(
    viewer: Viewer,
    side: 'CANDIDATE' | 'EMPLOYER',
    candidateId: string,
    vacancyId: string,
    interested: boolean,
    reason?: string | null,
  ): Promise<MatchCaseEntity> {
    const text = cleanReason(reason, 'reason');
    if (!interested && !text) {
      throw new InvalidInputError(
        { en: 'Say briefly why this match does not fit.', nl: 'Geef kort aan waarom deze match niet past.' },
        { field: 'reason' },
      );
    }
    return this.dataSource.transaction(async (tx) => {
      const profile = await this.profile(tx, candidateId);
      const vacancy = await tx.findOneBy(VacancyEntity, { id: vacancyId });
      if (!profile || !vacancy) throw new MatchNotFoundError();
      const allowed =
        side === 'CANDIDATE'
          ? actsForCandidate(viewer, profile)
          : viewer.role === Role.HR_LEAD &&
            viewer.employerId === vacancy.employerId &&
            candidateVisibility(viewer, profile) !== null;
      if (!allowed) throw new MatchNotFoundError();
      const matchCase = await this.openCase(tx, candidateId, vacancy);
      if (!matchCase) throw new MatchNotFoundError();
      const interest = interested ? MatchInterest.INTERESTED : MatchInterest.NOT_INTERESTED;
      const action: MatchAction =
        side === 'CANDIDATE'
          ? { kind: 'CANDIDATE_RESPONSE', interest }
          : { kind: 'EMPLOYER_RESPONSE', interest };
      const next = await this.transition(tx, viewer, matchCase, action, text);
      const reasonColumn = side === 'CANDIDATE' ? 'candidateReason' : 'employerReason';
      await tx.update(MatchCaseEntity, next.id, { [reasonColumn]: interested ? null : text });
      return { ...next, [reasonColumn]: interested ? null : text };
    });
  }

  /**
   * Moves a match on from what happened at a meet-and-greet meeting, acting as the viewer who recorded it (the
   * session service has checked they may). Actions the workflow does not allow in the case's state are skipped:
   * an outcome never overrides the candidate's consent. Returns the state after, or null when the pair was never
   * suggested (no back doors: a case starts only from a scored pair).
   */
  async advanceFromMeeting(
    viewer: Viewer,
    candidateId: string,
    vacancyId: string,
    actions: readonly MatchAction[],
    reason: string | null,
    manager?: EntityManager,
  ): Promise<MatchCaseState | null> {
    const run = async (tx: EntityManager) => {
      const vacancy = await tx.findOneBy(VacancyEntity, { id: vacancyId });
      let matchCase = vacancy && (await this.openCase(tx, candidateId, vacancy));
      if (!matchCase) return null;
      for (const action of actions) {
        // An answer the case already has is not given again: answering resets the candidate's consent.
        if (action.kind === 'CANDIDATE_RESPONSE' && matchCase.candidateInterest === action.interest) continue;
        if (action.kind === 'EMPLOYER_RESPONSE' && matchCase.employerInterest === action.interest) continue;
        try {
          matchCase = await this.transition(tx, viewer, matchCase, action, reason);
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
        }
      }
      return matchCase.state;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** The pair's case, locked, created from the match lists if nobody acted on it yet; null if never suggested. */
  private async openCase(
    tx: EntityManager,
    candidateId: string,
    vacancy: VacancyEntity,
  ): Promise<MatchCaseEntity | null> {
    const vacancyId = vacancy.id;
    const existing = await tx.findOne(MatchCaseEntity, {
      where: { candidateId, vacancyId },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing) return existing;
    // No back doors: a case starts only from a pair the worker suggested.
    const score = await this.lists.pairScore(tx, candidateId, vacancyId);
    if (score === null) return null;
    await tx.query(
      `INSERT INTO match_case (candidate_id, vacancy_id, employer_id, region_code, state, score, model_version)
       VALUES ($1, $2, $3, $4, 'SUGGESTED', $5, $6) ON CONFLICT (candidate_id, vacancy_id) DO NOTHING`,
      [candidateId, vacancyId, vacancy.employerId, vacancy.regionCode, score, MODEL_VERSION],
    );
    return tx.findOneOrFail(MatchCaseEntity, {
      where: { candidateId, vacancyId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async act(
    viewer: Viewer,
    caseId: string,
    work: (
      tx: EntityManager,
      matchCase: MatchCaseEntity,
      profile: CandidateProfileEntity,
    ) => Promise<MatchCaseEntity>,
  ): Promise<MatchCaseEntity> {
    return this.dataSource.transaction(async (tx) => {
      const matchCase = await tx.findOne(MatchCaseEntity, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      const profile = matchCase && (await this.profile(tx, matchCase.candidateId));
      if (!matchCase || !profile || !maySeeCase(viewer, matchCase, profile)) throw new MatchNotFoundError();
      return work(tx, matchCase, profile);
    });
  }

  /** Applies the action to the facts, saves them with the derived state, and records the history entry. */
  private async transition(
    tx: EntityManager,
    viewer: Viewer,
    matchCase: MatchCaseEntity,
    action: MatchAction,
    reason: string | null,
  ): Promise<MatchCaseEntity> {
    let facts;
    try {
      facts = applyAction(matchCase, action);
    } catch (error) {
      if (error instanceof WorkflowRuleError)
        throw new ConflictError(error.localised, { state: matchCase.state });
      throw error;
    }
    const state = deriveState(facts);
    await tx.update(MatchCaseEntity, matchCase.id, {
      candidateInterest: facts.candidateInterest,
      employerInterest: facts.employerInterest,
      consent: facts.consent,
      outcome: facts.outcome,
      state,
      version: matchCase.version + 1,
      updatedAt: new Date(),
    });
    await tx.insert(MatchCaseEventEntity, {
      matchCaseId: matchCase.id,
      event: eventName(action),
      fromState: matchCase.state,
      toState: state,
      actorUserId: viewer.userId,
      actorRole: viewer.role,
      reason,
    });
    return { ...matchCase, ...facts, state, version: matchCase.version + 1 };
  }

  private async profile(tx: EntityManager, candidateId: string): Promise<CandidateProfileEntity | null> {
    return tx.findOne(CandidateProfileEntity, {
      where: { id: candidateId },
      relations: { sharedWith: true },
    });
  }
}

/** The candidate themself, or an HR lead of the employer that posted the profile (for people without an account). */
function actsForCandidate(viewer: Viewer, profile: CandidateProfileEntity): boolean {
  return (
    (viewer.role === Role.JOB_SEEKER && viewer.candidateId === profile.id) ||
    (viewer.role === Role.HR_LEAD && viewer.employerId === profile.employerId)
  );
}

function maySeeCase(viewer: Viewer, matchCase: MatchCaseEntity, profile: CandidateProfileEntity): boolean {
  switch (viewer.role) {
    case Role.JOB_SEEKER:
      return viewer.candidateId === matchCase.candidateId;
    case Role.HR_LEAD:
      return viewer.employerId === matchCase.employerId || viewer.employerId === profile.employerId;
    case Role.MOBILITY_TEAM:
      return viewer.regionCode === matchCase.regionCode;
    case Role.ADMINISTRATOR:
      return false;
  }
}

function cleanReason(value: string | null | undefined, field: string): string | null {
  return cleanFreeText(value, field, REASON_MAX);
}
