import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  findViolations,
  planSchedule,
  replanSchedule,
  type Meeting,
  type SchedulePlan,
} from '@werkbrug/scheduling-core';
import type { SystemScope } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import { buildSessionInstance, unmetWishes, type SessionInstance } from './session-instance';
import { markChangedAgendas } from './session-agenda-changes';
import { sessionSlotTimes } from './session-slots';
import { replaceUnmetWishes } from './session-meeting.store';
import { loadPlanInputs, type PlanInputs } from './session-plan-inputs';
import { MeetAndGreetSessionEntity, SessionMeetingEntity, type PlanFigures } from './session.entities';
import { PlanStatus, SessionStatus } from './session.enums';

const EMPTY_FIGURES: PlanFigures = {
  meetings: 0,
  objective: 0,
  upperBound: 0,
  seconds: 0,
  candidatesBelowFloor: 0,
};

const WORKER: SystemScope = { system: 'worker' };

/** A change that arrived while planning makes the plan stale; plan again, a few times at most. */
const MAX_ROUNDS = 3;

/**
 * The worker's side: reads a session, plans it (or, once published, re-plans with the fewest changes), checks
 * the plan against every rule and stores it, marking the agendas that changed so their owners are told.
 * Meetings that are locked or already have an outcome are fixed facts for the planner.
 */
@Injectable()
export class SessionPlanningService {
  private readonly logger = new Logger(SessionPlanningService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async plan(sessionId: string, now = new Date()): Promise<PlanFigures | null> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const session = await this.dataSource.manager.findOneBy(MeetAndGreetSessionEntity, { id: sessionId });
      if (!session || session.status === SessionStatus.CLOSED) return null;
      const loaded = await this.dataSource.transaction('REPEATABLE READ', (tx) =>
        loadPlanInputs(tx, WORKER, session),
      );
      // Slots that have started are history: their meetings stay as they are (outcomes included) and nothing new
      // goes into them; only the rest of the day is planned.
      const startedSlots = sessionSlotTimes(session)
        .filter((slot) => slot.startsAt <= now)
        .map((slot) => slot.slot);
      const history = loaded.meetings.filter((m) => startedSlots.includes(m.slot));
      const inputs = { ...loaded, meetings: loaded.meetings.filter((m) => !startedSlots.includes(m.slot)) };
      const built = buildSessionInstance(inputs, { startedSlots, history });
      const started = performance.now();
      let plan: SchedulePlan;
      try {
        plan = this.compute(inputs, built);
      } catch (error) {
        await this.markFailed(session, error instanceof Error ? error.message : String(error));
        return null;
      }
      const seconds = (performance.now() - started) / 1000;
      const stored = await this.store(inputs, built, plan, seconds);
      if (stored) return stored;
      this.logger.log(`session ${sessionId} changed while planning; planning again`);
    }
    return null;
  }

  private compute(inputs: PlanInputs, built: SessionInstance) {
    const { instance } = built;
    const candidateIndex = new Map(built.candidateIds.map((id, i) => [id, i]));
    const employerIndex = new Map(built.employerIds.map((id, i) => [id, i]));
    const fixedOf = (m: SessionMeetingEntity) => {
      const candidate = candidateIndex.get(m.candidateId);
      const employer = employerIndex.get(m.employerId);
      return candidate === undefined || employer === undefined
        ? null
        : {
            candidate,
            employer,
            slot: m.slot,
            representative: m.representative,
            table: m.tableNo,
            locked: m.locked,
          };
    };
    const current = inputs.meetings.map(fixedOf).filter((m) => m !== null);
    const plan =
      inputs.session.status === SessionStatus.PUBLISHED
        ? replanSchedule(instance, current)
        : planSchedule(instance, { locked: current.filter((m) => m.locked) });
    const violations = findViolations(
      instance,
      plan.meetings,
      current.filter((m) => m.locked && !plan.dropped.includes(m)),
    );
    if (violations.length > 0) throw new Error(`the plan breaks a rule: ${violations[0]}`);
    return plan;
  }

  /** Stores the plan if nothing changed since its inputs were read; returns its figures, or null when stale. */
  private async store(
    inputs: PlanInputs,
    built: SessionInstance,
    plan: SchedulePlan,
    seconds: number,
  ): Promise<PlanFigures | null> {
    return this.dataSource.transaction(async (tx) => {
      const session = await tx.findOne(MeetAndGreetSessionEntity, {
        where: { id: inputs.session.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || session.inputVersion !== inputs.session.inputVersion) return null;
      if (session.status === SessionStatus.CLOSED) return { ...EMPTY_FIGURES };
      const written = await this.writeMeetings(tx, inputs, built, plan.meetings);
      const changedParticipants = written.participants;
      await replaceUnmetWishes(tx, WORKER, session.id, unmetWishes(inputs, built, plan.meetings));
      if (session.status === SessionStatus.PUBLISHED)
        await markChangedAgendas(tx, this.notifications, session, changedParticipants);
      const perCandidate = new Map<number, number>();
      for (const m of plan.meetings) perCandidate.set(m.candidate, (perCandidate.get(m.candidate) ?? 0) + 1);
      const figures: PlanFigures = {
        meetings: plan.meetings.length,
        objective: plan.objective,
        upperBound: plan.upperBound,
        seconds: Number(seconds.toFixed(3)),
        candidatesBelowFloor: built.candidateIds.filter(
          (_, c) => (perCandidate.get(c) ?? 0) < session.minMeetingsPerCandidate,
        ).length,
        // Against the stored plan, so meetings of people who left count as changed too.
        ...(inputs.meetings.length > 0
          ? { kept: written.kept, changed: written.changed, added: written.added }
          : {}),
      };
      const anyChange = changedParticipants.size > 0 || session.planVersion === 0;
      await tx.update(MeetAndGreetSessionEntity, session.id, {
        planStatus: PlanStatus.PLANNED,
        plannedInputVersion: inputs.session.inputVersion,
        planVersion: session.planVersion + (anyChange ? 1 : 0),
        planFigures: figures,
        planError: null,
        plannedAt: new Date(),
      });
      return figures;
    });
  }

  /** Writes the meetings as a diff by pair, so kept meetings keep their ids (calendar UIDs) and outcomes. */
  private async writeMeetings(
    tx: EntityManager,
    inputs: PlanInputs,
    built: SessionInstance,
    meetings: readonly Meeting[],
  ): Promise<{ participants: Set<string>; kept: number; changed: number; added: number }> {
    const changed = new Set<string>();
    const counts = { kept: 0, changed: 0, added: 0 };
    const touch = (candidateId: string, employerId: string) => {
      changed.add(`c:${candidateId}`);
      changed.add(`e:${employerId}`);
    };
    const existing = new Map(inputs.meetings.map((m) => [`${m.candidateId}:${m.employerId}`, m]));
    const next = new Map(
      meetings.map((m) => {
        const candidateId = built.candidateIds[m.candidate];
        const employerId = built.employerIds[m.employer];
        return [`${candidateId}:${employerId}`, { candidateId, employerId, m }];
      }),
    );
    for (const [key, old] of existing)
      if (!next.has(key)) {
        await tx.delete(SessionMeetingEntity, { id: old.id });
        touch(old.candidateId, old.employerId);
        counts.changed++;
      }
    for (const [key, { candidateId, employerId, m }] of next) {
      const old = existing.get(key);
      const seat = { slot: m.slot, representative: m.representative, tableNo: m.table };
      if (!old) {
        const score = built.scores.get(key);
        await tx.insert(SessionMeetingEntity, {
          sessionId: inputs.session.id,
          candidateId,
          employerId,
          vacancyId: score?.vacancyId ?? null,
          matchScore: score?.score ?? null,
          locked: false,
          ...seat,
        });
        touch(candidateId, employerId);
        counts.added++;
      } else if (old.slot !== m.slot || old.representative !== m.representative || old.tableNo !== m.table) {
        await tx.update(SessionMeetingEntity, old.id, seat);
        touch(candidateId, employerId);
        counts.changed++;
      } else counts.kept++;
    }
    return { participants: changed, ...counts };
  }

  private async markFailed(session: MeetAndGreetSessionEntity, message: string): Promise<void> {
    this.logger.error(`planning session ${session.id} failed: ${message}`);
    await this.dataSource.manager.update(MeetAndGreetSessionEntity, session.id, {
      planStatus: PlanStatus.FAILED,
      planError: message.slice(0, 500),
    });
  }
}
