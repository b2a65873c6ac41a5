import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, InvalidInputError, Role, Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import { candidateVisibility, canManageCandidate } from './candidate-access';
import { CandidateIdentityEntity, IdentityAccessLogEntity } from './candidate-identity.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';
import type { CandidateIdentityInput } from './candidate.inputs';
import { CandidateNotFoundError } from './candidates.errors';

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
      throw new InvalidInputError(
        {
          en: 'Say why you need to see this identity.',
          nl: 'Geef aan waarom je deze identiteit wilt inzien.',
        },
        { field: 'purpose' },
      );
    }
    return this.dataSource.transaction(async (tx) => {
      const profile = await tx.findOneBy(CandidateProfileEntity, { id: candidateId });
      if (!profile || !(await this.mayRead(viewer, profile))) throw new CandidateNotFoundError();
      const identity = await tx.findOneByOrFail(CandidateIdentityEntity, { candidateId });
      await tx.insert(IdentityAccessLogEntity, {
        candidateId,
        accessedByUserId: viewer.userId,
        accessorRole: viewer.role,
        accessorEmployerId: viewer.role === Role.HR_LEAD ? viewer.employerId : null,
        fields: IDENTITY_FIELDS,
        purpose: reason.slice(0, 500),
      });
      return identity;
    });
  }

  async update(
    viewer: Viewer,
    candidateId: string,
    input: Partial<CandidateIdentityInput>,
  ): Promise<CandidateIdentityEntity> {
    const profile = await this.dataSource.manager.findOneBy(CandidateProfileEntity, { id: candidateId });
    if (!profile) throw new CandidateNotFoundError();
    const self = viewer.role === Role.JOB_SEEKER && viewer.candidateId === candidateId;
    if (!self && !canManageCandidate(viewer, profile)) throw new CandidateNotFoundError();
    // A partial update: what was left out keeps its stored value; null clears what may be empty.
    const changes: Partial<CandidateIdentityEntity> = {};
    if (input.fullName !== undefined) {
      const fullName = input.fullName.trim();
      if (!fullName)
        throw new InvalidInputError({ en: 'Give a name.', nl: 'Geef een naam.' }, { field: 'fullName' });
      changes.fullName = fullName;
    }
    if (input.email !== undefined) changes.email = input.email;
    if (input.phone !== undefined) changes.phone = input.phone;
    if (input.dateOfBirth !== undefined) changes.dateOfBirth = input.dateOfBirth;
    if (Object.keys(changes).length > 0)
      await this.dataSource.manager.update(CandidateIdentityEntity, candidateId, changes);
    return this.dataSource.manager.findOneByOrFail(CandidateIdentityEntity, { candidateId });
  }

  /** Who read this candidate's identity, newest first: for the candidate and their own HR leads. */
  async accessLog(viewer: Viewer, candidateId: string): Promise<IdentityAccessLogEntity[]> {
    const profile = await this.dataSource.manager.findOne(CandidateProfileEntity, {
      where: { id: candidateId },
      relations: { sharedWith: true },
    });
    // A profile the viewer may not see answers like a random id; only those who see it learn they are refused.
    if (!profile || candidateVisibility(viewer, profile) === null) throw new CandidateNotFoundError();
    const self = viewer.role === Role.JOB_SEEKER && viewer.candidateId === candidateId;
    if (!self && !canManageCandidate(viewer, profile)) throw new ForbiddenError();
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
    const disclosed: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM identity_disclosure WHERE candidate_id = $1 AND employer_id = $2 AND revoked_at IS NULL`,
      [profile.id, viewer.employerId],
    );
    return disclosed.length > 0;
  }
}
