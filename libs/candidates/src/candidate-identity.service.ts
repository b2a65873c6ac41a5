import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, Viewer } from '@werkbrug/core';
import { revokeOpenInvitations } from '@werkbrug/accounts/candidate-accounts.store';
import { AuditAction, recordAudit } from '@werkbrug/audit';
import { DataSource } from 'typeorm';
import { requireCandidateAccess, canManageCandidate } from './candidate-access';
import { CandidateIdentityEntity, IdentityAccessLogEntity } from './candidate-identity.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';
import type { CandidateIdentityInput } from './candidate.inputs';
import {
  CandidateNotFoundError,
  IdentityNameRequiredError,
  IdentityNeedsConsentError,
  IdentityPurposeRequiredError,
} from './candidates.errors';
import { visibleCandidatePlace } from './candidate-records.store';
import { hasOpenIdentityDisclosure } from './identity-disclosures.store';

const IDENTITY_FIELDS = ['fullName', 'email', 'phone', 'dateOfBirth'];

/**
 * The candidate's identity: readable by the owning employer's HR leads, by the candidate, and by HR leads of an
 * employer the candidate consented to be introduced to. Every read is logged in the same transaction as the read,
 * so there is no way to see an identity without leaving a trace; the candidate can see that trace.
 */
@Injectable()
export class CandidateIdentityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(viewer: Viewer, candidateId: string, purpose: string): Promise<CandidateIdentityEntity> {
    const reason = purpose.trim();
    if (reason.length < 5) {
      throw new IdentityPurposeRequiredError();
    }
    return this.dataSource.transaction(async (tx) => {
      const profile = await tx.findOneBy(CandidateProfileEntity, { id: candidateId });
      if (!profile) throw new CandidateNotFoundError();
      if (!(await this.mayRead(viewer, profile))) {
        // Whoever does not even see the profile learns nothing: for them it does not exist.
        if (!(await visibleCandidatePlace(tx, viewer, candidateId))) throw new CandidateNotFoundError();
        throw new IdentityNeedsConsentError(viewer.role === Role.HR_LEAD);
      }
      const identity = await tx.findOneByOrFail(CandidateIdentityEntity, { candidateId });
      await tx.insert(IdentityAccessLogEntity, {
        candidateId,
        accessedByUserId: viewer.userId,
        accessorRole: viewer.role,
        accessorEmployerId: viewer.role === Role.HR_LEAD ? viewer.employerId : null,
        fields: IDENTITY_FIELDS,
        purpose: reason.slice(0, 500),
      });
      await recordAudit(tx, viewer, {
        action: AuditAction.IDENTITY_READ,
        subjectType: 'Candidate',
        subjectId: candidateId,
        candidateId,
        regionCode: profile.regionCode,
      });
      return identity;
    });
  }

  /**
   * A partial update: what was left out keeps its stored value; null clears what may be empty. Every change is
   * logged next to the reads (which fields, by whom), so the person sees who changed their details; a changed
   * e-mail address also stops any open invitation, whose code went to the old address.
   */
  async update(
    viewer: Viewer,
    candidateId: string,
    input: Partial<CandidateIdentityInput>,
  ): Promise<CandidateIdentityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const profile = await tx.findOne(CandidateProfileEntity, {
        where: { id: candidateId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!profile) throw new CandidateNotFoundError();
      const self = viewer.role === Role.JOB_SEEKER && viewer.candidateId === candidateId;
      if (!self && !canManageCandidate(viewer, profile)) throw new CandidateNotFoundError();
      const current = await tx.findOneByOrFail(CandidateIdentityEntity, { candidateId });
      const changes = identityChanges(current, input);
      const changed = Object.keys(changes);
      if (changed.length === 0) return current;
      await tx.update(CandidateIdentityEntity, candidateId, changes);
      await tx.insert(IdentityAccessLogEntity, {
        candidateId,
        accessedByUserId: viewer.userId,
        accessorRole: viewer.role,
        accessorEmployerId: viewer.role === Role.HR_LEAD ? viewer.employerId : null,
        fields: changed,
        purpose: 'Gegevens gewijzigd / Details changed',
        action: 'CHANGE',
      });
      if ('email' in changes) await revokeOpenInvitations(tx, candidateId);
      await recordAudit(tx, viewer, {
        action: AuditAction.IDENTITY_CHANGED,
        subjectType: 'Candidate',
        subjectId: candidateId,
        candidateId,
        regionCode: profile.regionCode,
        details: { fields: changed },
      });
      return tx.findOneByOrFail(CandidateIdentityEntity, { candidateId });
    });
  }

  /** Who read this candidate's identity, newest first: for the candidate and their own HR leads. */
  async accessLog(viewer: Viewer, candidateId: string): Promise<IdentityAccessLogEntity[]> {
    const place = await visibleCandidatePlace(this.dataSource.manager, viewer, candidateId);
    const self = viewer.role === Role.JOB_SEEKER && viewer.candidateId === candidateId;
    requireCandidateAccess(place, (p) => self || canManageCandidate(viewer, p));
    return this.dataSource.manager.find(IdentityAccessLogEntity, {
      where: { candidateId },
      order: { accessedAt: 'DESC', id: 'DESC' },
      take: 200,
    });
  }

  private async mayRead(viewer: Viewer, profile: CandidateProfileEntity): Promise<boolean> {
    if (viewer.role === Role.JOB_SEEKER) return viewer.candidateId === profile.id;
    if (viewer.role !== Role.HR_LEAD) return false;
    if (viewer.employerId === profile.employerId) return true;
    return hasOpenIdentityDisclosure(this.dataSource.manager, profile.id, viewer.employerId);
  }
}

/** The fields whose sent value differs from the stored one. */
function identityChanges(
  current: CandidateIdentityEntity,
  input: Partial<CandidateIdentityInput>,
): Partial<CandidateIdentityEntity> {
  const changes: Partial<CandidateIdentityEntity> = {};
  if (input.fullName !== undefined) {
    const fullName = input.fullName.trim();
    if (!fullName) throw new IdentityNameRequiredError();
    if (fullName !== current.fullName) changes.fullName = fullName;
  }
  if (input.email !== undefined && input.email?.toLowerCase() !== current.email?.toLowerCase())
    changes.email = input.email;
  if (input.phone !== undefined && input.phone !== current.phone) changes.phone = input.phone;
  if (input.dateOfBirth !== undefined && input.dateOfBirth !== current.dateOfBirth)
    changes.dateOfBirth = input.dateOfBirth;
  return changes;
}
