import type { ConsentStatementEntity } from '@werkbrug/candidates';
import type { ConsentStatement } from './models/consent-statement.model';

export function toConsentStatementModel(s: ConsentStatementEntity): ConsentStatement {
  return {
    id: s.id,
    candidateId: s.candidateId,
    kind: s.kind,
    matchCaseId: s.matchCaseId,
    placementId: s.placementId,
    employerId: s.employerId,
    textNl: s.textNl,
    textEn: s.textEn,
    textVersion: s.textVersion,
    method: s.method,
    givenOn: s.givenOn,
    givenToName: s.givenToName,
    note: s.note,
    recordedAt: s.recordedAt,
    revokedAt: s.revokedAt,
    revokedByRole: s.revokedByRole,
    revokedReason: s.revokedReason,
    inForce: s.revokedAt === null,
  };
}
