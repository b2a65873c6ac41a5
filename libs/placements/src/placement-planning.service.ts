import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationsService } from '@werkbrug/notifications';
import { localDateText, type LocalisedMessage } from '@werkbrug/core';
import { proposePlacement } from '@werkbrug/scheduling-core';
import { DataSource, type EntityManager } from 'typeorm';
import { PlacementConflictsService } from './placement-conflicts.service';
import { PlacementEntity, PlacementEventEntity } from './placement.entities';
import { personOf } from './placement-person';
import { lockCandidateAndHost } from './placement-locks.store';
import { PlacementStatus } from './placement.enums';
import { placementMessage, partiesOf } from './placement-notifications';
import { planProblemText } from './placement-plan-problem';

/**
 * The worker's side: proposes dates and weekly hours for a placement whose parties left them open (lead time,
 * the candidate's other placements, the contract's hours and end, the host's capacity), under a lock on the
 * candidate and the host so two proposals never take the same capacity.
 */
@Injectable()
export class PlacementPlanningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conflicts: PlacementConflictsService,
    private readonly notifications: NotificationsService,
  ) {}

  async plan(placementId: string, today = new Date().toISOString().slice(0, 10)): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const peek = await tx.findOneBy(PlacementEntity, { id: placementId });
      if (!peek || peek.candidateId === null) return 'gone';
      await lockCandidateAndHost(tx, peek.candidateId, peek.hostEmployerId);
      // Locked, and read again: the parties may have set dates themselves since the job was queued.
      const placement = await tx.findOneOrFail(PlacementEntity, {
        where: { id: placementId },
        lock: { mode: 'pessimistic_write' },
      });
      if (placement.status !== PlacementStatus.PROPOSED || placement.startDate !== null)
        return 'nothing to plan';
      const context = await this.conflicts.planningContext(tx, placement);
      const proposal = proposePlacement(
        {
          candidateId: personOf(placement),
          hostEmployerId: placement.hostEmployerId,
          kind: placement.kind,
          hoursPerWeek: placement.requestedHoursPerWeek,
          durationWeeks: placement.durationWeeks,
          contractHoursPerWeek: placement.contractHoursPerWeek,
          ownWorkHoursPerWeek: placement.ownWorkHoursPerWeek,
          notBefore: placement.notBefore,
          today,
        },
        context.contract,
        context.others,
        context.capacities,
      );
      if (!proposal.feasible) {
        const detail = { reason: proposal.reason, ...proposal.detail };
        // Every party reads the notification and the history, the host too: without the contract's end date.
        const problem = planProblemText(detail, 'HOST');
        await tx.update(PlacementEntity, placementId, {
          planProblem: problem.en,
          planProblemDetail: detail,
          plannedAt: new Date(),
          version: placement.version + 1,
        });
        await this.record(tx, placement, 'NOT_PLANNED', problem);
        const after = await tx.findOneByOrFail(PlacementEntity, { id: placementId });
        await this.notifications.notify(tx, partiesOf(after), placementMessage('NOT_PLANNED', after));
        return proposal.reason;
      }
      await tx.update(PlacementEntity, placementId, {
        startDate: proposal.start,
        endDate: proposal.end,
        hoursPerWeek: proposal.hoursPerWeek,
        planWarnings: [...proposal.warnings],
        planProblem: null,
        planProblemDetail: null,
        plannedAt: new Date(),
        version: placement.version + 1,
      });
      await this.record(
        tx,
        placement,
        'PLANNED',
        plannedNote(proposal.start, proposal.end, proposal.hoursPerWeek),
      );
      const after = await tx.findOneByOrFail(PlacementEntity, { id: placementId });
      await this.conflicts.refresh(tx, after);
      await this.notifications.notify(tx, partiesOf(after), placementMessage('PLANNED', after));
      return 'planned';
    });
  }

  /** The worker's steps are in the placement's history too, with no user behind them. */
  private async record(
    tx: EntityManager,
    placement: PlacementEntity,
    event: string,
    note: LocalisedMessage,
  ): Promise<void> {
    await tx.insert(PlacementEventEntity, {
      placementId: placement.id,
      event,
      fromStatus: placement.status,
      toStatus: placement.status,
      actorUserId: null,
      actorRole: 'WORKER',
      note: note.nl,
      noteEn: note.en,
    });
  }
}

/** The dates and hours the worker proposed, as each reader reads them in the history. */
export function plannedNote(start: string, end: string, hoursPerWeek: number): LocalisedMessage {
  return {
    nl: `${localDateText(start, 'nl')} – ${localDateText(end, 'nl')}, ${hoursPerWeek} uur per week`,
    en: `${localDateText(start, 'en')} – ${localDateText(end, 'en')}, ${hoursPerWeek} hours a week`,
  };
}
