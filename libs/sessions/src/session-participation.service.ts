import { networkScope } from '@werkbrug/networks/network-members.store';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type Viewer, type ViewerOf } from '@werkbrug/core';
import { randomBytes } from 'node:crypto';
import { NotificationsService } from '@werkbrug/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import { actsForCandidate, actsForEmployer, assertRunsSession, refuse, runsSession } from './session-access';
import {
  acceptedCandidatesFacing,
  inviteCandidates,
  inviteEmployer,
  ownCandidateIds,
  type ParticipantRef,
} from './session-participation.store';
import { sessionVisibleTo } from './session.store';
import {
  MeetAndGreetSessionEntity,
  SessionCandidateEntity,
  SessionEmployerEntity,
  SessionWishEntity,
} from './session.entities';
import { ParticipationStatus, SessionStatus, WishKind, WishSide } from './session.enums';
import {
  AllSlotsBlockedError,
  BlockedSlotsOutOfRangeError,
  InviteesNotInvitableError,
  InviteesOutsideNetworkError,
  ParticipantNotFoundError,
  ParticipationNotAcceptedError,
  RegistrationClosedError,
  RepresentativesOutOfRangeError,
  SessionClosedError,
  SessionNotFoundError,
} from './sessions.errors';
import { SessionsService } from './sessions.service';
import {
  candidatePlace,
  candidatePlaces,
  candidatePublicCodes,
} from '@werkbrug/candidates/candidate-records.store';
import {
  matchableCandidatesAmong,
  matchableCandidatesSharedWith,
} from '@werkbrug/candidates/matchable-candidates.store';
import { countEmployersInRegion, employerNames } from '@werkbrug/employers/employer-directory.store';

export type { ParticipantRef } from './session-participation.store';

export interface InvitedEmployer {
  readonly employerId: string;
  readonly representatives: number;
}

export interface ParticipationAnswer {
  readonly attending: boolean;
  /** Slots (0-based) the participant cannot make. */
  readonly blockedSlots: readonly number[];
  /** Employers only: how many people come (parallel tables). */
  readonly representatives?: number;
}

const MAX_REPRESENTATIVES = 20;

/** Unguessable: the feed URL is the only credential a calendar app has. */
function calendarToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Invitations, answers, blocked slots and wishes. Participants answer before the registration deadline; after
 * it only the mobility team can change who attends (a late registration). Once the plan is published, every
 * change re-plans with the fewest changes (SessionsService.inputChanged).
 */
@Injectable()
export class SessionParticipationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly notifications: NotificationsService,
  ) {}

  async invite(
    viewer: Viewer,
    sessionId: string,
    candidateIds: readonly string[],
    employers: readonly InvitedEmployer[],
  ): Promise<{ candidates: number; employers: number }> {
    return this.dataSource.transaction(async (tx) => {
      const session = await this.lockSession(tx, viewer, sessionId);
      assertRunsSession(viewer, session);
      if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
      for (const e of employers)
        if (
          !Number.isInteger(e.representatives) ||
          e.representatives < 1 ||
          e.representatives > MAX_REPRESENTATIVES
        )
          throw new RepresentativesOutOfRangeError(MAX_REPRESENTATIVES);
      // Only profiles the mobility team may see (consented, not drafts) and employers of the session's region.
      const candidates = await matchableCandidatesAmong(tx, [...new Set(candidateIds)], session.regionCode);
      const employerIds = employers.map((e) => e.employerId);
      const found = await countEmployersInRegion(tx, employerIds, session.regionCode);
      if (candidates.length !== new Set(candidateIds).size || found !== new Set(employerIds).size)
        throw new InviteesNotInvitableError();
      if (session.networkId) {
        const members = new Set((await networkScope(tx, session.networkId))?.employerIds ?? []);
        const places = [...(await candidatePlaces(tx, candidates)).values()];
        if (!employerIds.every((id) => members.has(id)) || !places.every((c) => members.has(c.employerId)))
          throw new InviteesOutsideNetworkError();
      }
      const late = session.status === SessionStatus.PUBLISHED;
      const invitedCandidates = await inviteCandidates(
        tx,
        sessionId,
        candidates,
        late,
        candidates.map(() => calendarToken()),
      );
      const invitedEmployers: { employerId: string }[] = [];
      for (const e of employers)
        if (await inviteEmployer(tx, sessionId, e, late, calendarToken()))
          invitedEmployers.push({ employerId: e.employerId });
      await this.notifications.notify(
        tx,
        [...invitedCandidates.map((candidateId) => ({ candidateId })), ...invitedEmployers],
        {
          kind: 'SESSION_INVITATION',
          subjectType: 'MEET_AND_GREET_SESSION',
          subjectId: sessionId,
          text: {
            en: `You are invited to "${session.title}" on ${session.sessionDate} at ${session.venue}. Please answer before ${session.registrationDeadline.toISOString().slice(0, 10)}.`,
            nl: `Je bent uitgenodigd voor "${session.title}" op ${session.sessionDate} in ${session.venue}. Reageer graag vóór ${session.registrationDeadline.toISOString().slice(0, 10)}.`,
          },
        },
      );
      return { candidates: invitedCandidates.length, employers: invitedEmployers.length };
    });
  }

  /** Accept (with blocked slots) or decline. After the deadline only the mobility team can (late registration). */
  async respond(
    viewer: Viewer,
    sessionId: string,
    who: ParticipantRef,
    answer: ParticipationAnswer,
    now = new Date(),
  ) {
    return this.dataSource.transaction(async (tx) => {
      const session = await this.lockSession(tx, viewer, sessionId);
      if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
      const participant = await this.participant(tx, viewer, session, who);
      if (!runsSession(viewer, session) && now > session.registrationDeadline)
        throw new RegistrationClosedError();
      const blocked = [...new Set(answer.blockedSlots)].sort((a, b) => a - b);
      if (blocked.some((s) => !Number.isInteger(s) || s < 0 || s >= session.slotCount))
        throw new BlockedSlotsOutOfRangeError(session.slotCount);
      if (blocked.length === session.slotCount && answer.attending) throw new AllSlotsBlockedError();
      const status = answer.attending ? ParticipationStatus.ACCEPTED : ParticipationStatus.DECLINED;
      const changes: Partial<SessionEmployerEntity> = {
        status,
        blockedSlots: blocked,
        respondedAt: now,
        late: participant.late || (answer.attending && session.status === SessionStatus.PUBLISHED),
      };
      if ('employerId' in who && answer.representatives !== undefined) {
        if (
          !Number.isInteger(answer.representatives) ||
          answer.representatives < 1 ||
          answer.representatives > MAX_REPRESENTATIVES
        )
          throw new RepresentativesOutOfRangeError(MAX_REPRESENTATIVES);
        changes.representatives = answer.representatives;
      }
      await this.updateParticipant(tx, sessionId, who, changes);
      await this.sessions.inputChanged(tx, session);
      return this.participant(tx, viewer, session, who);
    });
  }

  /** An accepted participant cannot come after all (cancellation), or did not turn up (no-show, mobility team only). */
  async withdraw(
    viewer: Viewer,
    sessionId: string,
    who: ParticipantRef,
    status: ParticipationStatus.CANCELLED | ParticipationStatus.NO_SHOW,
  ) {
    return this.dataSource.transaction(async (tx) => {
      const session = await this.lockSession(tx, viewer, sessionId);
      if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
      const participant = await this.participant(tx, viewer, session, who);
      if (status === ParticipationStatus.NO_SHOW) assertRunsSession(viewer, session);
      if (participant.status !== ParticipationStatus.ACCEPTED) throw new ParticipationNotAcceptedError();
      await this.updateParticipant(tx, sessionId, who, { status });
      await this.sessions.inputChanged(tx, session);
      return this.participant(tx, viewer, session, who);
    });
  }

  /**
   * A wish of one side about the other: must-meet, would-like or no-thanks (a hard block); null removes it.
   * The candidate side is set by the job seeker or their HR lead, the employer side by the employer's HR leads.
   */
  async setWish(
    viewer: Viewer,
    sessionId: string,
    wish: { candidateId: string; employerId: string; side: WishSide; kind: WishKind | null },
    now = new Date(),
  ): Promise<SessionWishEntity | null> {
    return this.dataSource.transaction(async (tx) => {
      const session = await this.lockSession(tx, viewer, sessionId);
      if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
      const candidate = await this.participant(tx, null, session, { candidateId: wish.candidateId });
      await this.participant(tx, null, session, { employerId: wish.employerId });
      const allowed =
        wish.side === WishSide.CANDIDATE
          ? await this.actsForCandidateId(tx, viewer, candidate.candidateId)
          : actsForEmployer(viewer, wish.employerId);
      if (!allowed) {
        // Refused only to those who see that side's participation; to others it answers like a random id.
        const seen =
          wish.side === WishSide.CANDIDATE
            ? (await this.visibleCandidates(viewer, sessionId)).some(
                (c) => c.candidateId === wish.candidateId,
              )
            : (await this.visibleEmployers(viewer, sessionId)).some((e) => e.employerId === wish.employerId);
        refuse(seen, () => new ParticipantNotFoundError());
      }
      const key = { sessionId, candidateId: wish.candidateId, employerId: wish.employerId, side: wish.side };
      if (wish.kind === null) await tx.delete(SessionWishEntity, key);
      else
        await tx.upsert(
          SessionWishEntity,
          { ...key, kind: wish.kind, setByUserId: viewer.userId, updatedAt: now },
          ['sessionId', 'candidateId', 'employerId', 'side'],
        );
      await this.sessions.inputChanged(tx, session);
      return wish.kind === null ? null : tx.findOneByOrFail(SessionWishEntity, key);
    });
  }

  /** The wishes the viewer may see: all for the mobility team, one side's own for participants. */
  async wishes(viewer: Viewer, sessionId: string): Promise<SessionWishEntity[]> {
    const session = await this.sessions.get(viewer, sessionId);
    const all = await this.dataSource.manager.find(SessionWishEntity, {
      where: { sessionId },
      order: { updatedAt: 'ASC' },
    });
    if (runsSession(viewer, session)) return all;
    const own = await ownCandidateIds(this.dataSource.manager, viewer, sessionId);
    return all.filter((w) =>
      w.side === WishSide.EMPLOYER ? actsForEmployer(viewer, w.employerId) : own.has(w.candidateId),
    );
  }

  async candidates(
    viewer: Viewer,
    sessionId: string,
  ): Promise<Array<SessionCandidateEntity & { publicCode: string }>> {
    const rows = await this.visibleCandidates(viewer, sessionId);
    const codes = await candidatePublicCodes(
      this.dataSource.manager,
      rows.map((r) => r.candidateId),
    );
    return rows.map((r) => ({ ...r, publicCode: codes.get(r.candidateId) ?? '' }));
  }

  async employers(
    viewer: Viewer,
    sessionId: string,
  ): Promise<Array<SessionEmployerEntity & { name: string }>> {
    const rows = await this.visibleEmployers(viewer, sessionId);
    const names = await employerNames(
      this.dataSource.manager,
      rows.map((r) => r.employerId),
    );
    return rows.map((r) => ({ ...r, name: names.get(r.employerId) ?? '' }));
  }

  private async visibleCandidates(viewer: Viewer, sessionId: string): Promise<SessionCandidateEntity[]> {
    const session = await this.sessions.get(viewer, sessionId);
    const all = await this.dataSource.manager.find(SessionCandidateEntity, {
      where: { sessionId },
      order: { invitedAt: 'ASC' },
    });
    if (runsSession(viewer, session)) return all;
    const own = await ownCandidateIds(this.dataSource.manager, viewer, sessionId);
    // An attending employer chooses whom it would like to meet among the attending candidates whose profile it
    // may see (active, consented, shared with the region or with this employer), by public code only.
    const shown =
      viewer.role === Role.HR_LEAD ? await this.candidatesShownTo(viewer, sessionId) : new Set<string>();
    return all.filter((c) => own.has(c.candidateId) || shown.has(c.candidateId));
  }

  private async candidatesShownTo(viewer: ViewerOf<Role.HR_LEAD>, sessionId: string): Promise<Set<string>> {
    const manager = this.dataSource.manager;
    const accepted = await acceptedCandidatesFacing(manager, viewer, sessionId);
    return matchableCandidatesSharedWith(manager, accepted, viewer.employerId);
  }

  private async visibleEmployers(viewer: Viewer, sessionId: string): Promise<SessionEmployerEntity[]> {
    const session = await this.sessions.get(viewer, sessionId);
    const all = await this.dataSource.manager.find(SessionEmployerEntity, {
      where: { sessionId },
      order: { invitedAt: 'ASC' },
    });
    if (runsSession(viewer, session)) return all;
    // Candidates see which employers attend; employers see themselves.
    return all.filter(
      (e) => e.status === ParticipationStatus.ACCEPTED || actsForEmployer(viewer, e.employerId),
    );
  }

  private async lockSession(
    tx: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<MeetAndGreetSessionEntity> {
    const session = await sessionVisibleTo(tx, viewer, id, { lock: true });
    if (!session) throw new SessionNotFoundError();
    return session;
  }

  /** The participant row, checking (unless viewer is null) that the viewer acts for it or runs the session. */
  private async participant(
    tx: EntityManager,
    viewer: Viewer | null,
    session: MeetAndGreetSessionEntity,
    who: ParticipantRef,
  ): Promise<SessionCandidateEntity & Partial<SessionEmployerEntity>> {
    const row =
      'candidateId' in who
        ? await tx.findOneBy(SessionCandidateEntity, { sessionId: session.id, candidateId: who.candidateId })
        : await tx.findOneBy(SessionEmployerEntity, { sessionId: session.id, employerId: who.employerId });
    if (!row) throw new ParticipantNotFoundError();
    if (viewer && !runsSession(viewer, session)) {
      const allowed =
        'candidateId' in who
          ? await this.actsForCandidateId(tx, viewer, who.candidateId)
          : actsForEmployer(viewer, who.employerId);
      if (!allowed) throw new ParticipantNotFoundError();
    }
    return row as SessionCandidateEntity & Partial<SessionEmployerEntity>;
  }

  /** Whether the viewer is the candidate or an HR lead of the employer that posted them (see session-access). */
  private async actsForCandidateId(tx: EntityManager, viewer: Viewer, candidateId: string): Promise<boolean> {
    const place = await candidatePlace(tx, candidateId, { lock: false });
    return place !== null && actsForCandidate(viewer, place);
  }

  private async updateParticipant(
    tx: EntityManager,
    sessionId: string,
    who: ParticipantRef,
    changes: Partial<SessionEmployerEntity>,
  ) {
    if ('candidateId' in who) {
      const { representatives: _, ...candidateChanges } = changes;
      await tx.update(SessionCandidateEntity, { sessionId, candidateId: who.candidateId }, candidateChanges);
    } else await tx.update(SessionEmployerEntity, { sessionId, employerId: who.employerId }, changes);
  }
}
