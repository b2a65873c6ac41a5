import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, recordAudit } from '@werkbrug/audit';
import { type Viewer } from '@werkbrug/core';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { actsForCandidate, actsForEmployer, refuse, runsSession } from './session-access';
import { candidateInScope, type ParticipantRef } from './session-participation.store';
import { sessionVisibleTo } from './session.store';
import { sessionSlotTimes } from './session-slots';
import {
  MeetAndGreetSessionEntity,
  SessionCandidateEntity,
  SessionEmployerEntity,
  SessionMeetingEntity,
} from './session.entities';
import { ParticipationStatus, SessionStatus } from './session.enums';
import {
  LateArrivalBeforePublishError,
  LateArrivalNoRoundLeftError,
  LateArrivalNotComingError,
  LateArrivalRoundInvalidError,
  ParticipantNotFoundError,
  RoundAlreadyBegunError,
  SessionClosedError,
  SessionNotFoundError,
} from './sessions.errors';
import { SessionsService } from './sessions.service';

/**
 * On the day, the mobility team hears that a participant (a candidate or an employer) who is coming will only
 * arrive for a later round. The rounds before it become rounds they cannot make; their meetings there that have
 * not begun are released (a lock on them too: the person is not there) and the rest of the day is re-planned
 * with the fewest changes, as a no-show is. The re-plan marks and notifies the agendas it changes.
 */
@Injectable()
export class SessionLateArrivalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  /** `arrivesForSlot` is 0-based; returns how many meetings were released for the re-plan. */
  async markLateArrival(
    viewer: Viewer,
    sessionId: string,
    who: ParticipantRef,
    arrivesForSlot: number,
    now = new Date(),
  ): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const session = await sessionVisibleTo(tx, viewer, sessionId, { lock: true });
      if (!session) throw new SessionNotFoundError();
      const participant = await this.participant(tx, viewer, session, who);
      this.assertLateArrival(session, participant, arrivesForSlot, now);
      const slots = sessionSlotTimes(session);
      const missed = slots.filter((s) => s.slot < arrivesForSlot).map((s) => s.slot);
      const released = (
        await tx.findBy(SessionMeetingEntity, {
          sessionId,
          ...('candidateId' in who ? { candidateId: who.candidateId } : { employerId: who.employerId }),
          slot: In(missed),
          outcome: IsNull(),
        })
      ).filter((m) => slots[m.slot].startsAt > now);
      if (released.length > 0)
        await tx.update(SessionMeetingEntity, { id: In(released.map((m) => m.id)) }, { locked: false });
      const blockedSlots = [...new Set([...participant.blockedSlots, ...missed])].sort((a, b) => a - b);
      if ('candidateId' in who)
        await tx.update(
          SessionCandidateEntity,
          { sessionId, candidateId: who.candidateId },
          { blockedSlots },
        );
      else
        await tx.update(SessionEmployerEntity, { sessionId, employerId: who.employerId }, { blockedSlots });
      await this.sessions.inputChanged(tx, session);
      await recordAudit(tx, viewer, {
        action: AuditAction.SESSION_LATE_ARRIVAL,
        subjectType: 'MeetAndGreetSession',
        subjectId: sessionId,
        candidateId: 'candidateId' in who ? who.candidateId : null,
        regionCode: session.regionCode,
        details: {
          ...who,
          arrivesForSlot: arrivesForSlot + 1,
          releasedMeetings: released.map((m) => m.id),
        },
      });
      return released.length;
    });
  }

  private assertLateArrival(
    session: MeetAndGreetSessionEntity,
    participant: { status: ParticipationStatus; blockedSlots: number[] },
    arrivesForSlot: number,
    now: Date,
  ): void {
    if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
    if (session.status !== SessionStatus.PUBLISHED) throw new LateArrivalBeforePublishError();
    if (!Number.isInteger(arrivesForSlot) || arrivesForSlot < 1 || arrivesForSlot >= session.slotCount)
      throw new LateArrivalRoundInvalidError(session.slotCount);
    if (participant.status !== ParticipationStatus.ACCEPTED) throw new LateArrivalNotComingError();
    if (sessionSlotTimes(session)[arrivesForSlot].startsAt <= now)
      throw new RoundAlreadyBegunError('arrivesForSlot');
    const left = Array.from({ length: session.slotCount - arrivesForSlot }, (_, i) => arrivesForSlot + i);
    if (left.every((slot) => participant.blockedSlots.includes(slot)))
      throw new LateArrivalNoRoundLeftError();
  }

  /**
   * The participant row. Those who act for the participant are refused (only the team registers this); to
   * anyone else who sees the session, a participant they do not act for answers like a random id.
   */
  private async participant(
    tx: EntityManager,
    viewer: Viewer,
    session: MeetAndGreetSessionEntity,
    who: ParticipantRef,
  ): Promise<SessionCandidateEntity | SessionEmployerEntity> {
    const row =
      'candidateId' in who
        ? await tx.findOneBy(SessionCandidateEntity, { sessionId: session.id, candidateId: who.candidateId })
        : await tx.findOneBy(SessionEmployerEntity, { sessionId: session.id, employerId: who.employerId });
    if (!row) throw new ParticipantNotFoundError();
    if (runsSession(viewer, session)) return row;
    let actsFor: boolean;
    if ('candidateId' in who) {
      const profile = await candidateInScope(tx, who.candidateId);
      actsFor = profile !== null && actsForCandidate(viewer, profile);
    } else actsFor = actsForEmployer(viewer, who.employerId);
    refuse(actsFor, () => new ParticipantNotFoundError());
  }
}
