import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, recordAudit } from '@werkbrug/audit';
import { type Viewer } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import { markChangedAgendas, touchedBy } from './session-agenda-changes';
import { refuse, runsSession } from './session-access';
import { sessionSlotTimes } from './session-slots';
import {
  MeetAndGreetSessionEntity,
  SessionCandidateEntity,
  SessionEmployerEntity,
  SessionMeetingEntity,
} from './session.entities';
import { PlanStatus, SessionStatus } from './session.enums';
import {
  MeetingMoveConflictError,
  MeetingNotFoundError,
  MoveSlotOutOfRangeError,
  MoveTableOutOfRangeError,
  RoundAlreadyBegunError,
  SessionBeingPlannedError,
  SessionClosedError,
} from './sessions.errors';
import { SessionsService } from './sessions.service';

/** Where a meeting goes: slot and table, 0-based as the domain counts. */
export interface MeetingSeat {
  readonly slot: number;
  readonly table: number;
}

/**
 * A coordinator moves a planned meeting to another slot and table by hand, with the checks the planner itself
 * keeps: the slot and table exist and have not begun, the table is free, the candidate has no other meeting then
 * and neither side blocked that slot, and one of the employer's representatives is free and under their maximum.
 * The moved meeting is locked, so a re-plan keeps it there; once published, both agendas are marked changed.
 */
@Injectable()
export class SessionMovesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly notifications: NotificationsService,
  ) {}

  async move(
    viewer: Viewer,
    meetingId: string,
    to: MeetingSeat,
    now = new Date(),
  ): Promise<SessionMeetingEntity> {
    return this.dataSource.transaction(async (tx) => {
      const found = await tx.findOneBy(SessionMeetingEntity, { id: meetingId });
      if (!found) throw new MeetingNotFoundError();
      const session = await tx.findOne(MeetAndGreetSessionEntity, {
        where: { id: found.sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw new MeetingNotFoundError();
      // The meeting's own participants see it on their agenda; to anyone else it answers like a random id.
      if (!runsSession(viewer, session))
        refuse(await this.sessions.maySee(tx, viewer, session), () => new MeetingNotFoundError());
      // Read again under the session's lock: a re-plan that finished meanwhile may have moved or removed it.
      const meeting = await tx.findOneBy(SessionMeetingEntity, { id: meetingId });
      if (!meeting) throw new MeetingNotFoundError();
      this.assertMovable(session, meeting, to, now);
      const representative = await this.freeSeat(tx, session, meeting, to);
      const from = { slot: meeting.slot, table: meeting.tableNo };
      await tx.update(SessionMeetingEntity, meetingId, {
        slot: to.slot,
        tableNo: to.table,
        representative,
        locked: true,
      });
      if (session.status === SessionStatus.PUBLISHED) {
        await markChangedAgendas(
          tx,
          this.notifications,
          session,
          new Set(touchedBy(meeting.candidateId, meeting.employerId)),
        );
        // The iCalendar SEQUENCE: calendar apps take the new time only from a higher version.
        await tx.update(MeetAndGreetSessionEntity, session.id, {
          planVersion: session.planVersion + 1,
          updatedAt: now,
        });
      }
      await recordAudit(tx, viewer, {
        action: AuditAction.SESSION_MEETING_MOVED,
        subjectType: 'SessionMeeting',
        subjectId: meetingId,
        regionCode: session.regionCode,
        details: {
          sessionId: session.id,
          from: { slot: from.slot + 1, table: from.table + 1 },
          to: { slot: to.slot + 1, table: to.table + 1 },
        },
      });
      return tx.findOneByOrFail(SessionMeetingEntity, { id: meetingId });
    });
  }

  private assertMovable(
    session: MeetAndGreetSessionEntity,
    meeting: SessionMeetingEntity,
    to: MeetingSeat,
    now: Date,
  ): void {
    if (!Number.isInteger(to.slot) || to.slot < 0 || to.slot >= session.slotCount)
      throw new MoveSlotOutOfRangeError(session.slotCount);
    if (!Number.isInteger(to.table) || to.table < 0 || to.table >= session.tableCount)
      throw new MoveTableOutOfRangeError(session.tableCount);
    if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
    if (session.planStatus === PlanStatus.PLANNING) throw new SessionBeingPlannedError();
    if (to.slot === meeting.slot && to.table === meeting.tableNo)
      throw new MeetingMoveConflictError('ALREADY_THERE');
    const slots = sessionSlotTimes(session);
    if (meeting.outcome !== null || slots[meeting.slot].startsAt <= now)
      throw new MeetingMoveConflictError('MEETING_BEGUN');
    if (slots[to.slot].startsAt <= now) throw new RoundAlreadyBegunError('slot');
  }

  /** The representative who takes the meeting in the new slot; refuses a slot or table that is not free. */
  private async freeSeat(
    tx: EntityManager,
    session: MeetAndGreetSessionEntity,
    meeting: SessionMeetingEntity,
    to: MeetingSeat,
  ): Promise<number> {
    const others = (await tx.findBy(SessionMeetingEntity, { sessionId: session.id })).filter(
      (m) => m.id !== meeting.id,
    );
    const inSlot = others.filter((m) => m.slot === to.slot);
    if (inSlot.some((m) => m.tableNo === to.table)) throw new MeetingMoveConflictError('TABLE_TAKEN');
    if (inSlot.some((m) => m.candidateId === meeting.candidateId))
      throw new MeetingMoveConflictError('CANDIDATE_BUSY');
    const candidate = await tx.findOneBy(SessionCandidateEntity, {
      sessionId: session.id,
      candidateId: meeting.candidateId,
    });
    const employer = await tx.findOneBy(SessionEmployerEntity, {
      sessionId: session.id,
      employerId: meeting.employerId,
    });
    if (!candidate || !employer) throw new MeetingNotFoundError();
    if (candidate.blockedSlots.includes(to.slot)) throw new MeetingMoveConflictError('CANDIDATE_UNAVAILABLE');
    if (employer.blockedSlots.includes(to.slot)) throw new MeetingMoveConflictError('EMPLOYER_UNAVAILABLE');
    const ofEmployer = others.filter((m) => m.employerId === meeting.employerId);
    const busy = new Set(
      inSlot.filter((m) => m.employerId === meeting.employerId).map((m) => m.representative),
    );
    const load = (r: number) => ofEmployer.filter((m) => m.representative === r).length;
    // The meeting's own representative if they can, so the employer's people change as little as possible.
    const order = [
      meeting.representative,
      ...Array.from({ length: employer.representatives }, (_, r) => r).filter(
        (r) => r !== meeting.representative,
      ),
    ].filter((r) => r < employer.representatives);
    const free = order.find((r) => !busy.has(r) && load(r) < session.maxMeetingsPerRepresentative);
    if (free === undefined) throw new MeetingMoveConflictError('NO_REPRESENTATIVE_FREE');
    return free;
  }
}
