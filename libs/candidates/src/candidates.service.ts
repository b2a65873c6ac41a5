import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  definedFields,
  ForbiddenError,
  keysetPage,
  Page,
  PageRequest,
  Role,
  Viewer,
  type ViewerOf,
} from '@werkbrug/core';
import { countEmployersInRegion, employerNamesByName } from '@werkbrug/employers/employer-directory.store';
import { GeoService } from '@werkbrug/geo';
import {
  assertNoPersonalData,
  type PersonalDataCheckOptions,
} from '@werkbrug/privacy-guard/assert-no-personal-data';
import { OutboxService, recomputeRegionStatistics, rescoreCandidate } from '@werkbrug/queue';
import { SkillsService } from '@werkbrug/taxonomy';
import { DataSource, EntityManager } from 'typeorm';
import {
  requireCandidateAccess,
  candidateVisibility,
  canManageCandidate,
  canRecordConsent,
} from './candidate-access';
import { CandidateIdentityEntity } from './candidate-identity.entity';
import {
  CandidateDevelopmentSkillEntity,
  CandidateSharedEmployerEntity,
  CandidateStrengthEntity,
} from './candidate-parts.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';
import {
  type CandidateView,
  candidateProfilesWithParts,
  findVisibleCandidate,
  findVisibleCandidates,
  insertCandidateProfile,
  lockCandidate,
  touchCandidateProfile,
  updateCandidateProfile,
  visibleCandidatesQuery,
} from './candidate-profile.store';
import { canTransition } from './candidate-status';
import { candidatePlace } from './candidate-records.store';
import { CandidateStatus, ConsentStatus, ProfileVisibility, SharingScope } from './candidate.enums';
import type {
  CandidateListFilter,
  CandidateProfileFields,
  CreateCandidateInput,
  UpdateCandidateInput,
} from './candidate.inputs';
import {
  CandidateNotFoundError,
  ConsentRequiredError,
  InvalidHoursRangeError,
  CandidateAnswersThemselfError,
  InvalidSharingError,
  InvalidStatusTransitionError,
  StaleCandidateVersionError,
} from './candidates.errors';
import { assertMayAnswerOnBehalf } from './acting-for-candidate';
import { candidateHasAccount } from '@werkbrug/accounts/candidate-accounts.store';
import { endConsents, PROFILE_SHARING_KINDS, registerConsent } from './consent-register';
import { ConsentEndReason, ConsentKind } from './consent-record.enums';
import { profileSharingConsentText, type ConsentText } from './consent-text';
import { ConsentWithdrawals } from './consent-withdrawals';

export type { ProfileConsentWithdrawalHandler } from './consent-withdrawals';

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly geo: GeoService,
    private readonly skills: SkillsService,
    private readonly outbox: OutboxService,
    private readonly withdrawals: ConsentWithdrawals,
  ) {}

  async get(viewer: Viewer, id: string): Promise<CandidateView> {
    const view = await findVisibleCandidate(this.dataSource.manager, viewer, id);
    if (!view) throw new CandidateNotFoundError();
    return view;
  }

  /** Whether the candidate has claimed their own account (then nobody answers on their behalf). */
  hasAccount(candidateId: string): Promise<boolean> {
    return candidateHasAccount(this.dataSource.manager, candidateId);
  }

  /** The profiles among `ids` the viewer may see, in the order given (for lists built elsewhere, e.g. matches). */
  async getMany(viewer: Viewer, ids: readonly string[]): Promise<CandidateView[]> {
    if (ids.length === 0) return [];
    return findVisibleCandidates(this.dataSource.manager, viewer, ids);
  }

  async list(viewer: Viewer, page: PageRequest, filter: CandidateListFilter): Promise<Page<CandidateView>> {
    const query = visibleCandidatesQuery(this.dataSource.manager, viewer);
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.track) {
      query.andWhere('c.track = :track', { track: filter.track });
      // The track is need-to-know: filtering by it must not reveal it about other employers' candidates.
      if (viewer.role === Role.HR_LEAD)
        query.andWhere('(c.employer_id = :trackViewer OR c.target_group_shared)', {
          trackViewer: viewer.employerId,
        });
    }
    if (filter.ownership && viewer.role === Role.HR_LEAD) {
      query.andWhere(filter.ownership === 'OWN' ? 'c.employer_id = :own' : 'c.employer_id <> :own', {
        own: viewer.employerId,
      });
    }
    // Codes are stored in capitals (generatePublicCode), so the unique index answers a code typed in any case.
    if (filter.publicCode != null)
      query.andWhere('c.public_code = :publicCode', { publicCode: filter.publicCode.trim().toUpperCase() });
    const result = await keysetPage(query, page, (ids) =>
      candidateProfilesWithParts(this.dataSource.manager, ids),
    );
    const items = result.items.flatMap((profile) => {
      const visibility = candidateVisibility(viewer, profile);
      return visibility ? [{ profile, visibility }] : [];
    });
    return { ...result, items };
  }

  async create(
    viewer: Viewer,
    input: CreateCandidateInput,
    check: PersonalDataCheckOptions = {},
  ): Promise<CandidateView> {
    if (viewer.role !== Role.HR_LEAD) throw new ForbiddenError();
    await this.validateFields(viewer.employerId, viewer.regionCode, input, check);
    const profile = await this.dataSource.transaction(async (tx) => {
      const created = await insertCandidateProfile(tx, {
        employerId: viewer.employerId,
        regionCode: viewer.regionCode,
        createdByUserId: viewer.userId,
        status: CandidateStatus.DRAFT,
        consentStatus: input.consentGiven ? ConsentStatus.GIVEN : ConsentStatus.NOT_ASKED,
        consentRecordedAt: input.consentGiven ? new Date() : null,
        ...profileColumns(input),
      });
      await this.replaceParts(tx, created.id, input);
      if (input.consentGiven) await this.registerSharing(tx, viewer, created.id, input);
      await tx.insert(CandidateIdentityEntity, {
        candidateId: created.id,
        fullName: input.identity.fullName.trim(),
        email: input.identity.email ?? null,
        phone: input.identity.phone ?? null,
        dateOfBirth: input.identity.dateOfBirth ?? null,
      });
      await this.outbox.publish(
        tx,
        recomputeRegionStatistics(viewer.regionCode),
        rescoreCandidate(viewer.regionCode, created.id),
      );
      return created;
    });
    return this.get(viewer, profile.id);
  }

  async update(
    viewer: Viewer,
    id: string,
    input: UpdateCandidateInput,
    check: PersonalDataCheckOptions = {},
  ): Promise<CandidateView> {
    const { profile } = await this.getManaged(viewer, id);
    if (input.expectedVersion !== undefined && input.expectedVersion !== profile.version) {
      throw new StaleCandidateVersionError(profile.version);
    }
    const stored = currentFields(profile);
    const merged: CandidateProfileFields = { ...stored, ...definedFields(input, ['expectedVersion']) };
    await this.validateFields(profile.employerId, profile.regionCode, merged, check, stored);
    const sharingChanged = !sameSharing(stored, merged);
    await this.dataSource.transaction(async (tx) => {
      if (sharingChanged && profile.consentStatus === ConsentStatus.GIVEN) {
        // The consent in force was for the old scope: narrowing it is always allowed, widening it asks the
        // candidate again once they have an account (they give it themselves, with the new text).
        await lockCandidate(tx, id);
        if (widensSharing(stored, merged) && (await candidateHasAccount(tx, id)))
          throw new CandidateAnswersThemselfError();
        await this.registerSharing(tx, viewer, id, merged);
      }
      const updated = await updateCandidateProfile(tx, id, profileColumns(merged), profile.version);
      if (updated !== 1) throw new StaleCandidateVersionError(profile.version + 1);
      await this.replaceParts(tx, id, {
        strengths: input.strengths,
        developmentSkillIds: input.developmentSkillIds,
        sharingScope: merged.sharingScope,
        sharedWithEmployerIds: merged.sharedWithEmployerIds,
      });
      await this.outbox.publish(
        tx,
        recomputeRegionStatistics(profile.regionCode),
        rescoreCandidate(profile.regionCode, id),
      );
    });
    return this.get(viewer, id);
  }

  async changeStatus(viewer: Viewer, id: string, status: CandidateStatus): Promise<CandidateView> {
    const { profile } = await this.getManaged(viewer, id);
    if (profile.status === status) return { profile, visibility: ProfileVisibility.OWNER };
    if (!canTransition(profile.status, status))
      throw new InvalidStatusTransitionError(profile.status, status);
    if (status === CandidateStatus.ACTIVE && profile.consentStatus !== ConsentStatus.GIVEN)
      throw new ConsentRequiredError();
    await this.saveColumns(profile, { status });
    return this.get(viewer, id);
  }

  /**
   * A job seeker who chose the guidance path of their employer's mobility plan: matching starts at once. Their
   * own consent to share the profile with the region is recorded (as if they gave it on its own), a draft or paused
   * profile becomes active, and the plan's end of employment becomes its contract end unless an earlier one is set,
   * so matching works towards that date. All in one transaction with `alsoInTransaction` (the choice itself), so a
   * failure leaves neither the consent without the choice nor the choice without the enrolment.
   */
  async enrolForGuidance(
    viewer: ViewerOf<Role.JOB_SEEKER>,
    employmentEndDate: string,
    alsoInTransaction?: (tx: EntityManager) => Promise<void>,
  ): Promise<CandidateView> {
    const id = viewer.candidateId;
    const { profile } = await this.get(viewer, id);
    const giveConsent = profile.consentStatus !== ConsentStatus.GIVEN;
    if (giveConsent) requireCandidateAccess(profile, (p) => canRecordConsent(viewer, p));
    const contractEndDate =
      profile.contractEndDate && profile.contractEndDate <= employmentEndDate
        ? profile.contractEndDate
        : employmentEndDate;
    // A draft or paused profile starts; a placed or withdrawn one is not put back into matching by a plan choice.
    const status =
      profile.status === CandidateStatus.DRAFT || profile.status === CandidateStatus.PAUSED
        ? CandidateStatus.ACTIVE
        : profile.status;
    await this.saveColumns(
      profile,
      {
        contractEndDate,
        status,
        ...(giveConsent ? { consentStatus: ConsentStatus.GIVEN, consentRecordedAt: new Date() } : {}),
      },
      async (tx) => {
        if (giveConsent) await this.registerSharing(tx, viewer, id, currentFields(profile));
        await alsoInTransaction?.(tx);
      },
    );
    return this.get(viewer, id);
  }

  /**
   * A hire takes the candidate out of the active pool: PLACED, in the caller's transaction (the one that records
   * the hire), with the rescoring that takes them off the match lists. A profile that cannot move to PLACED (a
   * draft, withdrawn, already placed) stays as it is.
   */
  async markPlaced(tx: EntityManager, candidateId: string): Promise<void> {
    const place = await candidatePlace(tx, candidateId, { lock: true });
    if (!place || !canTransition(place.status, CandidateStatus.PLACED)) return;
    await updateCandidateProfile(tx, candidateId, { status: CandidateStatus.PLACED });
    await this.outbox.publish(
      tx,
      recomputeRegionStatistics(place.regionCode),
      rescoreCandidate(place.regionCode, candidateId),
    );
  }

  /**
   * Something outside the profile that the matching model reads changed — the search directions of the person's
   * guidance trajectory: the profile's change time moves, so every process holding the region's features reloads
   * the person, and they are rescored.
   */
  async matchingInputChanged(tx: EntityManager, candidateId: string): Promise<void> {
    const place = await candidatePlace(tx, candidateId, { lock: false });
    if (!place) return;
    await touchCandidateProfile(tx, candidateId);
    await this.outbox.publish(tx, rescoreCandidate(place.regionCode, candidateId));
  }

  /**
   * Giving or withdrawing consent to share. Withdrawing pauses an active profile at once, closes the matches
   * that rest on it (their introductions end) and revokes every identity disclosure to other employers. The
   * profile row is updated first: that is the candidate's lock (lockCandidate), taken before any other.
   */
  async recordConsent(viewer: Viewer, id: string, given: boolean): Promise<CandidateView> {
    const { profile } = await this.get(viewer, id);
    requireCandidateAccess(profile, (p) => canRecordConsent(viewer, p));
    const status =
      !given && profile.status === CandidateStatus.ACTIVE ? CandidateStatus.PAUSED : profile.status;
    await this.saveColumns(
      profile,
      {
        consentStatus: given ? ConsentStatus.GIVEN : ConsentStatus.WITHDRAWN,
        consentRecordedAt: new Date(),
        status,
        ...(given ? {} : { targetGroupShared: false }),
      },
      async (tx) => {
        // Consent is the candidate's own: their HR lead records it only while they have no account.
        if (given && viewer.role === Role.HR_LEAD) await assertMayAnswerOnBehalf(tx, id);
        if (given) {
          await this.registerSharing(tx, viewer, id, currentFields(profile));
          return;
        }
        await endConsents(
          tx,
          viewer,
          {
            candidateId: id,
            kinds: [...PROFILE_SHARING_KINDS, ConsentKind.SHARE_TARGET_GROUP],
          },
          ConsentEndReason.PROFILE_CONSENT_WITHDRAWN,
        );
        // Introductions are the match workflow's: its handler closes each open case through the state machine
        // (with history), ends the case's consent to reveal the identity, releases the disclosure (audited) and
        // revokes the introduction's statement. Ending them here as well ended each twice, the second time
        // without history or audit line.
        await this.withdrawals.profileConsentWithdrawn(tx, viewer, id);
      },
    );
    return this.get(viewer, id);
  }

  /** Registers consent to share on the profile's current scope, with the text naming who it is shared with. */
  private async registerSharing(
    tx: EntityManager,
    viewer: Viewer,
    candidateId: string,
    fields: Pick<CandidateProfileFields, 'sharingScope' | 'sharedWithEmployerIds'>,
  ): Promise<void> {
    const region = fields.sharingScope === SharingScope.REGION;
    const employerIds = region ? [] : [...(fields.sharedWithEmployerIds ?? [])];
    await registerConsent(tx, viewer, {
      candidateId,
      kind: region ? ConsentKind.SHARE_WITH_REGION : ConsentKind.SHARE_WITH_EMPLOYERS,
      employerIds,
      text: await this.sharingText(tx, region ? null : employerIds),
    });
  }

  private async sharingText(tx: EntityManager, employerIds: string[] | null): Promise<ConsentText> {
    if (employerIds === null) return profileSharingConsentText({ employerNames: null });
    return profileSharingConsentText({ employerNames: await employerNamesByName(tx, employerIds) });
  }

  private async getManaged(viewer: Viewer, id: string): Promise<CandidateView> {
    return requireCandidateAccess(await this.get(viewer, id), (view) =>
      canManageCandidate(viewer, view.profile),
    );
  }

  private async saveColumns(
    profile: CandidateProfileEntity,
    columns: Partial<CandidateProfileEntity>,
    alsoInTransaction?: (tx: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await updateCandidateProfile(tx, profile.id, columns);
      await alsoInTransaction?.(tx);
      await this.outbox.publish(
        tx,
        recomputeRegionStatistics(profile.regionCode),
        rescoreCandidate(profile.regionCode, profile.id),
      );
    });
  }

  /** `stored` (on update): the fields before the change; see checkFreeText. */
  private async validateFields(
    employerId: string,
    regionCode: string,
    fields: CandidateProfileFields,
    check: PersonalDataCheckOptions,
    stored?: CandidateProfileFields,
  ): Promise<void> {
    if (fields.hoursMin > fields.hoursMax) throw new InvalidHoursRangeError('hoursMin');
    checkFreeText(fields, check, stored);
    await this.geo.requirePostcodeArea(fields.homePc4, 'homePc4');
    await this.skills.requireSkills(
      fields.strengths.map((s) => s.skillId),
      'strengths',
    );
    await this.skills.requireSkills(fields.developmentSkillIds, 'developmentSkillIds');
    await this.validateSharing(employerId, regionCode, fields);
  }

  private async validateSharing(
    employerId: string,
    regionCode: string,
    fields: CandidateProfileFields,
  ): Promise<void> {
    const shared = fields.sharedWithEmployerIds ?? [];
    if (fields.sharingScope === SharingScope.REGION) {
      if (shared.length > 0) {
        throw new InvalidSharingError('EMPLOYERS_WITHOUT_SELECTION');
      }
      return;
    }
    if (shared.includes(employerId) || new Set(shared).size !== shared.length) {
      throw new InvalidSharingError('EMPLOYERS_NOT_DISTINCT');
    }
    const found = await countEmployersInRegion(this.dataSource.manager, shared, regionCode);
    if (found !== shared.length) {
      throw new InvalidSharingError('EMPLOYERS_OUTSIDE_REGION');
    }
  }

  private async replaceParts(
    tx: EntityManager,
    candidateId: string,
    fields: Partial<CandidateProfileFields>,
  ): Promise<void> {
    if (fields.strengths) {
      await tx.delete(CandidateStrengthEntity, { candidateId });
      if (fields.strengths.length) {
        await tx.insert(
          CandidateStrengthEntity,
          fields.strengths.map((s) => ({
            candidateId,
            skillId: s.skillId,
            level: s.level,
            evidenceNote: s.evidenceNote?.trim() || null,
          })),
        );
      }
    }
    if (fields.developmentSkillIds) {
      await tx.delete(CandidateDevelopmentSkillEntity, { candidateId });
      if (fields.developmentSkillIds.length) {
        await tx.insert(
          CandidateDevelopmentSkillEntity,
          fields.developmentSkillIds.map((skillId) => ({ candidateId, skillId })),
        );
      }
    }
    if (fields.sharingScope || fields.sharedWithEmployerIds) {
      await tx.delete(CandidateSharedEmployerEntity, { candidateId });
      const shared = fields.sharingScope === SharingScope.REGION ? [] : (fields.sharedWithEmployerIds ?? []);
      if (shared.length)
        await tx.insert(
          CandidateSharedEmployerEntity,
          shared.map((employerId) => ({ candidateId, employerId })),
        );
    }
  }
}

function freeText(f: Partial<CandidateProfileFields>): Record<string, string | null | undefined> {
  return {
    sketchStrengths: f.sketchStrengths,
    sketchAttentionPoints: f.sketchAttentionPoints,
    ...Object.fromEntries((f.strengths ?? []).map((s, i) => [`strengths.${i}.evidenceNote`, s.evidenceNote])),
  };
}

/**
 * Every text is checked for hard findings. A possible name is only refused in new text: a name-like word the
 * user confirmed earlier must not block a later change of, say, the hours.
 */
function checkFreeText(
  fields: CandidateProfileFields,
  check: PersonalDataCheckOptions,
  stored?: CandidateProfileFields,
): void {
  const text = freeText(fields);
  if (!stored) return assertNoPersonalData(text, check);
  assertNoPersonalData(text, { allowPossibleNames: true });
  const known = new Set(Object.values(freeText(stored)).map((t) => t?.trim()));
  assertNoPersonalData(
    Object.fromEntries(Object.entries(text).filter(([, t]) => !known.has(t?.trim()))),
    check,
  );
}

function profileColumns(f: CandidateProfileFields): Partial<CandidateProfileEntity> {
  return {
    track: f.track,
    sketchStrengths: f.sketchStrengths?.trim() ?? '',
    sketchAttentionPoints: f.sketchAttentionPoints?.trim() ?? '',
    hoursMin: f.hoursMin,
    hoursMax: f.hoursMax,
    homePc4: f.homePc4,
    maxTravelKm: f.maxTravelKm,
    travelMode: f.travelMode,
    sectorsOpen: [...new Set(f.sectorsOpen)],
    contractTypes: [...new Set(f.contractTypes)],
    availableFrom: f.availableFrom ?? null,
    contractEndDate: f.contractEndDate ?? null,
    supportNeeds: [...new Set(f.supportNeeds)],
    targetGroups: [...new Set(f.targetGroups ?? [])],
    sharingScope: f.sharingScope,
  };
}

function currentFields(p: CandidateProfileEntity): CandidateProfileFields {
  return {
    ...p,
    sharedWithEmployerIds: p.sharedWith.map((s) => s.employerId),
    strengths: p.strengths.map((s) => ({ skillId: s.skillId, level: s.level, evidenceNote: s.evidenceNote })),
    developmentSkillIds: p.developmentSkills.map((s) => s.skillId),
  };
}

function sameSharing(a: CandidateProfileFields, b: CandidateProfileFields): boolean {
  const ids = (f: CandidateProfileFields) =>
    f.sharingScope === SharingScope.REGION ? '' : [...(f.sharedWithEmployerIds ?? [])].sort().join(',');
  return a.sharingScope === b.sharingScope && ids(a) === ids(b);
}

/** Whether `after` shows the profile to an employer `before` did not. */
function widensSharing(before: CandidateProfileFields, after: CandidateProfileFields): boolean {
  if (after.sharingScope === SharingScope.REGION) return before.sharingScope !== SharingScope.REGION;
  if (before.sharingScope === SharingScope.REGION) return false;
  const had = new Set(before.sharedWithEmployerIds ?? []);
  return (after.sharedWithEmployerIds ?? []).some((e) => !had.has(e));
}
