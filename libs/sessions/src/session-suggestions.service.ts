import { networkScope } from '@werkbrug/networks/network-members.store';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import { assertRunsSession } from './session-access';
import { participantsOf } from './session-participation.store';
import type { MeetAndGreetSessionEntity } from './session.entities';
import { ParticipationStatus } from './session.enums';
import { SessionsService } from './sessions.service';
import { compareUuids } from './uuid-order';
import { matchableCandidatesInRegion } from '@werkbrug/candidates/matchable-candidates.store';
import { employersInRegion } from '@werkbrug/employers/employer-directory.store';
import { candidateListReach, employerListReach, listedIds } from '@werkbrug/matching/match-records';
import { openVacanciesAmong, openVacanciesOf } from '@werkbrug/vacancies/vacancy-records.store';

export interface SuggestedCandidate {
  readonly candidateId: string;
  readonly publicCode: string;
  /** Best match score with an open vacancy of another employer (of the invited employers, once there are any). */
  readonly bestScore: number;
  readonly matchingEmployers: number;
  readonly contractEndDate: string | null;
}

export interface SuggestedEmployer {
  readonly employerId: string;
  readonly name: string;
  /** Candidates (invited ones, once there are any) on the match lists of the employer's open vacancies. */
  readonly matchingCandidates: number;
  readonly bestScore: number;
}

/**
 * Whom to invite, from the match lists: candidates with strong matches at the invited employers (earliest
 * contract end first among equals: matching should start months before a contract ends), and employers whose
 * open vacancies match many of the invited candidates. Before anyone is invited, the whole region counts.
 */
@Injectable()
export class SessionSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  async candidates(viewer: Viewer, sessionId: string, limit: number): Promise<SuggestedCandidate[]> {
    const session = await this.sessions.get(viewer, sessionId);
    assertRunsSession(viewer, session);
    const manager = this.dataSource.manager;
    const invited = invitedOf(await participantsOf(manager, sessionId, 'employers'));
    const inSession = new Set((await participantsOf(manager, sessionId, 'candidates')).map((p) => p.id));
    const members = await this.networkMembers(session);
    const candidates = (await matchableCandidatesInRegion(manager, session.regionCode)).filter(
      (c) => !inSession.has(c.id) && (!members || members.has(c.employerId)),
    );
    const candidateIds = candidates.map((c) => c.id);
    // Open vacancies of the invited employers; before anyone is invited, any open vacancy on the candidates' lists
    // (in a network's session, the members' vacancies).
    const vacancies = invited.length
      ? await openVacanciesOf(manager, invited)
      : members
        ? await openVacanciesOf(manager, [...members])
        : await openVacanciesAmong(manager, await listedIds(manager, 'CANDIDATE', candidateIds));
    const reach = await candidateListReach(manager, candidates, vacancies);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    return reach
      .map((r) => {
        const c = byId.get(r.candidateId)!;
        return {
          candidateId: c.id,
          publicCode: c.publicCode,
          bestScore: r.bestScore,
          matchingEmployers: r.employers,
          contractEndDate: c.contractEndDate,
        };
      })
      .sort(
        (a, b) =>
          b.bestScore - a.bestScore ||
          nullsLast(a.contractEndDate, b.contractEndDate) ||
          compareUuids(a.candidateId, b.candidateId),
      )
      .slice(0, limit);
  }

  async employers(viewer: Viewer, sessionId: string, limit: number): Promise<SuggestedEmployer[]> {
    const session = await this.sessions.get(viewer, sessionId);
    assertRunsSession(viewer, session);
    const manager = this.dataSource.manager;
    const invited = invitedOf(await participantsOf(manager, sessionId, 'candidates'));
    const inSession = new Set((await participantsOf(manager, sessionId, 'employers')).map((p) => p.id));
    const members = await this.networkMembers(session);
    const employers = (await employersInRegion(manager, session.regionCode)).filter(
      (e) => !inSession.has(e.id) && (!members || members.has(e.id)),
    );
    const employerIds = employers.map((e) => e.id);
    const vacancies = await openVacanciesOf(manager, employerIds);
    const reach = await employerListReach(manager, vacancies, invited.length ? invited : null);
    const names = new Map(employers.map((e) => [e.id, e.name]));
    return reach
      .map((r) => ({
        employerId: r.employerId,
        name: names.get(r.employerId)!,
        matchingCandidates: r.candidates,
        bestScore: r.bestScore,
      }))
      .sort(
        (a, b) =>
          b.matchingCandidates - a.matchingCandidates ||
          b.bestScore - a.bestScore ||
          compareUuids(a.employerId, b.employerId),
      )
      .slice(0, limit);
  }

  /** A network's session suggests only its active members and their candidates; null for a regional session. */
  private async networkMembers(session: MeetAndGreetSessionEntity): Promise<Set<string> | null> {
    if (!session.networkId) return null;
    return new Set((await networkScope(this.dataSource.manager, session.networkId))?.employerIds ?? []);
  }
}

/** The invited: participants who have not declined. */
function invitedOf(participants: readonly { id: string; status: ParticipationStatus }[]): string[] {
  return participants.filter((p) => p.status !== ParticipationStatus.DECLINED).map((p) => p.id);
}

/** Dates as YYYY-MM-DD text, earliest first, none last. */
function nullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
