import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, recordAudit } from '@werkbrug/audit';
import { ConflictError, InvalidInputError, type Viewer } from '@werkbrug/core';
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
import { MeetingNotFoundError, SessionClosedError } from './sessions.errors';
import { SessionsService } from './sessions.service';

/** Where a meeting goes: slot and table, 0-based as the domain counts. */
export interface MeetingSeat {
  readonly slot: number;
  readonly table: number;
}

const conflict = (en: string, nl: string, field: 'slot' | 'table') =>
  new ConflictError({ en, nl }, { field });

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
      throw new InvalidInputError(
        {
          en: `Choose a round from 1 to ${session.slotCount}.`,
          nl: `Kies een ronde van 1 tot en met ${session.slotCount}.`,
        },
        { field: 'slot' },
      );
    if (!Number.isInteger(to.table) || to.table < 0 || to.table >= session.tableCount)
      throw new InvalidInputError(
        {
          en: `Choose a table from 1 to ${session.tableCount}.`,
          nl: `Kies een tafel van 1 tot en met ${session.tableCount}.`,
        },
        { field: 'table' },
      );
    if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
    if (session.planStatus === PlanStatus.PLANNING)
      throw new ConflictError({
        en: 'The session is being planned; move the meeting once the new plan is ready.',
        nl: 'De bijeenkomst wordt nu gepland; verplaats het gesprek zodra de nieuwe planning klaar is.',
      });
    if (to.slot === meeting.slot && to.table === meeting.tableNo)
      throw conflict(
        'The meeting is already in that round at that table.',
        'Het gesprek staat al in die ronde aan die tafel.',
        'slot',
      );
    const slots = sessionSlotTimes(session);
    if (meeting.outcome !== null || slots[meeting.slot].startsAt <= now)
      throw conflict(
        'This meeting has begun; it can no longer be moved.',
        'Dit gesprek is al begonnen; het kan niet meer worden verplaatst.',
        'slot',
      );
    if (slots[to.slot].startsAt <= now)
      throw conflict(
        'That round has already begun; choose a later one.',
        'Die ronde is al begonnen; kies een latere.',
        'slot',
      );
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
    if (inSlot.some((m) => m.tableNo === to.table))
      throw conflict('That table is taken in that round.', 'Die tafel is in die ronde al bezet.', 'table');
    if (inSlot.some((m) => m.candidateId === meeting.candidateId))
      throw conflict(
        'The candidate already has a meeting in that round.',
        'De kandidaat heeft in die ronde al een gesprek.',
        'slot',
      );
    const candidate = await tx.findOneBy(SessionCandidateEntity, {
      sessionId: session.id,
      candidateId: meeting.candidateId,
    });
    const employer = await tx.findOneBy(SessionEmployerEntity, {
      sessionId: session.id,
      employerId: meeting.employerId,
    });
    if (!candidate || !employer) throw new MeetingNotFoundError();
    if (candidate.blockedSlots.includes(to.slot))
      throw conflict(
        'The candidate cannot come in that round.',
        'De kandidaat kan in die ronde niet.',
        'slot',
      );
    if (employer.blockedSlots.includes(to.slot))
      throw conflict(
        'The employer cannot come in that round.',
        'De werkgever kan in die ronde niet.',
        'slot',
      );
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
    if (free === undefined)
      throw conflict(
        'No representative of the employer is free in that round (or they have reached their maximum).',
        'Geen vertegenwoordiger van de werkgever is in die ronde vrij (of ze zitten aan hun maximum).',
        'slot',
      );
    return free;
  }
}
