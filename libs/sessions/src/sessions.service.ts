import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { candidatePlace } from '@werkbrug/candidates/candidate-records';
import { ConflictError, definedFields, ForbiddenError, Role, type Viewer } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { OutboxService, planSession } from '@werkbrug/queue';
import { DataSource, type EntityManager } from 'typeorm';
import { runsSession } from './session-access';
import { assertCoherentSetup, type SessionSetup } from './session-setup';
import { MeetAndGreetSessionEntity, SessionMeetingEntity } from './session.entities';
import { PlanStatus, SessionStatus } from './session.enums';
import { MeetingNotFoundError, SessionClosedError, SessionNotFoundError } from './sessions.errors';

/**
 * Setting up and running a session: the mobility team of its region creates it, asks the worker for a plan,
 * publishes it (participants then see their agendas and calendar feeds), can lock meetings, and closes it.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(viewer: Viewer, setup: SessionSetup, now = new Date()): Promise<MeetAndGreetSessionEntity> {
    if (viewer.role !== Role.MOBILITY_TEAM) throw new ForbiddenError();
    assertCoherentSetup(setup, now);
    const repo = this.dataSource.getRepository(MeetAndGreetSessionEntity);
    return repo.save(
      repo.create({
        ...setupColumns(setup),
        regionCode: viewer.regionCode,
        status: SessionStatus.OPEN,
        planStatus: PlanStatus.NOT_PLANNED,
        inputVersion: 1,
        plannedInputVersion: 0,
        planVersion: 0,
        createdByUserId: viewer.userId,
        updatedAt: now,
      }),
    );
  }

  /**
   * Changes the set-up while the plan is not published; an existing plan must then be made again. Fields left
   * out keep their stored value.
   */
  async update(
    viewer: Viewer,
    id: string,
    changes: Partial<SessionSetup>,
    now = new Date(),
  ): Promise<MeetAndGreetSessionEntity> {
    return this.change(viewer, id, async (tx, session) => {
      if (session.status !== SessionStatus.OPEN)
        throw new ConflictError({
          en: 'Unpublish the plan before changing the set-up.',
          nl: 'Trek de publicatie van de planning in voordat je de opzet wijzigt.',
        });
      const setup: SessionSetup = { ...storedSetup(session), ...definedFields(changes) };
      assertCoherentSetup(setup, now);
      // Meetings in slots or at tables that no longer exist go; the next plan fills the session again.
      await tx.query(`DELETE FROM session_meeting WHERE session_id = $1 AND (slot >= $2 OR table_no >= $3)`, [
        id,
        setup.slotCount,
        setup.tableCount,
      ]);
      // Blocked slots that no longer exist go too, or no plan could be made.
      for (const table of ['session_candidate', 'session_employer'])
        await tx.query(
          `UPDATE ${table} SET blocked_slots = ARRAY(SELECT s FROM unnest(blocked_slots) AS s WHERE s < $2 ORDER BY s)
           WHERE session_id = $1`,
          [id, setup.slotCount],
        );
      await tx.update(MeetAndGreetSessionEntity, id, {
        ...setupColumns(setup),
        inputVersion: session.inputVersion + 1,
        updatedAt: now,
      });
    });
  }

  async get(viewer: Viewer, id: string): Promise<MeetAndGreetSessionEntity> {
    const session = await this.dataSource.manager.findOneBy(MeetAndGreetSessionEntity, { id });
    if (!session || !(await this.maySee(this.dataSource.manager, viewer, session)))
      throw new SessionNotFoundError();
    return session;
  }

  /** Sessions the viewer runs or takes part in, latest first. */
  async list(viewer: Viewer): Promise<MeetAndGreetSessionEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(MeetAndGreetSessionEntity, 's')
      .orderBy('s.session_date', 'DESC')
      .addOrderBy('s.created_at', 'DESC');
    switch (viewer.role) {
      case Role.MOBILITY_TEAM:
        return query.where('s.region_code = :region', { region: viewer.regionCode }).getMany();
      case Role.HR_LEAD:
        return query
          .where(
            `EXISTS (SELECT 1 FROM session_employer e WHERE e.session_id = s.id AND e.employer_id = :employer)
             OR EXISTS (SELECT 1 FROM session_candidate sc JOIN candidate_scope c USING (candidate_id)
                        WHERE sc.session_id = s.id AND c.employer_id = :employer)`,
            { employer: viewer.employerId },
          )
          .getMany();
      case Role.JOB_SEEKER:
        return query
          .where(
            `EXISTS (SELECT 1 FROM session_candidate sc WHERE sc.session_id = s.id AND sc.candidate_id = :candidate)`,
            {
              candidate: viewer.candidateId,
            },
          )
          .getMany();
      case Role.ADMINISTRATOR:
        return [];
    }
  }

  /** Asks the worker for a (new) plan. Locked meetings stay; once published, the re-plan changes as little as it can. */
  requestPlan(viewer: Viewer, id: string): Promise<MeetAndGreetSessionEntity> {
    return this.change(viewer, id, async (tx, session) => {
      if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
      await this.queuePlanning(tx, id);
    });
  }

  publish(viewer: Viewer, id: string, now = new Date()): Promise<MeetAndGreetSessionEntity> {
    return this.change(viewer, id, async (tx, session) => {
      if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
      if (session.planStatus !== PlanStatus.PLANNED || session.plannedInputVersion !== session.inputVersion)
        throw new ConflictError({
          en: 'There is no current plan to publish: plan the session (again) first.',
          nl: 'Er is geen actuele planning om te publiceren: plan de bijeenkomst eerst (opnieuw).',
        });
      await tx.update(MeetAndGreetSessionEntity, id, {
        status: SessionStatus.PUBLISHED,
        publishedAt: now,
        updatedAt: now,
      });
      // Everyone with a meeting gets a new agenda to look at.
      const withMeetings: { candidate_id: string | null; employer_id: string | null }[] = await tx.query(
        `SELECT DISTINCT candidate_id, NULL::uuid AS employer_id FROM session_meeting WHERE session_id = $1
         UNION SELECT DISTINCT NULL::uuid, employer_id FROM session_meeting WHERE session_id = $1`,
        [id],
      );
      await this.notifications.notify(
        tx,
        withMeetings.map((r) =>
          r.candidate_id ? { candidateId: r.candidate_id } : { employerId: r.employer_id! },
        ),
        {
          kind: 'SESSION_AGENDA_PUBLISHED',
          subjectType: 'MEET_AND_GREET_SESSION',
          subjectId: id,
          text: {
            en: `Your agenda for "${session.title}" on ${session.sessionDate} is ready, with a calendar link.`,
            nl: `Je agenda voor "${session.title}" op ${session.sessionDate} staat klaar, met een agendalink.`,
          },
        },
      );
      for (const [table, column] of [
        ['session_candidate', 'candidate_id'],
        ['session_employer', 'employer_id'],
      ])
        await tx.query(
          `UPDATE ${table} p SET agenda_version = agenda_version + 1 WHERE p.session_id = $1
             AND EXISTS (SELECT 1 FROM session_meeting m WHERE m.session_id = p.session_id AND m.${column} = p.${column})`,
          [id],
        );
    });
  }

  unpublish(viewer: Viewer, id: string, now = new Date()): Promise<MeetAndGreetSessionEntity> {
    return this.change(viewer, id, async (tx, session) => {
      if (session.status !== SessionStatus.PUBLISHED)
        throw new ConflictError({
          en: 'The plan is not published.',
          nl: 'De planning is niet gepubliceerd.',
        });
      await tx.update(MeetAndGreetSessionEntity, id, { status: SessionStatus.OPEN, updatedAt: now });
    });
  }

  close(viewer: Viewer, id: string, now = new Date()): Promise<MeetAndGreetSessionEntity> {
    return this.change(viewer, id, async (tx) => {
      await tx.update(MeetAndGreetSessionEntity, id, { status: SessionStatus.CLOSED, updatedAt: now });
    });
  }

  /** The coordinator fixes a meeting in its slot (or frees it again); a locked meeting survives every re-plan. */
  async lockMeeting(viewer: Viewer, meetingId: string, locked: boolean): Promise<SessionMeetingEntity> {
    const meeting = await this.dataSource.manager.findOneBy(SessionMeetingEntity, { id: meetingId });
    const ofMeeting =
      meeting &&
      (await this.dataSource.manager.findOneBy(MeetAndGreetSessionEntity, { id: meeting.sessionId }));
    if (!meeting || !ofMeeting) throw new MeetingNotFoundError();
    // The meeting's own participants are refused; to anyone else it answers like a random id.
    if (!runsSession(viewer, ofMeeting)) {
      if (await this.takesPartIn(viewer, meeting)) throw new ForbiddenError();
      throw new MeetingNotFoundError();
    }
    await this.change(viewer, meeting.sessionId, async (tx, session) => {
      if (session.status === SessionStatus.CLOSED) throw new SessionClosedError();
      await tx.update(SessionMeetingEntity, meetingId, { locked });
    });
    return { ...meeting, locked };
  }

  /**
   * Records that the input of a plan changed. Once the plan is published, the worker re-plans at once (with the
   * fewest changes) so agendas never show meetings that can no longer happen; before that the coordinator decides.
   */
  async inputChanged(tx: EntityManager, session: MeetAndGreetSessionEntity): Promise<void> {
    await tx.query(
      `UPDATE meet_and_greet_session SET input_version = input_version + 1, updated_at = now() WHERE id = $1`,
      [session.id],
    );
    if (session.status === SessionStatus.PUBLISHED) await this.queuePlanning(tx, session.id);
  }

  /** Loads and locks the session, checks the viewer runs it, applies the change; returns the session after it. */
  private async change(
    viewer: Viewer,
    id: string,
    work: (tx: EntityManager, session: MeetAndGreetSessionEntity) => Promise<void>,
  ): Promise<MeetAndGreetSessionEntity> {
    return this.dataSource.transaction(async (tx) => {
      const session = await tx.findOne(MeetAndGreetSessionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw new SessionNotFoundError();
      if (!runsSession(viewer, session)) {
        if (await this.maySee(tx, viewer, session)) throw new ForbiddenError();
        throw new SessionNotFoundError();
      }
      await work(tx, session);
      return tx.findOneByOrFail(MeetAndGreetSessionEntity, { id });
    });
  }

  private async queuePlanning(tx: EntityManager, id: string): Promise<void> {
    await tx.update(MeetAndGreetSessionEntity, id, { planStatus: PlanStatus.PLANNING, planError: null });
    await this.outbox.publish(tx, planSession(id));
  }

  private async takesPartIn(viewer: Viewer, meeting: SessionMeetingEntity): Promise<boolean> {
    if (viewer.role === Role.JOB_SEEKER) return viewer.candidateId === meeting.candidateId;
    if (viewer.role !== Role.HR_LEAD) return false;
    if (viewer.employerId === meeting.employerId) return true;
    const candidate = await candidatePlace(this.dataSource.manager, meeting.candidateId, { lock: false });
    return candidate?.employerId === viewer.employerId;
  }

  async maySee(tx: EntityManager, viewer: Viewer, session: MeetAndGreetSessionEntity): Promise<boolean> {
    switch (viewer.role) {
      case Role.MOBILITY_TEAM:
        return runsSession(viewer, session);
      case Role.HR_LEAD: {
        const rows: unknown[] = await tx.query(
          `SELECT 1 FROM session_employer WHERE session_id = $1 AND employer_id = $2
           UNION ALL SELECT 1 FROM session_candidate sc JOIN candidate_scope c USING (candidate_id)
           WHERE sc.session_id = $1 AND c.employer_id = $2 LIMIT 1`,
          [session.id, viewer.employerId],
        );
        return rows.length > 0;
      }
      case Role.JOB_SEEKER: {
        const rows: unknown[] = await tx.query(
          `SELECT 1 FROM session_candidate WHERE session_id = $1 AND candidate_id = $2`,
          [session.id, viewer.candidateId],
        );
        return rows.length > 0;
      }
      case Role.ADMINISTRATOR:
        return false;
    }
  }
}

function storedSetup(s: MeetAndGreetSessionEntity): SessionSetup {
  return {
    title: s.title,
    venue: s.venue,
    date: s.sessionDate,
    timeZone: s.timeZone,
    firstSlotStart: s.firstSlotStart,
    slotMinutes: s.slotMinutes,
    slotCount: s.slotCount,
    breaks: s.breaks,
    tableCount: s.tableCount,
    maxMeetingsPerCandidate: s.maxMeetingsPerCandidate,
    maxMeetingsPerRepresentative: s.maxMeetingsPerRepresentative,
    minMeetingsPerCandidate: s.minMeetingsPerCandidate,
    registrationDeadline: s.registrationDeadline,
  };
}

function setupColumns(setup: SessionSetup): Partial<MeetAndGreetSessionEntity> {
  return {
    title: setup.title.trim(),
    venue: setup.venue.trim(),
    sessionDate: setup.date,
    timeZone: setup.timeZone,
    firstSlotStart: setup.firstSlotStart,
    slotMinutes: setup.slotMinutes,
    slotCount: setup.slotCount,
    breaks: setup.breaks.map((b) => ({ afterSlot: b.afterSlot, minutes: b.minutes })),
    tableCount: setup.tableCount,
    maxMeetingsPerCandidate: setup.maxMeetingsPerCandidate,
    maxMeetingsPerRepresentative: setup.maxMeetingsPerRepresentative,
    minMeetingsPerCandidate: setup.minMeetingsPerCandidate,
    registrationDeadline: setup.registrationDeadline,
  };
}
