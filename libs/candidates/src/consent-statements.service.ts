import { AuditAction, recordAudit } from '@werkbrug/audit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { accountDisplayName } from '@werkbrug/accounts/candidate-accounts.store';
import { ForbiddenError, NotFoundError, regionToday, Role, type Viewer } from '@werkbrug/core';
import {
  cleanFreeText,
  type PersonalDataCheckOptions,
} from '@werkbrug/privacy-guard/assert-no-personal-data';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { assertMayAnswerOnBehalf, candidateVoice } from './acting-for-candidate';
import { requireCandidateAccess } from './candidate-access';
import { lockCandidate } from './candidate-profile.store';
import { CandidateProfileEntity } from './candidate-profile.entity';
import {
  CandidateNotFoundError,
  ConsentStatementAlreadyRevokedError,
  ConsentStatementRevokedOnlyByCandidateError,
  ConsentTextChangedError,
  InvalidConsentDateError,
} from './candidates.errors';
import { ConsentMethod, ConsentRevocationReason, ConsentStatementKind } from './consent-statement.enums';
import { ConsentWithdrawals } from './consent-withdrawals';
import { ConsentStatementEntity } from './consent-statement.entity';
import type { ConsentText } from './consent-text';

export class ConsentStatementNotFoundError extends NotFoundError {
  constructor() {
    super('Consent statement', 'Toestemmingsverklaring');
  }
}

/** How and when the candidate gave consent, as the HR lead records it. */
export interface ConsentStatementInput {
  readonly method: ConsentMethod;
  /** ISO date, not in the future. */
  readonly givenOn: string;
  /** The version of the consent text the HR lead showed or read out. */
  readonly textVersion: string;
  readonly note?: string | null;
}

export interface ConsentStatementSubject {
  readonly candidateId: string;
  readonly kind: ConsentStatementKind;
  readonly employerId: string;
  readonly matchCaseId?: string | null;
  readonly placementId?: string | null;
  readonly disclosureId?: string | null;
}

export type { ConsentRevocationHandler } from './consent-withdrawals';

const NOTE_MAX = 500;
const MAX_AGE_DAYS = 365;

/**
 * Consent statements: consent a candidate without an account gave to their HR lead, recorded with the text
 * shown. The lib that asks for the consent (matching, placements) records the statement in the transaction that
 * acts on it; the candidate and their own HR leads read them; only the candidate revokes one, and the owning lib
 * undoes what the consent allowed through its revocation handler, in the same transaction.
 */
@Injectable()
export class ConsentStatementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly withdrawals: ConsentWithdrawals,
  ) {}

  /**
   * Checks the statement (only the candidate's own HR lead, only for a candidate without an account, the text
   * shown is the current one) and stores it. Call within the transaction that acts on the consent.
   */
  async record(
    tx: EntityManager,
    viewer: Viewer,
    subject: ConsentStatementSubject,
    text: ConsentText,
    input: ConsentStatementInput,
    check: PersonalDataCheckOptions = {},
    today = regionToday(),
  ): Promise<ConsentStatementEntity> {
    const profile = requireCandidateAccess(
      await tx.findOneBy(CandidateProfileEntity, { id: subject.candidateId }),
      (p) => candidateVoice(viewer, p) === 'ON_BEHALF',
    );
    await assertMayAnswerOnBehalf(tx, profile.id);
    assertGivenOn(input.givenOn, today);
    if (input.textVersion !== text.version) throw new ConsentTextChangedError(text.version);
    const note = cleanFreeText(input.note, 'note', NOTE_MAX, check);
    const givenToName = (await accountDisplayName(tx, viewer.userId)) ?? '';
    const saved = await tx.save(
      tx.create(ConsentStatementEntity, {
        candidateId: subject.candidateId,
        kind: subject.kind,
        employerId: subject.employerId,
        matchCaseId: subject.matchCaseId ?? null,
        placementId: subject.placementId ?? null,
        disclosureId: subject.disclosureId ?? null,
        textNl: text.nl,
        textEn: text.en,
        textVersion: text.version,
        method: input.method,
        givenOn: input.givenOn,
        givenToName,
        note,
        recordedByUserId: viewer.userId,
        recordedAt: new Date(),
        revokedAt: null,
        revokedByUserId: null,
        revokedByRole: null,
        revokedReason: null,
      }),
    );
    await recordAudit(tx, viewer, {
      action: AuditAction.CONSENT_STATEMENT_RECORDED,
      subjectType: 'ConsentStatement',
      subjectId: saved.id,
      candidateId: subject.candidateId,
      details: { kind: subject.kind, method: input.method },
    });
    return saved;
  }

  /** Statements recorded for the candidate, newest first: for the candidate and their own employer's HR leads. */
  async listForCandidate(viewer: Viewer, candidateId: string): Promise<ConsentStatementEntity[]> {
    const profile = await this.dataSource.manager.findOneBy(CandidateProfileEntity, { id: candidateId });
    if (!profile || candidateVoice(viewer, profile) === null) throw new CandidateNotFoundError();
    return this.dataSource.manager.find(ConsentStatementEntity, {
      where: { candidateId },
      order: { recordedAt: 'DESC' },
      take: 500,
    });
  }

  /** The job seeker's own statements. */
  mine(viewer: Viewer): Promise<ConsentStatementEntity[]> {
    if (viewer.role !== Role.JOB_SEEKER) throw new ForbiddenError();
    return this.listForCandidate(viewer, viewer.candidateId);
  }

  /**
   * The candidate revokes a statement: it is marked revoked, and the owning lib undoes what it allowed, unless
   * newer consent covers that now. The candidate is locked first, as every consent change does.
   */
  async revoke(viewer: Viewer, id: string): Promise<ConsentStatementEntity> {
    return this.dataSource.transaction(async (tx) => {
      const peek = await tx.findOneBy(ConsentStatementEntity, { id });
      if (!peek || !(await lockCandidate(tx, peek.candidateId))) throw new ConsentStatementNotFoundError();
      const statement = await tx.findOneOrFail(ConsentStatementEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const profile = await tx.findOneBy(CandidateProfileEntity, { id: statement.candidateId });
      const voice = profile ? candidateVoice(viewer, profile) : null;
      requireCandidateAccess(voice, (v) => v === 'SELF', {
        notFound: () => new ConsentStatementNotFoundError(),
        forbidden: () => new ConsentStatementRevokedOnlyByCandidateError(),
      });
      if (statement.revokedAt) throw new ConsentStatementAlreadyRevokedError();
      const columns = revocationColumns(viewer, ConsentRevocationReason.REVOKED_BY_CANDIDATE);
      await tx.update(ConsentStatementEntity, statement.id, columns);
      await recordAudit(tx, viewer, {
        action: AuditAction.CONSENT_STATEMENT_REVOKED,
        subjectType: 'ConsentStatement',
        subjectId: statement.id,
        candidateId: statement.candidateId,
        details: { kind: statement.kind },
      });
      const revoked = { ...statement, ...columns };
      await this.withdrawals.statementRevoked(tx, viewer, revoked);
      return revoked;
    });
  }

  /**
   * Marks the subject's statements still in force as revoked, when the consent they gave ends another way (the
   * candidate withdraws or declines, their HR lead passes that on, the placement's terms change or it is
   * cancelled). Call in the transaction that ends the consent, after locking the candidate.
   */
  async revokeFor(
    tx: EntityManager,
    viewer: Viewer,
    subject: { matchCaseId: string } | { placementId: string },
    reason: ConsentRevocationReason,
  ): Promise<void> {
    const where =
      'matchCaseId' in subject
        ? { matchCaseId: subject.matchCaseId, kind: ConsentStatementKind.INTRODUCTION, revokedAt: IsNull() }
        : { placementId: subject.placementId, kind: ConsentStatementKind.PLACEMENT, revokedAt: IsNull() };
    await tx.update(ConsentStatementEntity, where, revocationColumns(viewer, reason));
  }
}

/** The columns that mark a statement revoked, by whom and why. */
export function revocationColumns(viewer: Viewer, reason: ConsentRevocationReason) {
  return {
    revokedAt: new Date(),
    revokedByUserId: viewer.userId,
    revokedByRole: viewer.role,
    revokedReason: reason,
  };
}

function assertGivenOn(givenOn: string, today: string): void {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(givenOn) && !Number.isNaN(Date.parse(`${givenOn}T00:00:00Z`));
  const oldest = new Date(Date.parse(`${today}T00:00:00Z`) - MAX_AGE_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  if (!valid || givenOn > today || givenOn < oldest) throw new InvalidConsentDateError();
}
