import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { candidateVisibility, CandidateProfileEntity } from '@werkbrug/candidates';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  Role,
  type Viewer,
} from '@werkbrug/core';
import { MatchCaseEntity, MatchCaseState } from '@werkbrug/matching';
import { NotificationsService } from '@werkbrug/notifications';
import { OutboxService, planPlacement } from '@werkbrug/queue';
import { VacancyEntity } from '@werkbrug/vacancies';
import { cleanFreeText } from '@werkbrug/privacy-guard/assert-no-personal-data';
import { DataSource, type EntityManager } from 'typeorm';
import { isBlocking } from '@werkbrug/scheduling-core';
import { partyOf } from './placement-access';
import { lockCandidateAndHost } from './placement-locks';
import { PlacementConflictsService } from './placement-conflicts.service';
import { applyPlacementAction, PlacementRuleError, type PlacementAction } from './placement-lifecycle';
import { PlacementEntity, PlacementEventEntity } from './placement.entities';
import { PlacementKind, PlacementParty, PlacementStatus } from './placement.enums';
import { placementMessage, partiesOf } from './placement-notifications';
import { assertCoherentTerms, DEFAULT_DURATION_WEEKS, type PlacementTerms } from './placement-terms';

export class PlacementNotFoundError extends NotFoundError {
  constructor() {
    super('Placement', 'Plaatsing');
  }
}

const PLACEMENT_KINDS = new Set<string>(Object.values(PlacementKind));
const MAX_WEEKLY_HOURS = 48;
const MAX_DURATION_WEEKS = 104;

/**
 * Placement agreements and their lifecycle. Every transition is checked (placement-lifecycle.ts), recorded with
 * who and when, and told to the parties; dates and hours come from the parties or from the worker's proposal,
 * and every change of them re-checks the conflicts of the candidate's and the host's placements.
 */
@Injectable()
export class PlacementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly conflicts: PlacementConflictsService,
  ) {}

  /** An HR lead of the candidate's employer or of the host, or the region's mobility team, proposes a placement. */
  async propose(
    viewer: Viewer,
    candidateId: string,
    hostEmployerId: string,
    terms: PlacementTerms,
    matchCaseId: string | null = null,
  ) {
    assertCoherentTerms(terms);
    return this.dataSource.transaction(async (tx) => {
      const candidate = await tx.findOne(CandidateProfileEntity, {
        where: { id: candidateId },
        relations: { sharedWith: true },
      });
      if (!candidate || candidateVisibility(viewer, candidate) === null)
        throw new NotFoundError('Candidate', 'Kandidaat');
      const host: { region_code: string }[] = await tx.query(
        `SELECT region_code FROM employer WHERE id = $1`,
        [hostEmployerId],
      );
      if (host.length === 0 || host[0].region_code !== candidate.regionCode)
        throw new NotFoundError('Employer', 'Werkgever');
      if (hostEmployerId === candidate.employerId)
        throw new InvalidInputError(
          { en: 'A placement is with another employer.', nl: 'Een plaatsing is bij een andere werkgever.' },
          { field: 'hostEmployerId' },
        );
      const draft = {
        lendingEmployerId: candidate.employerId,
        hostEmployerId,
        candidateId,
        regionCode: candidate.regionCode,
      };
      const party = partyOf(viewer, draft);
      if (party === null || party === PlacementParty.CANDIDATE) throw new ForbiddenError();
      const placement = await tx.save(
        tx.create(PlacementEntity, {
          ...draft,
          ...terms,
          workDays: [...terms.workDays],
          matchCaseId,
          status: PlacementStatus.PROPOSED,
          // Proposing with dates is agreeing to them.
          lenderAgreed: party === PlacementParty.LENDER && terms.startDate !== null,
          hostAgreed: party === PlacementParty.HOST && terms.startDate !== null,
          candidateConsented: false,
          planWarnings: [],
          conflicts: [],
          version: 1,
          createdByUserId: viewer.userId,
          updatedAt: new Date(),
        }),
      );
      await this.record(
        tx,
        viewer,
        placement.id,
        'PROPOSED',
        PlacementStatus.PROPOSED,
        PlacementStatus.PROPOSED,
        null,
      );
      if (terms.startDate === null) await this.outbox.publish(tx, planPlacement(placement.id));
      else await this.conflicts.refresh(tx, placement);
      await this.notifications.notify(tx, partiesOf(placement), placementMessage('PROPOSED', placement));
      return tx.findOneByOrFail(PlacementEntity, { id: placement.id });
    });
  }

  /**
   * A placement from a match whose candidate agreed to the introduction, for a vacancy that is a secondment,
   * project hire, trial placement or work experience: kind, host and hours come from the match.
   */
  async proposeFromMatch(
    viewer: Viewer,
    matchCaseId: string,
    terms: Omit<PlacementTerms, 'kind' | 'requestedHoursPerWeek' | 'durationWeeks'> &
      Partial<Pick<PlacementTerms, 'requestedHoursPerWeek' | 'durationWeeks'>>,
  ) {
    const matchCase = await this.dataSource.manager.findOneBy(MatchCaseEntity, { id: matchCaseId });
    const vacancy =
      matchCase && (await this.dataSource.manager.findOneBy(VacancyEntity, { id: matchCase.vacancyId }));
    if (!matchCase || !vacancy) throw new NotFoundError('Match', 'Match');
    if (!PLACEMENT_KINDS.has(vacancy.kind))
      throw new ConflictError({
        en: 'This vacancy is a job, not a secondment, trial placement or work experience.',
        nl: 'Deze vacature is een baan, geen detachering, proefplaatsing of meeloopstage.',
      });
    if (matchCase.state !== MatchCaseState.INTRODUCED)
      throw new ConflictError({
        en: 'A placement follows an introduction the candidate agreed to.',
        nl: 'Een plaatsing volgt op een kennismaking waarmee de kandidaat heeft ingestemd.',
      });
    const kind = vacancy.kind as unknown as PlacementKind;
    return this.propose(
      viewer,
      matchCase.candidateId,
      vacancy.employerId,
      {
        ...terms,
        kind,
        requestedHoursPerWeek: terms.requestedHoursPerWeek ?? Math.min(vacancy.hoursMax, MAX_WEEKLY_HOURS),
        durationWeeks:
          terms.durationWeeks ??
          (vacancy.contractDurationMonths
            ? Math.min(Math.round(vacancy.contractDurationMonths * 4.33), MAX_DURATION_WEEKS)
            : DEFAULT_DURATION_WEEKS[kind]),
      },
      matchCaseId,
    );
  }

  /** Changes dates, hours or other terms before the start: everyone is asked again and conflicts are re-checked. */
  async changeTerms(viewer: Viewer, id: string, terms: PlacementTerms) {
    assertCoherentTerms(terms);
    return this.act(viewer, id, { kind: 'CHANGE_TERMS' }, null, false, async (tx) => {
      await tx.update(PlacementEntity, id, {
        ...terms,
        workDays: [...terms.workDays],
        planWarnings: [],
        planProblem: null,
      });
      if (terms.startDate === null) await this.outbox.publish(tx, planPlacement(id));
    });
  }

  agree(viewer: Viewer, id: string, onBehalfOfCandidate = false) {
    return this.act(viewer, id, { kind: 'AGREE' }, null, onBehalfOfCandidate);
  }

  decline(viewer: Viewer, id: string, reason: string, onBehalfOfCandidate = false) {
    return this.act(viewer, id, { kind: 'DECLINE' }, cleanNote(reason, 'reason'), onBehalfOfCandidate);
  }

  start(viewer: Viewer, id: string, today = new Date().toISOString().slice(0, 10)) {
    return this.act(viewer, id, { kind: 'START', today }, null);
  }

  end(viewer: Viewer, id: string, note: string | null) {
    return this.act(viewer, id, { kind: 'END' }, cleanNote(note, 'note'));
  }

  cancel(viewer: Viewer, id: string, reason: string) {
    return this.act(viewer, id, { kind: 'CANCEL' }, cleanNote(reason, 'reason'));
  }

  evaluate(viewer: Viewer, id: string, text: string, onBehalfOfCandidate = false) {
    const clean = cleanNote(text, 'evaluation');
    if (!clean)
      throw new InvalidInputError(
        { en: 'Write the evaluation.', nl: 'Schrijf de evaluatie.' },
        { field: 'evaluation' },
      );
    return this.act(viewer, id, { kind: 'EVALUATE', text: clean }, null, onBehalfOfCandidate);
  }

  recordFollowUp(viewer: Viewer, id: string, followUp: NonNullable<PlacementEntity['followUp']>) {
    return this.act(viewer, id, { kind: 'FOLLOW_UP', followUp }, null);
  }

  async get(viewer: Viewer, id: string): Promise<PlacementEntity> {
    const placement = await this.dataSource.manager.findOneBy(PlacementEntity, { id });
    if (!placement || partyOf(viewer, placement) === null) throw new PlacementNotFoundError();
    return placement;
  }

  async history(viewer: Viewer, id: string): Promise<PlacementEventEntity[]> {
    await this.get(viewer, id);
    return this.dataSource.manager.find(PlacementEventEntity, {
      where: { placementId: id },
      order: { id: 'ASC' },
    });
  }

  /** Placements the viewer is a party to (the whole region for its mobility team), newest first. */
  list(viewer: Viewer, status: PlacementStatus | null): Promise<PlacementEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(PlacementEntity, 'p')
      .orderBy('p.created_at', 'DESC')
      .limit(500);
    if (status) query.andWhere('p.status = :status', { status });
    switch (viewer.role) {
      case Role.HR_LEAD:
        return query
          .andWhere('(p.lending_employer_id = :e OR p.host_employer_id = :e)', { e: viewer.employerId })
          .getMany();
      case Role.JOB_SEEKER:
        return query.andWhere('p.candidate_id = :c', { c: viewer.candidateId }).getMany();
      case Role.MOBILITY_TEAM:
        return query.andWhere('p.region_code = :r', { r: viewer.regionCode }).getMany();
      case Role.ADMINISTRATOR:
        return Promise.resolve([]);
    }
  }

  /** Locks the placement, checks the party and the rule, applies it, records it and tells the parties. */
  private async act(
    viewer: Viewer,
    id: string,
    action: PlacementAction,
    note: string | null,
    onBehalfOfCandidate = false,
    alsoDo?: (tx: EntityManager) => Promise<void>,
  ): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (tx) => {
      const peek = await tx.findOneBy(PlacementEntity, { id });
      if (!peek || partyOf(viewer, peek, onBehalfOfCandidate) === null) throw new PlacementNotFoundError();
      await lockCandidateAndHost(tx, peek.candidateId, peek.hostEmployerId);
      const placement = await tx.findOneOrFail(PlacementEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const party = partyOf(viewer, placement, onBehalfOfCandidate)!;
      let facts;
      try {
        facts = applyPlacementAction(placement, party, action);
      } catch (error) {
        if (error instanceof PlacementRuleError)
          throw new ConflictError(error.localised, { status: placement.status });
        throw error;
      }
      const completing =
        facts.status === PlacementStatus.AGREED && placement.status !== PlacementStatus.AGREED;
      if ((completing || action.kind === 'START') && placement.conflicts.some(isBlocking))
        throw new ConflictError(
          {
            en: 'Resolve the placement’s conflicts first (see conflicts).',
            nl: 'Los eerst de conflicten van de plaatsing op (zie conflicts).',
          },
          { conflicts: placement.conflicts.filter(isBlocking).map((c) => c.kind) },
        );
      // The ledger counts what happened: ending early moves the end date (recording a start late does not mean it
      // started late, so the start date stays).
      const today = new Date().toISOString().slice(0, 10);
      const actual =
        action.kind === 'END' && placement.endDate && placement.endDate > today
          ? { endDate: placement.startDate && today < placement.startDate ? placement.startDate : today }
          : {};
      await tx.update(PlacementEntity, id, {
        ...facts,
        ...actual,
        version: placement.version + 1,
        updatedAt: new Date(),
      });
      await alsoDo?.(tx);
      const event = eventName(action, party);
      await this.record(tx, viewer, id, event, placement.status, facts.status, note);
      const after = await tx.findOneByOrFail(PlacementEntity, { id });
      if (
        action.kind === 'CHANGE_TERMS' ||
        action.kind === 'CANCEL' ||
        action.kind === 'DECLINE' ||
        action.kind === 'END' ||
        action.kind === 'START'
      )
        await this.conflicts.refresh(tx, after);
      await this.notifications.notify(tx, partiesOf(after), placementMessage(event, after));
      return tx.findOneByOrFail(PlacementEntity, { id });
    });
  }

  private async record(
    tx: EntityManager,
    viewer: Viewer,
    placementId: string,
    event: string,
    from: PlacementStatus,
    to: PlacementStatus,
    note: string | null,
  ) {
    await tx.insert(PlacementEventEntity, {
      placementId,
      event,
      fromStatus: from,
      toStatus: to,
      actorUserId: viewer.userId,
      actorRole: viewer.role,
      note,
    });
  }
}

function eventName(action: PlacementAction, party: PlacementParty): string {
  switch (action.kind) {
    case 'AGREE':
      return party === PlacementParty.CANDIDATE ? 'CANDIDATE_CONSENTED' : `${party}_AGREED`;
    case 'DECLINE':
      return `${party}_DECLINED`;
    case 'EVALUATE':
      return `${party}_EVALUATED`;
    case 'FOLLOW_UP':
      return `FOLLOW_UP_${action.followUp}`;
    case 'CHANGE_TERMS':
      return 'CHANGED';
    case 'START':
      return 'STARTED';
    case 'END':
      return 'ENDED';
    case 'CANCEL':
      return 'CANCELLED';
  }
}

const NOTE_MAX = 1000;

function cleanNote(value: string | null | undefined, field: string): string | null {
  return cleanFreeText(value, field, NOTE_MAX);
}
