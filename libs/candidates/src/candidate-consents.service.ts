import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, NotFoundError, Role, type Viewer } from '@werkbrug/core';
import { DataSource, type EntityManager } from 'typeorm';
import { assertMayAnswerOnBehalf, candidateVoice } from './acting-for-candidate';
import { lockCandidate, updateCandidateProfile } from './candidate-profile.store';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { ConsentStatus } from './candidate.enums';
import {
  CandidateNotFoundError,
  ConsentAlreadyWithdrawnError,
  ConsentTextChangedError,
  ProfileNotSharedError,
} from './candidates.errors';
import { CandidatesService } from './candidates.service';
import { endConsents, registerConsent } from './consent-register';
import { ConsentEndReason, ConsentKind } from './consent-record.enums';
import { ConsentRecordEntity } from './consent-record.entity';
import { ConsentWithdrawals } from './consent-withdrawals';
import { emailConsentText, targetGroupConsentText, type ConsentText } from './consent-text';

export class ConsentRecordNotFoundError extends NotFoundError {
  constructor() {
    super('Consent', 'Toestemming');
  }
}

/**
 * The candidate's consents as one register: every consent they gave, with the text shown and its withdrawal,
 * and the two consents that only concern the profile itself (target-group status, e-mail). Withdrawing any
 * consent here does what withdrawing it anywhere else does: the lib that owns its subject is asked to.
 */
@Injectable()
export class CandidateConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly withdrawals: ConsentWithdrawals,
  ) {}

  /**
   * Newest first: for the candidate, their own employer's HR leads and the region's mobility team (which
   * organises introductions). Everyone else gets NOT_FOUND, like for the profile.
   */
  async list(viewer: Viewer, candidateId: string): Promise<ConsentRecordEntity[]> {
    await this.readable(viewer, candidateId);
    return this.dataSource.manager.find(ConsentRecordEntity, {
      where: { candidateId },
      order: { givenAt: 'DESC', id: 'ASC' },
    });
  }

  /** The text a consent of this kind shows now, for the candidate to read or to be read out to them. */
  currentText(kind: ConsentKind.SHARE_TARGET_GROUP | ConsentKind.RECEIVE_EMAIL): ConsentText {
    return kind === ConsentKind.RECEIVE_EMAIL ? emailConsentText() : targetGroupConsentText();
  }

  /**
   * Share (or stop sharing) the track, target groups and support arrangements with the employers who may see
   * the profile. The candidate decides; their HR lead records it only while they have no account, confirming
   * the text they showed (its version).
   */
  async setTargetGroupSharing(
    viewer: Viewer,
    candidateId: string,
    share: boolean,
    textVersion?: string | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const profile = await this.lockedProfileToSpeakFor(tx, viewer, candidateId, share);
      if (share && profile.consentStatus !== ConsentStatus.GIVEN) throw new ProfileNotSharedError();
      // Whoever gives it, the candidate or their HR lead for them, names the text that was read: a consent to
      // a text since changed is no consent to the current one.
      const text = targetGroupConsentText();
      if (share && textVersion !== text.version)
        throw new ConsentTextChangedError(text.version, viewer.role === Role.JOB_SEEKER);
      await this.setFlag(tx, viewer, profile, ConsentKind.SHARE_TARGET_GROUP, share, text);
    });
  }

  /** E-mail as well as in-app messages: only the candidate themself turns this on or off. */
  async setEmailNotifications(viewer: Viewer, candidateId: string, on: boolean): Promise<void> {
    if (viewer.role !== Role.JOB_SEEKER || viewer.candidateId !== candidateId) throw new ForbiddenError();
    await this.dataSource.transaction(async (tx) => {
      await lockCandidate(tx, candidateId);
      const profile = await tx.findOneByOrFail(CandidateProfileEntity, { id: candidateId });
      await this.setFlag(tx, viewer, profile, ConsentKind.RECEIVE_EMAIL, on, emailConsentText());
    });
  }

  /**
   * Withdraws one consent in force, whatever its kind: the candidate always; their HR lead passing it on only
   * while the candidate has no account (checked by the operation that does the withdrawing).
   */
  async withdraw(viewer: Viewer, recordId: string): Promise<ConsentRecordEntity> {
    const record = await this.dataSource.manager.findOneBy(ConsentRecordEntity, { id: recordId });
    if (!record) throw new ConsentRecordNotFoundError();
    const profile = await this.dataSource.manager.findOneBy(CandidateProfileEntity, {
      id: record.candidateId,
    });
    if (!profile || candidateVoice(viewer, profile) === null) throw new ConsentRecordNotFoundError();
    if (record.withdrawnAt) throw new ConsentAlreadyWithdrawnError();
    switch (record.kind) {
      case ConsentKind.SHARE_WITH_REGION:
      case ConsentKind.SHARE_WITH_EMPLOYERS:
        await this.candidates.recordConsent(viewer, record.candidateId, false);
        break;
      case ConsentKind.SHARE_TARGET_GROUP:
        await this.setTargetGroupSharing(viewer, record.candidateId, false);
        break;
      case ConsentKind.RECEIVE_EMAIL:
        await this.setEmailNotifications(viewer, record.candidateId, false);
        break;
      default: {
        const withdrawal = this.withdrawals.withdrawalOf(record.kind);
        if (!withdrawal) throw new Error(`no withdrawal registered for ${record.kind}`);
        await withdrawal(viewer, record);
      }
    }
    return this.dataSource.manager.findOneByOrFail(ConsentRecordEntity, { id: recordId });
  }

  private async readable(viewer: Viewer, candidateId: string): Promise<CandidateProfileEntity> {
    const profile = await this.dataSource.manager.findOneBy(CandidateProfileEntity, { id: candidateId });
    const team =
      viewer.role === Role.MOBILITY_TEAM &&
      profile?.regionCode === viewer.regionCode &&
      profile.consentStatus !== ConsentStatus.NOT_ASKED;
    if (!profile || !(team || candidateVoice(viewer, profile) !== null)) throw new CandidateNotFoundError();
    return profile;
  }

  /** Locks the candidate; the candidate, or their HR lead while they have no account (withdrawing: always). */
  private async lockedProfileToSpeakFor(
    tx: EntityManager,
    viewer: Viewer,
    candidateId: string,
    giving: boolean,
  ): Promise<CandidateProfileEntity> {
    const voice = await this.voiceOf(tx, viewer, candidateId);
    if (voice === 'ON_BEHALF' && giving) await assertMayAnswerOnBehalf(tx, candidateId);
    await lockCandidate(tx, candidateId);
    return tx.findOneByOrFail(CandidateProfileEntity, { id: candidateId });
  }

  private async voiceOf(tx: EntityManager, viewer: Viewer, candidateId: string) {
    const profile = await tx.findOneBy(CandidateProfileEntity, { id: candidateId });
    const voice = profile ? candidateVoice(viewer, profile) : null;
    if (voice === null) throw new CandidateNotFoundError();
    return voice;
  }

  private async setFlag(
    tx: EntityManager,
    viewer: Viewer,
    profile: CandidateProfileEntity,
    kind: ConsentKind.SHARE_TARGET_GROUP | ConsentKind.RECEIVE_EMAIL,
    on: boolean,
    text: ConsentText,
  ): Promise<void> {
    const column = kind === ConsentKind.RECEIVE_EMAIL ? 'emailNotifications' : 'targetGroupShared';
    if (profile[column] === on) return;
    await updateCandidateProfile(
      tx,
      profile.id,
      column === 'emailNotifications' ? { emailNotifications: on } : { targetGroupShared: on },
    );
    if (on) await registerConsent(tx, viewer, { candidateId: profile.id, kind, text });
    else
      await endConsents(tx, viewer, { candidateId: profile.id, kinds: [kind] }, ConsentEndReason.WITHDRAWN);
  }
}
