import { Injectable } from '@nestjs/common';
import type { Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import type { ConsentKind } from './consent-record.enums';
import type { ConsentRecordEntity } from './consent-record.entity';
import type { ConsentStatementEntity } from './consent-statement.entity';
import type { ConsentStatementKind } from './consent-statement.enums';

/** Withdrawing a recorded consent from the register: does what the workflow's own withdrawal does. */
export type ConsentWithdrawal = (viewer: Viewer, record: ConsentRecordEntity) => Promise<void>;

/** The candidate revoked a statement (consent they gave their HR lead): undo what it allowed, in `tx`. */
export type ConsentRevocationHandler = (
  tx: EntityManager,
  viewer: Viewer,
  statement: ConsentStatementEntity,
) => Promise<void>;

/** The candidate withdrew consent to share their profile: end what rests on it, in `tx`, candidate locked. */
export type ProfileConsentWithdrawalHandler = (
  tx: EntityManager,
  viewer: Viewer,
  candidateId: string,
) => Promise<void>;

/**
 * What the lib that owns a consent's subject (the match workflow for introductions, the placement lifecycle for
 * placements) does when the person takes that consent back, in each of the three ways it can happen.
 */
export interface ConsentSubject {
  readonly consentKind: ConsentKind;
  readonly withdraw: ConsentWithdrawal;
  /** The statement kind an HR lead records for this consent on behalf of a person without an account. */
  readonly statement?: { readonly kind: ConsentStatementKind; readonly revoked: ConsentRevocationHandler };
  readonly profileConsentWithdrawn?: ProfileConsentWithdrawalHandler;
}

/**
 * The one place that knows who undoes which consent. The owning libs register at start; the consent register,
 * the statements and the profile's consent ask here, so a withdrawal is handled the same way whichever door the
 * person uses, and no lib writes another's tables to do it.
 */
@Injectable()
export class ConsentWithdrawals {
  private readonly subjects: ConsentSubject[] = [];

  register(subject: ConsentSubject): void {
    if (this.subjects.some((s) => s.consentKind === subject.consentKind))
      throw new Error(`consent ${subject.consentKind} is already registered`);
    this.subjects.push(subject);
  }

  withdrawalOf(kind: ConsentKind): ConsentWithdrawal | undefined {
    return this.subjects.find((s) => s.consentKind === kind)?.withdraw;
  }

  async statementRevoked(
    tx: EntityManager,
    viewer: Viewer,
    statement: ConsentStatementEntity,
  ): Promise<void> {
    const subject = this.subjects.find((s) => s.statement?.kind === statement.kind);
    if (!subject?.statement) throw new Error(`no revocation handler for ${statement.kind}`);
    await subject.statement.revoked(tx, viewer, statement);
  }

  async profileConsentWithdrawn(tx: EntityManager, viewer: Viewer, candidateId: string): Promise<void> {
    for (const subject of this.subjects) await subject.profileConsentWithdrawn?.(tx, viewer, candidateId);
  }
}
