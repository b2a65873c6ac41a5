import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  candidatePlace,
  candidatePlaces,
  candidatePublicCodes,
  type CandidatePlace,
} from '@werkbrug/candidates/candidate-records.store';
import { Role, type Viewer } from '@werkbrug/core';
import { employerNames } from '@werkbrug/employers/employer-directory.store';
import { vacancyTitles } from '@werkbrug/vacancies/vacancy-records.store';
import { DataSource } from 'typeorm';
import type {
  AgendaEntry,
  ParticipantAgenda,
  SessionSummary,
  TablePlan,
  TablePlanCell,
} from './agenda.types';
import { actsForCandidate, actsForEmployer, assertRunsSession, refuse, runsSession } from './session-access';
import { meetingsOf, type StoredMeeting } from './session-meeting.store';
import {
  agendaState,
  markAgendaSeen,
  participantByCalendarToken,
  type AgendaState,
  type ParticipantRef,
} from './session-participation.store';
import { sessionSlotTimes } from './session-slots';
import { MeetAndGreetSessionEntity, SessionUnmetWishEntity } from './session.entities';
import { SessionStatus, WishSide } from './session.enums';
import { ParticipantNotFoundError } from './sessions.errors';
import { SessionsService } from './sessions.service';

interface MeetingRow extends Omit<StoredMeeting, 'vacancyId'> {
  candidateCode: string;
  employerName: string;
  vacancyTitle: string | null;
}

export interface AgendaView extends ParticipantAgenda {
  /** Whether the owner has not yet seen the latest change to their agenda. */
  readonly changedSinceSeen: boolean;
  readonly published: boolean;
  /** Path of the participant's calendar feed; only given to the participant's own side. */
  readonly calendarPath: string | null;
}

/**
 * Agendas, the table plan, calendar feeds and unmet wishes. Participants see only their own agenda, and only
 * once the plan is published; the mobility team sees every agenda and the whole plan at any time.
 * Candidates appear only by public code: a plan never reveals anyone's identity.
 */
@Injectable()
export class SessionViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  async agenda(viewer: Viewer, sessionId: string, who: ParticipantRef): Promise<AgendaView> {
    const session = await this.sessions.get(viewer, sessionId);
    const owner = await this.ownerRow(sessionId, who);
    const coordinator = runsSession(viewer, session);
    const ownSide =
      'candidateId' in who
        ? actsForCandidate(viewer, { id: who.candidateId, employerId: owner.ownerEmployerId ?? '' })
        : actsForEmployer(viewer, who.employerId);
    if (!coordinator && !ownSide) throw new ParticipantNotFoundError();
    return this.buildAgenda(
      session,
      who,
      owner,
      coordinator || session.status !== SessionStatus.OPEN,
      ownSide,
    );
  }

  /** The agenda behind a calendar feed URL; null when the token is unknown (calendar apps cannot log in). */
  async agendaByCalendarToken(token: string): Promise<ParticipantAgenda | null> {
    const participant = await participantByCalendarToken(this.dataSource.manager, token);
    if (!participant) return null;
    const { sessionId, who } = participant;
    const session = await this.dataSource.manager.findOneByOrFail(MeetAndGreetSessionEntity, {
      id: sessionId,
    });
    return this.buildAgenda(
      session,
      who,
      await this.ownerRow(sessionId, who),
      session.status !== SessionStatus.OPEN,
      false,
    );
  }

  async markAgendaSeen(viewer: Viewer, sessionId: string, who: ParticipantRef): Promise<AgendaView> {
    const agenda = await this.agenda(viewer, sessionId, who);
    // Only the agenda's own side marks it seen; the coordinator, who sees it too, is refused.
    if (!agenda.calendarPath) refuse(true);
    await markAgendaSeen(this.dataSource.manager, sessionId, who);
    return { ...agenda, changedSinceSeen: false };
  }

  async tablePlan(viewer: Viewer, sessionId: string): Promise<TablePlan> {
    const session = await this.sessions.get(viewer, sessionId);
    assertRunsSession(viewer, session);
    const slots = sessionSlotTimes(session);
    const meetings = await this.meetings(sessionId, null);
    const grid: (TablePlanCell | null)[][] = Array.from({ length: session.tableCount }, () =>
      slots.map(() => null),
    );
    for (const m of meetings)
      grid[m.tableNo][m.slot] = {
        meetingId: m.id,
        employer: m.employerName,
        representative: m.representative + 1,
        candidate: m.candidateCode,
        locked: m.locked,
        outcome: m.outcome,
      };
    return { session: summaryOf(session), slots, tables: grid.map((cells, i) => ({ table: i + 1, cells })) };
  }

  async unmetWishes(viewer: Viewer, sessionId: string): Promise<SessionUnmetWishEntity[]> {
    const session = await this.sessions.get(viewer, sessionId);
    const all = await this.dataSource.manager.find(SessionUnmetWishEntity, { where: { sessionId } });
    if (runsSession(viewer, session)) return all;
    const places =
      viewer.role === Role.HR_LEAD
        ? await candidatePlaces(
            this.dataSource.manager,
            all.map((w) => w.candidateId),
          )
        : new Map<string, CandidatePlace>();
    const ownCandidates = new Set(
      [...places.values()].filter((c) => actsForCandidate(viewer, c)).map((c) => c.id),
    );
    if (viewer.role === Role.JOB_SEEKER) ownCandidates.add(viewer.candidateId);
    return all.filter((w) =>
      w.side === WishSide.EMPLOYER ? actsForEmployer(viewer, w.employerId) : ownCandidates.has(w.candidateId),
    );
  }

  private async buildAgenda(
    session: MeetAndGreetSessionEntity,
    who: ParticipantRef,
    owner: OwnerRow,
    visible: boolean,
    ownSide: boolean,
  ): Promise<AgendaView> {
    const slots = sessionSlotTimes(session);
    const meetings = visible ? await this.meetings(session.id, who) : [];
    const isCandidate = 'candidateId' in who;
    const entries: AgendaEntry[] = meetings.map((m) => ({
      ...slots[m.slot],
      meetingId: m.id,
      table: m.tableNo + 1,
      representative: m.representative + 1,
      counterpart: isCandidate ? m.employerName : m.candidateCode,
      vacancyTitle: m.vacancyTitle,
    }));
    return {
      session: summaryOf(session),
      participantKind: isCandidate ? 'CANDIDATE' : 'EMPLOYER',
      participantLabel: owner.label,
      entries,
      published: session.status !== SessionStatus.OPEN,
      changedSinceSeen: owner.agendaVersion > owner.seenAgendaVersion,
      calendarPath: ownSide ? `/calendar/${owner.calendarToken}.ics` : null,
    };
  }

  /** The meetings, named by the candidates' public codes, the employers' names and the vacancies' titles. */
  private async meetings(sessionId: string, who: ParticipantRef | null): Promise<MeetingRow[]> {
    const manager = this.dataSource.manager;
    const rows = await meetingsOf(manager, sessionId, who);
    const distinct = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
    const codes = await candidatePublicCodes(manager, distinct(rows.map((m) => m.candidateId)));
    const names = await employerNames(manager, distinct(rows.map((m) => m.employerId)));
    const titles = await vacancyTitles(manager, distinct(rows.map((m) => m.vacancyId)));
    return rows.flatMap(({ vacancyId, ...m }) => {
      const candidateCode = codes.get(m.candidateId);
      const employerName = names.get(m.employerId);
      // Participants' rows reference both (foreign keys): a meeting without them is not shown, as a join would not.
      if (candidateCode === undefined || employerName === undefined) return [];
      const vacancyTitle = vacancyId === null ? null : (titles.get(vacancyId) ?? null);
      return [{ ...m, candidateCode, employerName, vacancyTitle }];
    });
  }

  private async ownerRow(sessionId: string, who: ParticipantRef): Promise<OwnerRow> {
    const row = await agendaState(this.dataSource.manager, sessionId, who);
    const owner = row && (await this.ownerLabel(who));
    if (!owner) throw new ParticipantNotFoundError();
    return { ...owner, ...row };
  }

  /** How the agenda names its owner: a candidate by public code (with the employer that posted them). */
  private async ownerLabel(who: ParticipantRef): Promise<Pick<OwnerRow, 'label' | 'ownerEmployerId'> | null> {
    const manager = this.dataSource.manager;
    if ('employerId' in who) {
      const name = (await employerNames(manager, [who.employerId])).get(who.employerId);
      return name === undefined ? null : { label: name, ownerEmployerId: null };
    }
    const place = await candidatePlace(manager, who.candidateId, { lock: false });
    const code = (await candidatePublicCodes(manager, [who.candidateId])).get(who.candidateId);
    return place && code !== undefined ? { label: code, ownerEmployerId: place.employerId } : null;
  }
}

interface OwnerRow extends AgendaState {
  label: string;
  ownerEmployerId: string | null;
}

export function summaryOf(session: MeetAndGreetSessionEntity): SessionSummary {
  return {
    id: session.id,
    title: session.title,
    venue: session.venue,
    date: session.sessionDate,
    timeZone: session.timeZone,
    planVersion: session.planVersion,
    publishedAt: session.publishedAt,
  };
}
