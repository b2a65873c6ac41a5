import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, recordAudit } from '@werkbrug/audit';
import { CandidateNotFoundError } from '@werkbrug/candidates';
import { canManageCandidate } from '@werkbrug/candidates/candidate-access';
import {
  type CandidatePlace,
  candidatePlace,
  lockCandidateProfile,
  pauseCandidateForErasure,
  resumeCandidateAfterErasure,
} from '@werkbrug/candidates/candidate-records.store';
import { AppConfig } from '@werkbrug/config';
import { CandidateStatus, Role, type SystemScope, Viewer } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { OutboxService, recomputeRegionStatistics, rescoreCandidate } from '@werkbrug/queue';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { candidateHeldByRematch, eraseCandidate } from './erase-candidate';
import {
  ErasureCancelledOnlyByThePersonError,
  ErasureReasonRequiredError,
  ErasureRequestNotFoundError,
} from './data-rights.errors';
import { ErasureRequestEntity } from './erasure-request.entity';
import { erasureRequestsInReach, nextDueErasureRequest } from './erasure-request.store';

const ERASURE: SystemScope = { system: 'erasure' };

export interface ErasureSweep {
  readonly erased: number;
  readonly postponed: number;
}

/**
 * The right to erasure. The person asks (or their HR lead, or the region's mobility team on the person's
 * request, with the reason recorded); the profile is paused at once; after ERASURE_GRACE_DAYS, unless cancelled,
 * the worker erases everything about them. Only the person can cancel a request they made themselves.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  /** Days between a request and the erasure, in which it can be cancelled: the same for everyone. */
  get graceDays(): number {
    return this.config.ERASURE_GRACE_DAYS;
  }

  async request(viewer: Viewer, candidateId: string, reason: string | null): Promise<ErasureRequestEntity> {
    const why = reason?.trim() || null;
    if (viewer.role === Role.MOBILITY_TEAM && (!why || why.length < 5))
      throw new ErasureReasonRequiredError();
    return this.dataSource.transaction(async (tx) => {
      const subject = await this.lockSubject(tx, viewer, candidateId);
      const open = await tx.findOne(ErasureRequestEntity, { where: openRequestOf(candidateId) });
      if (open) return open;
      const pause = subject.status === CandidateStatus.ACTIVE;
      if (pause) {
        await pauseCandidateForErasure(tx, candidateId);
        // Paused: out of every match list on the next rescore, as when the HR lead pauses a profile.
        await this.outbox.publish(
          tx,
          recomputeRegionStatistics(subject.regionCode),
          rescoreCandidate(subject.regionCode, candidateId),
        );
      }
      const scheduledFor = new Date(Date.now() + this.config.ERASURE_GRACE_DAYS * 24 * 3600 * 1000);
      const saved = await tx.save(
        tx.create(ErasureRequestEntity, {
          candidateId,
          employerId: subject.employerId,
          regionCode: subject.regionCode,
          requestedByUserId: viewer.userId,
          requestedByRole: viewer.role,
          reason: why,
          pausedProfile: pause,
          scheduledFor,
        }),
      );
      await recordAudit(tx, viewer, {
        action: AuditAction.ERASURE_REQUESTED,
        subjectType: 'ErasureRequest',
        subjectId: saved.id,
        candidateId,
        regionCode: subject.regionCode,
        details: { scheduledFor, pausedProfile: pause },
      });
      await this.notifications.notify(tx, [{ candidateId }, { employerId: subject.employerId }], {
        kind: 'ERASURE_REQUESTED',
        subjectType: 'ErasureRequest',
        subjectId: saved.id,
        text: {
          nl: `Er is gevraagd alle gegevens van een kandidaat te verwijderen. Dat gebeurt op ${day(scheduledFor, 'nl-NL')}, tenzij het verzoek eerder wordt ingetrokken. Het profiel is gepauzeerd.`,
          en: `Erasure of all of a candidate's data was requested. It happens on ${day(scheduledFor, 'en-GB')} unless the request is cancelled first. The profile has been paused.`,
        },
      });
      return tx.findOneByOrFail(ErasureRequestEntity, { id: saved.id });
    });
  }

  async cancel(viewer: Viewer, requestId: string): Promise<ErasureRequestEntity> {
    return this.dataSource.transaction(async (tx) => {
      const request = await tx.findOneBy(ErasureRequestEntity, { id: requestId });
      if (!request?.candidateId || request.cancelledAt || request.completedAt) throw notFound();
      await this.lockSubject(tx, viewer, request.candidateId, notFound);
      const requestedBySelf = request.requestedByRole === (Role.JOB_SEEKER as string);
      if (requestedBySelf && viewer.role !== Role.JOB_SEEKER)
        throw new ErasureCancelledOnlyByThePersonError();
      await tx.update(ErasureRequestEntity, request.id, {
        cancelledAt: new Date(),
        cancelledByUserId: viewer.userId,
      });
      await recordAudit(tx, viewer, {
        action: AuditAction.ERASURE_CANCELLED,
        subjectType: 'ErasureRequest',
        subjectId: request.id,
        candidateId: request.candidateId,
        regionCode: request.regionCode,
      });
      if (request.pausedProfile) {
        await resumeCandidateAfterErasure(tx, request.candidateId);
        await this.outbox.publish(
          tx,
          recomputeRegionStatistics(request.regionCode),
          rescoreCandidate(request.regionCode, request.candidateId),
        );
      }
      await this.notifications.notify(
        tx,
        [{ candidateId: request.candidateId }, { employerId: request.employerId }],
        {
          kind: 'ERASURE_CANCELLED',
          subjectType: 'ErasureRequest',
          subjectId: request.id,
          text: {
            nl: 'Het verzoek om de gegevens van een kandidaat te verwijderen is ingetrokken; er wordt niets verwijderd.',
            en: "The request to erase a candidate's data was cancelled; nothing will be erased.",
          },
        },
      );
      return tx.findOneByOrFail(ErasureRequestEntity, { id: request.id });
    });
  }

  /** The requests about one person: for the person, their HR leads and the region's mobility team. */
  async forCandidate(viewer: Viewer, candidateId: string): Promise<ErasureRequestEntity[]> {
    await this.lockSubject(this.dataSource.manager, viewer, candidateId, undefined, false);
    return this.dataSource.manager.find(ErasureRequestEntity, {
      where: { candidateId },
      order: { requestedAt: 'DESC' },
    });
  }

  /** Requests in the viewer's reach, newest first (see erasure-request.store). */
  inReach(viewer: Viewer, limit = 100): Promise<ErasureRequestEntity[]> {
    return erasureRequestsInReach(this.dataSource.manager, viewer, limit);
  }

  /**
   * Carries out every request whose grace period has passed, each in its own transaction. A person held in a
   * running regional rematch waits for the next sweep (the rematch would write them back into lists).
   */
  async eraseDue(now = new Date()): Promise<ErasureSweep> {
    let erased = 0;
    let postponed = 0;
    for (;;) {
      const outcome = await this.dataSource.transaction(async (tx) => {
        const due = await nextDueErasureRequest(tx, ERASURE, now, postponed);
        if (!due) return 'done' as const;
        const candidateId = due.candidateId!;
        await lockCandidateProfile(tx, candidateId);
        if (await candidateHeldByRematch(tx, candidateId)) return 'postponed' as const;
        const removed = await eraseCandidate(tx, candidateId);
        // The reason may name the person ("asked by phone on …"): only who asked, when, and the counts remain.
        await tx.update(ErasureRequestEntity, due.id, {
          completedAt: new Date(),
          removed,
          candidateId: null,
          reason: null,
        });
        await this.outbox.publish(tx, recomputeRegionStatistics(due.regionCode));
        // Each step, as counts: the trail keeps what was done, not to whom.
        await recordAudit(tx, null, {
          action: AuditAction.ERASURE_COMPLETED,
          subjectType: 'ErasureRequest',
          subjectId: due.id,
          regionCode: due.regionCode,
          details: { removed },
        });
        await this.notifications.notify(tx, [{ employerId: due.employerId }], {
          kind: 'ERASURE_COMPLETED',
          subjectType: 'ErasureRequest',
          subjectId: due.id,
          text: {
            nl: 'De gegevens van een kandidaat zijn op verzoek verwijderd. Alleen anonieme aantallen blijven bewaard.',
            en: "A candidate's data was erased on request. Only anonymous counts are kept.",
          },
        });
        return 'erased' as const;
      });
      if (outcome === 'done') break;
      if (outcome === 'erased') erased++;
      else postponed++;
    }
    if (erased || postponed)
      this.logger.log(`erasure: ${erased} carried out, ${postponed} waiting for a rematch`);
    return { erased, postponed };
  }

  /**
   * The candidate row, locked, if the viewer may ask for (or cancel) erasure: the person themself, their own
   * employer's HR leads, or their region's mobility team. Anyone else hears NOT_FOUND.
   */
  private async lockSubject(
    manager: EntityManager,
    viewer: Viewer,
    candidateId: string,
    missing: () => Error = () => new CandidateNotFoundError(),
    lock = true,
  ): Promise<CandidatePlace> {
    const subject = await candidatePlace(manager, candidateId, { lock });
    if (!subject || !mayActOnErasure(viewer, subject)) throw missing();
    return subject;
  }
}

export function mayActOnErasure(
  viewer: Viewer,
  subject: Pick<CandidatePlace, 'id' | 'employerId' | 'regionCode'>,
): boolean {
  switch (viewer.role) {
    case Role.JOB_SEEKER:
      return viewer.candidateId === subject.id;
    case Role.HR_LEAD:
      return canManageCandidate(viewer, subject);
    case Role.MOBILITY_TEAM:
      return viewer.regionCode === subject.regionCode;
    case Role.ADMINISTRATOR:
    case Role.COUNSELLOR:
      return false;
  }
}

function openRequestOf(candidateId: string) {
  return { candidateId, cancelledAt: IsNull(), completedAt: IsNull() };
}

function notFound(): Error {
  return new ErasureRequestNotFoundError();
}

function day(date: Date, locale: string): string {
  return date.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
}
