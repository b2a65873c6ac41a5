import { AuditAction, recordAudit } from '@werkbrug/audit';
import {
  ConsentEndReason,
  ConsentKind,
  ConsentRevocationReason,
  endConsents,
  endIdentityDisclosure,
  openIdentityDisclosure,
  registerConsent,
  ConsentStatus,
  introductionConsentText,
  lockCandidate,
  type CandidateProfileEntity,
  type ConsentStatementEntity,
  type ConsentStatementsService,
  type ConsentText,
} from '@werkbrug/candidates';
import { type Viewer } from '@werkbrug/core';
import { MatchClosedForConsentError, MatchProfileNotSharedError } from './matching.errors';
import { employerNames } from '@werkbrug/employers/employer-directory.store';
import { vacancyTitles } from '@werkbrug/vacancies/vacancy-records.store';
import { EntityNotFoundError, Not, type EntityManager } from 'typeorm';
import { transitionCase } from './match-case-transition';
import { MatchCaseEntity } from './matching.entities';
import { MatchCaseState, MatchConsent } from './match-workflow';

/**
 * What an introduction consent reveals, and to whom: the text, and the identity disclosure it grants; and how
 * that consent ends (the candidate revokes a statement, or withdraws consent to share their profile).
 */

/** The consent text for one match, for the candidate to read or to be read out to them. */
export interface IntroductionConsentText {
  readonly matchCaseId: string;
  readonly candidateId: string;
  readonly employerId: string;
  readonly employerName: string;
  readonly text: ConsentText;
}

export async function introductionTextFor(
  tx: EntityManager,
  matchCase: MatchCaseEntity,
): Promise<IntroductionConsentText> {
  const vacancyTitle = (await vacancyTitles(tx, [matchCase.vacancyId])).get(matchCase.vacancyId);
  if (vacancyTitle === undefined) throw new EntityNotFoundError('VacancyEntity', { id: matchCase.vacancyId });
  const employerName = (await employerNames(tx, [matchCase.employerId])).get(matchCase.employerId);
  if (employerName === undefined)
    throw new EntityNotFoundError('EmployerEntity', { id: matchCase.employerId });
  return {
    matchCaseId: matchCase.id,
    candidateId: matchCase.candidateId,
    employerId: matchCase.employerId,
    employerName,
    text: introductionConsentText({ employerName, vacancyTitle }),
  };
}

/**
 * Reveals the identity to the case's employer (one disclosure per employer, shared by its cases). Grants and
 * releases for one candidate run one after the other under the candidate's lock (lockCandidate, taken first by
 * the caller and again here), so a release never revokes the disclosure a concurrent grant just joined, and two
 * grants never both insert one.
 */
export async function grantDisclosure(
  tx: EntityManager,
  viewer: Viewer,
  matchCase: MatchCaseEntity,
  statementId: string | null = null,
): Promise<MatchCaseEntity> {
  const { id, opened } = await openIdentityDisclosure(tx, matchCase.candidateId, matchCase.employerId);
  if (opened) await auditDisclosure(tx, viewer, matchCase, id, AuditAction.IDENTITY_DISCLOSED);
  await tx.update(MatchCaseEntity, matchCase.id, { disclosureId: id });
  await registerConsent(tx, viewer, {
    candidateId: matchCase.candidateId,
    kind: ConsentKind.REVEAL_IDENTITY,
    employerIds: [matchCase.employerId],
    matchCaseId: matchCase.id,
    statementId,
    text: (await introductionTextFor(tx, matchCase)).text,
  });
  return { ...matchCase, disclosureId: id };
}

/**
 * Ends the case's consent to reveal the identity, and its disclosure unless another introduction to the same
 * employer still rests on it. Under the candidate's lock, like grantDisclosure.
 */
export async function releaseDisclosure(
  tx: EntityManager,
  viewer: Viewer,
  matchCase: MatchCaseEntity,
  reason: ConsentEndReason,
): Promise<MatchCaseEntity> {
  await lockCandidate(tx, matchCase.candidateId);
  const which = {
    candidateId: matchCase.candidateId,
    kinds: [ConsentKind.REVEAL_IDENTITY],
    matchCaseId: matchCase.id,
  };
  await endConsents(tx, viewer, which, reason);
  if (matchCase.disclosureId) {
    await tx.update(MatchCaseEntity, matchCase.id, { disclosureId: null });
    const stillUsed = await tx.exists(MatchCaseEntity, { where: { disclosureId: matchCase.disclosureId } });
    if (!stillUsed && (await endIdentityDisclosure(tx, matchCase.candidateId, matchCase.disclosureId)))
      await auditDisclosure(
        tx,
        viewer,
        matchCase,
        matchCase.disclosureId,
        AuditAction.IDENTITY_DISCLOSURE_ENDED,
      );
  }
  return { ...matchCase, disclosureId: null };
}

async function auditDisclosure(
  tx: EntityManager,
  viewer: Viewer,
  matchCase: MatchCaseEntity,
  disclosureId: string,
  action: AuditAction.IDENTITY_DISCLOSED | AuditAction.IDENTITY_DISCLOSURE_ENDED,
): Promise<void> {
  await recordAudit(tx, viewer, {
    action,
    subjectType: 'IdentityDisclosure',
    subjectId: disclosureId,
    candidateId: matchCase.candidateId,
    regionCode: matchCase.regionCode,
    details: { employerId: matchCase.employerId, matchCaseId: matchCase.id },
  });
}

/** Refuses consent on a case that no longer takes it; withdrawing consent given stays possible. */
export function assertTakesConsent(
  matchCase: MatchCaseEntity,
  profile: Pick<CandidateProfileEntity, 'consentStatus'>,
  consent: MatchConsent,
): void {
  if (consent === MatchConsent.WITHDRAWN) return;
  if (matchCase.state === MatchCaseState.CLOSED) throw new MatchClosedForConsentError(matchCase.state);
  if (consent === MatchConsent.GIVEN && profile.consentStatus !== ConsentStatus.GIVEN)
    throw new MatchProfileNotSharedError(matchCase.state);
}

/**
 * The candidate revoked a statement that gave consent to an introduction: that consent is withdrawn and the
 * identity hidden again, unless the case's consent no longer rests on this statement (it was withdrawn since, or
 * given again by the candidate or by a newer statement). Runs under the candidate's lock (the revocation's).
 */
export async function withdrawForStatement(
  tx: EntityManager,
  viewer: Viewer,
  statement: ConsentStatementEntity,
): Promise<void> {
  if (!statement.matchCaseId) return;
  const matchCase = await tx.findOne(MatchCaseEntity, {
    where: { id: statement.matchCaseId },
    lock: { mode: 'pessimistic_write' },
  });
  if (matchCase?.consent !== MatchConsent.GIVEN || matchCase.consentStatementId !== statement.id) return;
  const consent = MatchConsent.WITHDRAWN;
  const next = await transitionCase(tx, viewer, matchCase, { kind: 'CONSENT', consent }, null);
  await releaseDisclosure(tx, viewer, next, ConsentEndReason.STATEMENT_REVOKED);
}

/**
 * The candidate's consent to share their profile was withdrawn: every case still open closes, every consent
 * given to an introduction is withdrawn (with its statements) and its disclosure released, each with a history
 * entry saying why. Runs under the candidate's lock (the profile update's).
 */
export async function closeCasesOf(
  tx: EntityManager,
  viewer: Viewer,
  candidateId: string,
  statements: ConsentStatementsService,
): Promise<void> {
  const cases = await tx.find(MatchCaseEntity, {
    where: [
      { candidateId, state: Not(MatchCaseState.CLOSED) },
      { candidateId, consent: MatchConsent.GIVEN },
    ],
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  for (const matchCase of cases) {
    const next = await transitionCase(tx, viewer, matchCase, { kind: 'PROFILE_CONSENT_WITHDRAWN' }, null);
    await releaseDisclosure(tx, viewer, next, ConsentEndReason.PROFILE_CONSENT_WITHDRAWN);
    const reason = ConsentRevocationReason.PROFILE_CONSENT_WITHDRAWN;
    await statements.revokeFor(tx, viewer, { matchCaseId: matchCase.id }, reason);
  }
}
