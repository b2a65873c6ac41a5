import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertMayAnswerOnBehalf,
  attachStatement,
  ConsentWithdrawals,
  ConsentEndReason,
  ConsentKind,
  candidateVisibility,
  candidatePlace,
  candidateProfileWithSharing,
  candidateVoice,
  ConsentNeedsStatementError,
  ConsentRevocationReason,
  ConsentStatementKind,
  ConsentStatementsService,
  lockCandidate,
  mayAnswerOnBehalf,
  type CandidateProfileEntity,
  type ConsentStatementEntity,
  type ConsentStatementInput,
} from '@werkbrug/candidates';
import { ConflictError, Role, Viewer } from '@werkbrug/core';
import { DeclineReasonRequiredError, MatchNotFoundError } from './matching.errors';
import {
  cleanFreeText,
  type PersonalDataCheckOptions,
} from '@werkbrug/privacy-guard/assert-no-personal-data';
import { vacancyPlace, type VacancyPlace } from '@werkbrug/vacancies/vacancy-records.store';
import { DataSource, EntityManager } from 'typeorm';
import { actsForEmployer, requireRight, requireRole } from './match-access';
import {
  caseHistory,
  caseOfPair,
  insertSuggestedCase,
  updateCaseNotes,
  visibleCase,
  visibleCasesOfPairs,
} from './match-case.store';
import { transitionCase } from './match-case-transition';
import {
  assertTakesConsent,
  closeCasesOf,
  grantDisclosure,
  introductionTextFor,
  releaseDisclosure,
  withdrawForStatement,
  type IntroductionConsentText,
} from './match-consent';
import { MatchListStore } from './match-list.store';
import { saveRating } from './match-rating.store';
import type { MatchCaseEntity, MatchCaseEventEntity, MatchRatingEntity } from './matching.entities';
import {
  MatchConsent,
  MatchInterest,
  type MatchAction,
  type MatchCaseState,
  type MatchOutcome,
} from './match-workflow';

const REASON_MAX = 500;

/**
 * The match workflow with its history. Every action locks the candidate and then the case (the lock order of
 * acting-for-candidate.ts), checks the rules (match-workflow.ts) and who may act, and writes the new facts and a
 * history entry together. Consent reveals the candidate's identity to the vacancy's employer through an identity
 * disclosure; its HR leads' reads are then logged by the identity service. Withdrawing consent revokes it, and
 * withdrawing consent to share the profile closes every case. Consent is the candidate's own: their HR lead
 * records it only for a candidate without an account, as a consent statement with the text shown, which the
 * candidate may revoke.
 */
@Injectable()
export class MatchCasesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lists: MatchListStore,
    private readonly statements: ConsentStatementsService,
    private readonly withdrawals: ConsentWithdrawals,
  ) {}

  onModuleInit(): void {
    this.withdrawals.register({
      consentKind: ConsentKind.REVEAL_IDENTITY,
      withdraw: async (viewer, record) => {
        if (record.matchCaseId) await this.answerConsent(viewer, record.matchCaseId, MatchConsent.WITHDRAWN);
      },
      statement: { kind: ConsentStatementKind.INTRODUCTION, revoked: withdrawForStatement },
      profileConsentWithdrawn: (tx, viewer, candidateId) =>
        closeCasesOf(tx, viewer, candidateId, this.statements),
    });
  }

  /** The job seeker's answer (or their own HR lead's, on their behalf, while they have no account). */
  respondAsCandidate(
    viewer: Viewer,
    candidateId: string,
    vacancyId: string,
    interested: boolean,
    reason?: string | null,
    check: PersonalDataCheckOptions = {},
  ): Promise<MatchCaseEntity> {
    return this.respond(viewer, 'CANDIDATE', candidateId, vacancyId, interested, reason, check);
  }

  /** The answer of the vacancy's employer, by one of its HR leads. */
  respondAsEmployer(
    viewer: Viewer,
    candidateId: string,
    vacancyId: string,
    interested: boolean,
    reason?: string | null,
    check: PersonalDataCheckOptions = {},
  ): Promise<MatchCaseEntity> {
    return this.respond(viewer, 'EMPLOYER', candidateId, vacancyId, interested, reason, check);
  }

  /**
   * The candidate's answer to being introduced. Their HR lead may pass on a no or a withdrawal for a candidate
   * without an account, but never give consent here: that is a consent statement (`recordConsentStatement`).
   */
  async answerConsent(viewer: Viewer, caseId: string, consent: MatchConsent): Promise<MatchCaseEntity> {
    return this.act(viewer, caseId, async (tx, matchCase, profile) => {
      const voice = candidateVoice(viewer, profile);
      requireRight(voice !== null);
      if (voice === 'ON_BEHALF') {
        await assertMayAnswerOnBehalf(tx, profile.id);
        requireRight(consent !== MatchConsent.GIVEN, () => new ConsentNeedsStatementError());
      }
      assertTakesConsent(matchCase, profile, consent);
      const next = await transitionCase(tx, viewer, matchCase, { kind: 'CONSENT', consent }, null);
      if (consent === MatchConsent.GIVEN) return grantDisclosure(tx, viewer, next);
      if (consent === MatchConsent.WITHDRAWN) {
        const reason = ConsentRevocationReason.CONSENT_WITHDRAWN;
        await this.statements.revokeFor(tx, viewer, { matchCaseId: matchCase.id }, reason);
      }
      return releaseDisclosure(tx, viewer, next, ConsentEndReason.WITHDRAWN);
    });
  }

  /** The consent text for the match, for the candidate or their own HR lead to show or read out. */
  async introductionConsentText(viewer: Viewer, caseId: string): Promise<IntroductionConsentText> {
    const matchCase = await this.get(viewer, caseId);
    const profile = await this.profile(this.dataSource.manager, matchCase.candidateId);
    requireRight(profile !== null && candidateVoice(viewer, profile) !== null);
    return introductionTextFor(this.dataSource.manager, matchCase);
  }

  /**
   * An HR lead records the introduction consent a candidate without an account gave them, with the text they
   * showed: the consent is given, the employer may read the identity, and the candidate can see and revoke it.
   */
  async recordConsentStatement(
    viewer: Viewer,
    caseId: string,
    input: ConsentStatementInput,
    check: PersonalDataCheckOptions = {},
  ): Promise<ConsentStatementEntity> {
    return this.act(viewer, caseId, async (tx, matchCase, profile) => {
      requireRight(candidateVoice(viewer, profile) === 'ON_BEHALF');
      await assertMayAnswerOnBehalf(tx, profile.id);
      const consent = MatchConsent.GIVEN;
      assertTakesConsent(matchCase, profile, consent);
      const { text } = await introductionTextFor(tx, matchCase);
      const next = await transitionCase(tx, viewer, matchCase, { kind: 'CONSENT', consent }, null);
      const introduced = await grantDisclosure(tx, viewer, next);
      const statement = await this.statements.record(
        tx,
        viewer,
        {
          candidateId: matchCase.candidateId,
          kind: ConsentStatementKind.INTRODUCTION,
          employerId: matchCase.employerId,
          matchCaseId: matchCase.id,
          disclosureId: introduced.disclosureId,
        },
        text,
        input,
        check,
      );
      await updateCaseNotes(tx, matchCase.id, { consentStatementId: statement.id });
      const subject = {
        candidateId: matchCase.candidateId,
        kind: ConsentKind.REVEAL_IDENTITY,
        matchCaseId: matchCase.id,
      };
      await attachStatement(tx, subject, statement.id);
      return statement;
    });
  }

  /**
   * Records what the match led to. `alongside` runs in the same transaction once the workflow has allowed it (the
   * hire a HIRED outcome stands for): both are recorded, or neither.
   */
  async recordOutcome(
    viewer: Viewer,
    caseId: string,
    outcome: MatchOutcome,
    note?: string | null,
    check: PersonalDataCheckOptions = {},
    alongside?: (tx: EntityManager, matchCase: MatchCaseEntity) => Promise<void>,
  ): Promise<MatchCaseEntity> {
    const text = cleanReason(note, 'note', check);
    return this.act(viewer, caseId, async (tx, matchCase) => {
      requireRight(actsForEmployer(viewer, matchCase));
      const next = await transitionCase(tx, viewer, matchCase, { kind: 'OUTCOME', outcome }, text);
      await updateCaseNotes(tx, next.id, { outcomeNote: text });
      await alongside?.(tx, next);
      return { ...next, outcomeNote: text };
    });
  }

  async get(viewer: Viewer, caseId: string): Promise<MatchCaseEntity> {
    const matchCase = await visibleCase(this.dataSource.manager, viewer, caseId);
    const profile = matchCase && (await this.profile(this.dataSource.manager, matchCase.candidateId));
    if (!matchCase || !profile) throw new MatchNotFoundError();
    return matchCase;
  }

  /**
   * The cases of pairs the caller has already shown the viewer (the matches of a list), where anyone acted on
   * them and the viewer may see them: one query for a whole page.
   */
  visibleForPairs(
    viewer: Viewer,
    pairs: readonly { candidateId: string; vacancyId: string }[],
  ): Promise<MatchCaseEntity[]> {
    return visibleCasesOfPairs(this.dataSource.manager, viewer, pairs);
  }

  history(caseId: string): Promise<MatchCaseEventEntity[]> {
    return caseHistory(this.dataSource.manager, caseId);
  }

  /** A job seeker's verdict on a suggestion, kept with the score and model version for tuning. */
  async rate(
    viewer: Viewer,
    candidateId: string,
    vacancyId: string,
    useful: boolean,
    reason?: string | null,
    check: PersonalDataCheckOptions = {},
  ): Promise<MatchRatingEntity> {
    requireRole(viewer, Role.JOB_SEEKER);
    // Another candidate's suggestions do not exist for a job seeker, like a random id.
    if (viewer.candidateId !== candidateId) throw new MatchNotFoundError();
    const text = cleanReason(reason, 'reason', check);
    const score = await this.lists.pairScore(this.dataSource.manager, candidateId, vacancyId);
    if (score === null) throw new MatchNotFoundError();
    return saveRating(this.dataSource.manager, viewer, { vacancyId, useful, reason: text, score });
  }

  private async respond(
    viewer: Viewer,
    side: 'CANDIDATE' | 'EMPLOYER',
    candidateId: string,
    vacancyId: string,
    interested: boolean,
    reason: string | null | undefined,
    check: PersonalDataCheckOptions,
  ): Promise<MatchCaseEntity> {
    const text = cleanReason(reason, 'reason', check);
    if (!interested && !text) {
      throw new DeclineReasonRequiredError();
    }
    return this.dataSource.transaction(async (tx) => {
      await lockCandidate(tx, candidateId);
      const profile = await this.profile(tx, candidateId);
      const vacancy = await vacancyPlace(tx, vacancyId);
      if (!profile || !vacancy) throw new MatchNotFoundError();
      const voice = candidateVoice(viewer, profile);
      const allowed =
        side === 'CANDIDATE'
          ? voice !== null
          : viewer.role === Role.HR_LEAD &&
            viewer.employerId === vacancy.employerId &&
            candidateVisibility(viewer, profile) !== null;
      if (!allowed) throw new MatchNotFoundError();
      if (side === 'CANDIDATE' && voice === 'ON_BEHALF') await assertMayAnswerOnBehalf(tx, profile.id);
      const matchCase = await this.openCase(tx, candidateId, vacancy);
      if (!matchCase) throw new MatchNotFoundError();
      const interest = interested ? MatchInterest.INTERESTED : MatchInterest.NOT_INTERESTED;
      const action: MatchAction =
        side === 'CANDIDATE'
          ? { kind: 'CANDIDATE_RESPONSE', interest }
          : { kind: 'EMPLOYER_RESPONSE', interest };
      const next = await transitionCase(tx, viewer, matchCase, action, text);
      const reasonColumn = side === 'CANDIDATE' ? 'candidateReason' : 'employerReason';
      await updateCaseNotes(tx, next.id, { [reasonColumn]: interested ? null : text });
      return { ...next, [reasonColumn]: interested ? null : text };
    });
  }

  /**
   * Moves a match on from what happened at a meet-and-greet meeting, acting as the viewer who recorded it (the
   * session service has checked they may). Each side's answer is only that side's to give: the candidate's from
   * the candidate (or their own HR lead while they have no account), the employer's from its HR leads or the
   * region's mobility team, who record what the employer said; an answer from anyone else is skipped. Actions
   * the workflow does not allow in the case's state are skipped too: an outcome never overrides the candidate's
   * consent. Returns the state after, or null when the pair was never suggested (no back doors: a case starts
   * only from a scored pair).
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
      await lockCandidate(tx, candidateId);
      const vacancy = await vacancyPlace(tx, vacancyId);
      const profile = await candidatePlace(tx, candidateId, { lock: false });
      let matchCase = vacancy && profile && (await this.openCase(tx, candidateId, vacancy));
      if (!vacancy || !profile || !matchCase) return null;
      const voice = candidateVoice(viewer, profile);
      const candidateSpeaks =
        voice === 'SELF' || (voice === 'ON_BEHALF' && (await mayAnswerOnBehalf(tx, candidateId)));
      const employerSpeaks = actsForEmployer(viewer, {
        employerId: vacancy.employerId,
        regionCode: matchCase.regionCode,
      });
      for (const action of actions) {
        if (action.kind === 'CANDIDATE_RESPONSE' && !candidateSpeaks) continue;
        if (action.kind === 'EMPLOYER_RESPONSE' && !employerSpeaks) continue;
        // An answer the case already has is not given again: answering resets the candidate's consent.
        if (action.kind === 'CANDIDATE_RESPONSE' && matchCase.candidateInterest === action.interest) continue;
        if (action.kind === 'EMPLOYER_RESPONSE' && matchCase.employerInterest === action.interest) continue;
        try {
          matchCase = await transitionCase(tx, viewer, matchCase, action, reason);
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
    vacancy: VacancyPlace,
  ): Promise<MatchCaseEntity | null> {
    const vacancyId = vacancy.id;
    const existing = await caseOfPair(tx, candidateId, vacancyId, { lock: true });
    if (existing) return existing;
    // No back doors: a case starts only from a pair the worker suggested.
    const score = await this.lists.pairScore(tx, candidateId, vacancyId);
    if (score === null) return null;
    const { employerId, regionCode } = vacancy;
    await insertSuggestedCase(tx, { candidateId, vacancyId, employerId, regionCode, score });
    const created = await caseOfPair(tx, candidateId, vacancyId, { lock: true });
    if (!created) throw new Error(`match case of ${candidateId} and ${vacancyId} not found after insert`);
    return created;
  }

  private async act<T = MatchCaseEntity>(
    viewer: Viewer,
    caseId: string,
    work: (tx: EntityManager, matchCase: MatchCaseEntity, profile: CandidateProfileEntity) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      // The candidate's lock comes first (the lock order), so the case is read once to learn whose it is.
      const peek = await visibleCase(tx, viewer, caseId);
      if (!peek) throw new MatchNotFoundError();
      await lockCandidate(tx, peek.candidateId);
      const matchCase = await visibleCase(tx, viewer, caseId, { lock: true });
      const profile = matchCase && (await this.profile(tx, matchCase.candidateId));
      if (!matchCase || !profile) throw new MatchNotFoundError();
      return work(tx, matchCase, profile);
    });
  }

  private async profile(tx: EntityManager, candidateId: string): Promise<CandidateProfileEntity | null> {
    return candidateProfileWithSharing(tx, candidateId);
  }
}

function cleanReason(
  value: string | null | undefined,
  field: string,
  check: PersonalDataCheckOptions,
): string | null {
  return cleanFreeText(value, field, REASON_MAX, check);
}
