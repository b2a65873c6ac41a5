import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  candidatePlace,
  candidatePlaces,
  candidatePublicCodes,
  type CandidatePlace,
} from '@werkbrug/candidates/candidate-records';
import { ForbiddenError, Role, type Viewer } from '@werkbrug/core';
import { employerNames } from '@werkbrug/employers/employer-directory';
import { vacancyTitles } from '@werkbrug/vacancies/vacancy-records';
import { DataSource } from 'typeorm';
import type {
  AgendaEntry,
  ParticipantAgenda,
  SessionSummary,
  TablePlan,
  TablePlanCell,
} from './agenda.types';
import { actsForCandidate, actsForEmployer, runsSession } from './session-access';
import type { ParticipantRef } from './session-participation.service';
import { sessionSlotTimes } from './session-slots';
import { MeetAndGreetSessionEntity, SessionUnmetWishEntity } from './session.entities';
import { SessionStatus, WishSide, type MeetingOutcome } from './session.enums';
import { ParticipantNotFoundError } from './sessions.errors';
import { SessionsService } from './sessions.service';

interface MeetingRow {
  id: string;
  slot: number;
  representative: number;
  tableNo: number;
  candidateId: string;
  employerId: string;
  candidateCode: string;
  employerName: string;
  vacancyTitle: string | null;
  locked: boolean;
  outcome: MeetingOutcome | null;
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
    const rows: { sessionId: string; candidateId: string | null; employerId: string | null }[] =
      await this.dataSource.query(
        `SELECT session_id AS "sessionId", candidate_id AS "candidateId", NULL AS "employerId" FROM session_candidate WHERE calendar_token = $1
       UNION ALL SELECT session_id, NULL, employer_id FROM session_employer WHERE calendar_token = $1`,
        [token],
      );
    if (rows.length !== 1) return null;
    const { sessionId, candidateId, employerId } = rows[0];
    const session = await this.dataSource.manager.findOneByOrFail(MeetAndGreetSessionEntity, {
      id: sessionId,
    });
    const who: ParticipantRef = candidateId ? { candidateId } : { employerId: employerId! };
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
    if (!agenda.calendarPath) throw new ForbiddenError();
    const [table, column, id] =
      'candidateId' in who
        ? ['session_candidate', 'candidate_id', who.candidateId]
        : ['session_employer', 'employer_id', who.employerId];
    await this.dataSource.query(
      `UPDATE ${table} SET seen_agenda_version = agenda_version WHERE session_id = $1 AND ${column} = $2`,
      [sessionId, id],
    );
    return { ...agenda, changedSinceSeen: false };
  }

  async tablePlan(viewer: Viewer, sessionId: string): Promise<TablePlan> {
    const session = await this.sessions.get(viewer, sessionId);
    if (!runsSession(viewer, session)) throw new ForbiddenError();
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
    const filter =
      who === null ? '' : 'candidateId' in who ? 'AND m.candidate_id = $2' : 'AND m.employer_id = $2';
    const params =
      who === null ? [sessionId] : [sessionId, 'candidateId' in who ? who.candidateId : who.employerId];
    const rows: (Omit<MeetingRow, 'candidateCode' | 'employerName' | 'vacancyTitle'> & {
      vacancyId: string | null;
    })[] = await this.dataSource.query(
      `SELECT m.id, m.slot, m.representative, m.table_no AS "tableNo", m.candidate_id AS "candidateId",
              m.employer_id AS "employerId", m.vacancy_id AS "vacancyId", m.locked, m.outcome
       FROM session_meeting m WHERE m.session_id = $1 ${filter} ORDER BY m.slot, m.table_no`,
      params,
    );
    const manager = this.dataSource.manager;
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
    const [table, column, id] =
      'candidateId' in who
        ? ['session_candidate', 'candidate_id', who.candidateId]
        : ['session_employer', 'employer_id', who.employerId];
    const [row]: Omit<OwnerRow, 'label' | 'ownerEmployerId'>[] = await this.dataSource.query(
      `SELECT agenda_version AS "agendaVersion", seen_agenda_version AS "seenAgendaVersion",
              calendar_token AS "calendarToken"
       FROM ${table} WHERE session_id = $1 AND ${column} = $2`,
      [sessionId, id],
    );
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

interface OwnerRow {
  label: string;
  ownerEmployerId: string | null;
  agendaVersion: number;
  seenAgendaVersion: number;
  calendarToken: string;
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
