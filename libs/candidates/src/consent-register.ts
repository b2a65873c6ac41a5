import { AuditAction, recordAudit } from '@werkbrug/audit';
import { Role, type Viewer } from '@werkbrug/core';
import { IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { ConsentEndReason, ConsentKind } from './consent-record.enums';
import { ConsentRecordEntity } from './consent-record.entity';
import type { ConsentText } from './consent-text';

/**
 * The register of consents: every lib that asks a candidate for consent writes here, in the transaction that
 * acts on it and with the candidate locked (lockCandidate), so the register and what the consent allows never
 * disagree. A consent given again for the same subject ends the one before it.
 */

export interface ConsentToRegister {
  readonly candidateId: string;
  readonly kind: ConsentKind;
  readonly employerIds?: readonly string[];
  readonly matchCaseId?: string | null;
  readonly placementId?: string | null;
  /** The HR lead's statement, when the consent was recorded on the candidate's behalf. */
  readonly statementId?: string | null;
  readonly text: ConsentText;
}

export interface ConsentsToEnd {
  readonly candidateId: string;
  readonly kinds?: readonly ConsentKind[];
  readonly matchCaseId?: string;
  readonly placementId?: string;
}

/** Sharing with the region and with chosen employers are one consent: a new scope replaces the old one. */
export const PROFILE_SHARING_KINDS: readonly ConsentKind[] = [
  ConsentKind.SHARE_WITH_REGION,
  ConsentKind.SHARE_WITH_EMPLOYERS,
];

function sameSubjectKinds(kind: ConsentKind): readonly ConsentKind[] {
  return PROFILE_SHARING_KINDS.includes(kind) ? PROFILE_SHARING_KINDS : [kind];
}

export async function registerConsent(
  tx: EntityManager,
  viewer: Viewer,
  consent: ConsentToRegister,
): Promise<ConsentRecordEntity> {
  await endConsents(
    tx,
    viewer,
    {
      candidateId: consent.candidateId,
      kinds: sameSubjectKinds(consent.kind),
      ...(consent.matchCaseId ? { matchCaseId: consent.matchCaseId } : {}),
      ...(consent.placementId ? { placementId: consent.placementId } : {}),
    },
    ConsentEndReason.SUPERSEDED,
  );
  const record = await tx.save(
    tx.create(ConsentRecordEntity, {
      candidateId: consent.candidateId,
      kind: consent.kind,
      employerIds: [...(consent.employerIds ?? [])],
      matchCaseId: consent.matchCaseId ?? null,
      placementId: consent.placementId ?? null,
      statementId: consent.statementId ?? null,
      textNl: consent.text.nl,
      textEn: consent.text.en,
      textVersion: consent.text.version,
      givenAt: new Date(),
      givenByUserId: viewer.userId,
      givenByRole: viewer.role,
      withdrawnAt: null,
      withdrawnByUserId: null,
      withdrawnByRole: null,
      withdrawalReason: null,
    }),
  );
  await recordAudit(tx, viewer, {
    action: AuditAction.CONSENT_GIVEN,
    subjectType: 'ConsentRecord',
    subjectId: record.id,
    candidateId: record.candidateId,
    details: {
      kind: record.kind,
      employerIds: record.employerIds,
      onBehalf: viewer.role !== Role.JOB_SEEKER,
    },
  });
  return record;
}

/** Ends the consents in force that match; returns how many ended. Each ending is audited. */
export async function endConsents(
  tx: EntityManager,
  viewer: Viewer,
  which: ConsentsToEnd,
  reason: ConsentEndReason,
): Promise<number> {
  const base: FindOptionsWhere<ConsentRecordEntity> = {
    candidateId: which.candidateId,
    withdrawnAt: IsNull(),
    ...(which.matchCaseId ? { matchCaseId: which.matchCaseId } : {}),
    ...(which.placementId ? { placementId: which.placementId } : {}),
  };
  const where = which.kinds ? which.kinds.map((kind) => ({ ...base, kind })) : [base];
  const open = await tx.find(ConsentRecordEntity, { where, order: { givenAt: 'ASC' } });
  for (const record of open) {
    await tx.update(ConsentRecordEntity, record.id, {
      withdrawnAt: new Date(),
      withdrawnByUserId: viewer.userId,
      withdrawnByRole: viewer.role,
      withdrawalReason: reason,
    });
    await recordAudit(tx, viewer, {
      action: AuditAction.CONSENT_WITHDRAWN,
      subjectType: 'ConsentRecord',
      subjectId: record.id,
      candidateId: record.candidateId,
      details: { kind: record.kind, reason },
    });
  }
  return open.length;
}

/**
 * Names the HR lead's statement a consent in force rests on, when the statement could only be recorded after
 * the consent took effect (it refers to what the consent granted).
 */
export async function attachStatement(
  tx: EntityManager,
  which: Required<Pick<ConsentsToEnd, 'candidateId'>> &
    Omit<ConsentsToEnd, 'candidateId' | 'kinds'> & {
      kind: ConsentKind;
    },
  statementId: string,
): Promise<void> {
  await tx.update(
    ConsentRecordEntity,
    {
      candidateId: which.candidateId,
      kind: which.kind,
      withdrawnAt: IsNull(),
      ...(which.matchCaseId ? { matchCaseId: which.matchCaseId } : {}),
      ...(which.placementId ? { placementId: which.placementId } : {}),
    },
    { statementId },
  );
}
