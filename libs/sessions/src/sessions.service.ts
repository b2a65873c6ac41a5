import { networkScope } from '@werkbrug/networks/network-members.store';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { candidatePlace } from '@werkbrug/candidates/candidate-records.store';
import { definedFields, Role, type Viewer } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { OutboxService, planSession } from '@werkbrug/queue';
import { DataSource, type EntityManager } from 'typeorm';
import { assertMobilityTeam, assertRunsSession, refuse, runsSession } from './session-access';
import { participantsWithMeetings, removeMeetingsOutside } from './session-meeting.store';
import { bumpAgendasOfScheduled, dropBlockedSlotsFrom } from './session-participation.store';
import { bumpInputVersion, sessionSeenBy, sessionsVisibleTo, sessionVisibleTo } from './session.store';
import { assertCoherentSetup, type SessionSetup } from './session-setup';
import { MeetAndGreetSessionEntity, SessionMeetingEntity } from './session.entities';
import { PlanStatus, SessionStatus } from './session.enums';
import {
  MeetingNotFoundError,
  NoCurrentPlanError,
  PlanNotPublishedError,
  SessionClosedError,
  SessionNotFoundError,
  SessionNetworkNotFoundError,
  SessionSetupLockedError,
} from './sessions.errors';

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

  /**
   * A new session of the team's region; with `networkId`, a session of that network of the region (fixed once set
   * up): only its active members and their candidates are suggested and invited.
   */
  async create(
    viewer: Viewer,
    setup: SessionSetup,
    now = new Date(),
    networkId: string | null = null,
  ): Promise<MeetAndGreetSessionEntity> {
    assertMobilityTeam(viewer);
    assertCoherentSetup(setup, now);
    if (networkId) {
      const scope = await networkScope(this.dataSource.manager, networkId);
      if (!scope || scope.regionCode !== viewer.regionCode) throw new SessionNetworkNotFoundError();
    }
    const repo = this.dataSource.getRepository(MeetAndGreetSessionEntity);
    return repo.save(
      repo.create({
        ...setupColumns(setup),
        networkId,
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
      if (session.status !== SessionStatus.OPEN) throw new SessionSetupLockedError();
      const setup: SessionSetup = { ...storedSetup(session), ...definedFields(changes) };
      assertCoherentSetup(setup, now);
      await removeMeetingsOutside(tx, id, setup);
      await dropBlockedSlotsFrom(tx, id, setup.slotCount);
      await tx.update(MeetAndGreetSessionEntity, id, {
        ...setupColumns(setup),
        inputVersion: session.inputVersion + 1,
        updatedAt: now,
      });
    });
  }

  async get(viewer: Viewer, id: string): Promise<MeetAndGreetSessionEntity> {
    const session = await sessionVisibleTo(this.dataSource.manager, viewer, id, { lock: false });
    if (!session) throw new SessionNotFoundError();
    return session;
  }

  /** Sessions the viewer runs or takes part in, latest first. */
  list(viewer: Viewer): Promise<MeetAndGreetSessionEntity[]> {
    return sessionsVisibleTo(this.dataSource.manager, viewer);
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
        throw new NoCurrentPlanError();
      await tx.update(MeetAndGreetSessionEntity, id, {
        status: SessionStatus.PUBLISHED,
        publishedAt: now,
        updatedAt: now,
      });
      // Everyone with a meeting gets a new agenda to look at.
      await this.notifications.notify(tx, await participantsWithMeetings(tx, id), {
        kind: 'SESSION_AGENDA_PUBLISHED',
        subjectType: 'MEET_AND_GREET_SESSION',
        subjectId: id,
        text: {
          en: `Your agenda for "${session.title}" on ${session.sessionDate} is ready, with a calendar link.`,
          nl: `Je agenda voor "${session.title}" op ${session.sessionDate} staat klaar, met een agendalink.`,
        },
      });
      await bumpAgendasOfScheduled(tx, id);
    });
  }

  unpublish(viewer: Viewer, id: string, now = new Date()): Promise<MeetAndGreetSessionEntity> {
    return this.change(viewer, id, async (tx, session) => {
      if (session.status !== SessionStatus.PUBLISHED) throw new PlanNotPublishedError();
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
    if (!runsSession(viewer, ofMeeting))
      refuse(await this.takesPartIn(viewer, meeting), () => new MeetingNotFoundError());
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
    await bumpInputVersion(tx, session.id);
    if (session.status === SessionStatus.PUBLISHED) await this.queuePlanning(tx, session.id);
  }

  /**
   * Loads and locks the session the viewer sees, checks they run it, applies the change; returns the session
   * after it.
   */
  private async change(
    viewer: Viewer,
    id: string,
    work: (tx: EntityManager, session: MeetAndGreetSessionEntity) => Promise<void>,
  ): Promise<MeetAndGreetSessionEntity> {
    return this.dataSource.transaction(async (tx) => {
      const session = await sessionVisibleTo(tx, viewer, id, { lock: true });
      if (!session) throw new SessionNotFoundError();
      assertRunsSession(viewer, session);
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

  /** Whether the viewer sees a session already loaded: its mobility team, or someone taking part in it. */
  maySee(tx: EntityManager, viewer: Viewer, session: MeetAndGreetSessionEntity): Promise<boolean> {
    return sessionSeenBy(tx, viewer, session);
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
