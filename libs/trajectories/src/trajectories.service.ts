import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  activeCounsellors,
  staffDisplayNames,
  type StaffMember,
} from '@werkbrug/accounts/user-account.store';
import { CandidatesService } from '@werkbrug/candidates';
import { CandidateNotFoundError } from '@werkbrug/candidates/candidates.errors';
import { candidatePublicCodes, visibleCandidatePlace } from '@werkbrug/candidates/candidate-records.store';
import { definedFields, type Page, type PageRequest, Role, type Viewer } from '@werkbrug/core';
import { employerNames } from '@werkbrug/employers/employer-directory.store';
import {
  cleanFreeText,
  type PersonalDataCheckOptions,
} from '@werkbrug/privacy-guard/assert-no-personal-data';
import { OutboxService, refreshTrajectoryFacts } from '@werkbrug/queue';
import { SkillsService } from '@werkbrug/taxonomy';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import {
  AdviceReasonRequiredError,
  ClosingNoteRequiredError,
  ContactSummaryRequiredError,
  CounsellorNotInTeamError,
  DuplicateAssessmentDomainError,
  FirstSicknessDayRequiredError,
  InvalidTrajectoryDateError,
  PlanActionAlreadyDoneError,
  PlanActionForbiddenError,
  PlanActionNotFoundError,
  PlanRuleError,
  PreconditionsOnlyForSpoor2Error,
  ScreeningDateRequiredError,
  TrajectoryAlreadyOpenError,
  TrajectoryClosedError,
  TrajectoryForbiddenError,
  type TrajectoryRefusal,
  TrajectoryNotFoundError,
} from './trajectories.errors';
import {
  mayCompletePlanAction,
  mayTakeTrajectoryAction,
  TrajectoryAction,
  trajectoryVisibility,
} from './trajectory-access';
import { firstOfMonth, regionToday } from './trajectory-dates';
import type {
  CloseTrajectoryInput,
  ConfirmPreconditionInput,
  ContactInput,
  OpenTrajectoryInput,
  PlanActionInput,
  PlanInput,
  ScreeningInput,
} from './trajectory-input';
import { assertDate } from './trajectory-rules';
import { namedIds, presentTrajectory, type TrajectoryView } from './trajectory-view';
import type { TrajectoryEntity } from './trajectory.entities';
import {
  AssessmentDomain,
  ScreeningAdvice,
  SUCCESS_OUTCOMES,
  TrajectoryKind,
  TrajectoryStatus,
} from './trajectory.enums';
import { latestHireSince, reassignOpenFollowUps } from './hires.store';
import {
  findPlanAction,
  findTrajectory,
  insertContact,
  insertPlanAction,
  markPlanActionDone,
  replaceSearchDirections,
  searchDirectionIds,
  upsertProgressNote,
  insertTrajectory,
  openTrajectoryId,
  type TrajectoryFilter,
  trajectoryPage,
  trajectoryRecords,
  updateTrajectory,
  upsertAssessmentItems,
  upsertPrecondition,
} from './trajectory.store';

const NOTE_MAX = 2000;
const SUMMARY_MAX = 2000;
const ACTION_MAX = 500;
const MAX_SEARCH_DIRECTIONS = 10;

const REFUSAL_FOR: { readonly [A in TrajectoryAction]: TrajectoryRefusal } = {
  ASSIGN_COUNSELLOR: 'ONLY_THE_MOBILITY_TEAM',
  CONFIRM_PRECONDITION: 'ONLY_CLIENT_OR_COUNSELLOR',
  GUIDE: 'ONLY_THE_COUNSELLOR',
  WRITE_PROGRESS_NOTE: 'ONLY_THE_CANDIDATE',
};

/**
 * Guidance trajectories: the mobility team opens one for a candidate and assigns a counsellor, who records the
 * screening, the contacts and the ending; the client employer confirms the spoor-2 preconditions. Every change
 * runs in a transaction that holds the trajectory's row, so two people saving at once never lose a change.
 */
@Injectable()
export class TrajectoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly taxonomy: SkillsService,
    private readonly candidates: CandidatesService,
  ) {}

  async list(viewer: Viewer, filter: TrajectoryFilter, page: PageRequest): Promise<Page<TrajectoryView>> {
    const found = await trajectoryPage(this.dataSource.manager, viewer, filter, page);
    return { ...found, items: await this.present(this.dataSource.manager, viewer, found.items) };
  }

  async get(viewer: Viewer, id: string): Promise<TrajectoryView> {
    const trajectory = await findTrajectory(this.dataSource.manager, id, { lock: false });
    if (!trajectory || trajectoryVisibility(viewer, trajectory) === null) throw new TrajectoryNotFoundError();
    const [view] = await this.present(this.dataSource.manager, viewer, [trajectory]);
    return view;
  }

  /** Who can be a counsellor: the active members of the viewer's mobility team and the region's external counsellors. */
  async counsellors(viewer: Viewer): Promise<StaffMember[]> {
    if (viewer.role !== Role.MOBILITY_TEAM) throw new TrajectoryForbiddenError('ONLY_THE_MOBILITY_TEAM');
    return activeCounsellors(this.dataSource.manager, viewer.regionCode);
  }

  async open(viewer: Viewer, input: OpenTrajectoryInput): Promise<TrajectoryView> {
    return this.dataSource.transaction(async (tx) => {
      const candidate = await visibleCandidatePlace(tx, viewer, input.candidateId);
      if (!candidate) throw new CandidateNotFoundError();
      if (viewer.role !== Role.MOBILITY_TEAM) throw new TrajectoryForbiddenError('ONLY_THE_MOBILITY_TEAM');
      assertOpeningDates(input, regionToday());
      await assertCounsellor(tx, viewer.regionCode, input.counsellorUserId);
      const open = await openTrajectoryId(tx, input.candidateId);
      if (open) throw new TrajectoryAlreadyOpenError(open);
      const id = await insertTrajectory(tx, {
        candidateId: candidate.id,
        regionCode: candidate.regionCode,
        clientEmployerId: candidate.employerId,
        kind: input.kind,
        status: TrajectoryStatus.OPEN,
        counsellorUserId: input.counsellorUserId,
        startedOn: input.startedOn,
        firstSicknessDay: input.firstSicknessDay ?? null,
        plannedDismissalOn: input.plannedDismissalOn ?? null,
        functionalCapacityNote: null,
        functionalConclusion: null,
        conclusionSectors: null,
        conclusionMobility: null,
        conclusionTraining: null,
        conclusionObstacles: null,
        conclusionPeriod: null,
        advice: null,
        adviceReason: null,
        screenedOn: null,
        closedOn: null,
        outcome: null,
        closingNote: null,
        hireId: null,
        planGoals: null,
        planModules: [],
        planHoursPerWeek: null,
        planUpdatedOn: null,
        createdByUserId: viewer.userId,
      }).catch((error: unknown) => {
        // Two people opening one at the same moment: the unique index lets one through.
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
          throw new TrajectoryAlreadyOpenError(null);
        throw error;
      });
      await this.outbox.publish(tx, refreshTrajectoryFacts(candidate.id));
      return this.reread(tx, viewer, id);
    });
  }

  async assignCounsellor(viewer: Viewer, id: string, counsellorUserId: string): Promise<TrajectoryView> {
    return this.change(viewer, id, TrajectoryAction.ASSIGN_COUNSELLOR, async (tx, t) => {
      await assertCounsellor(tx, t.regionCode, counsellorUserId);
      await updateTrajectory(tx, t.id, { counsellorUserId });
      await reassignOpenFollowUps(tx, t.candidateId, t.counsellorUserId, counsellorUserId);
    });
  }

  async confirmPrecondition(
    viewer: Viewer,
    id: string,
    input: ConfirmPreconditionInput,
  ): Promise<TrajectoryView> {
    return this.change(viewer, id, TrajectoryAction.CONFIRM_PRECONDITION, async (tx, t) => {
      if (t.kind !== TrajectoryKind.SICKNESS_REINTEGRATION) throw new PreconditionsOnlyForSpoor2Error();
      assertDate('confirmedOn', input.confirmedOn, { today: regionToday(), notBefore: t.firstSicknessDay });
      await upsertPrecondition(tx, {
        trajectoryId: t.id,
        kind: input.kind,
        confirmedOn: input.confirmedOn,
        confirmedByUserId: viewer.userId,
      });
      await updateTrajectory(tx, t.id, {});
    });
  }

  async saveScreening(
    viewer: Viewer,
    id: string,
    input: ScreeningInput,
    check: PersonalDataCheckOptions,
  ): Promise<TrajectoryView> {
    return this.change(viewer, id, TrajectoryAction.GUIDE, async (tx, t) => {
      const items = screeningItems(input.items ?? [], check);
      const changes = screeningChanges(definedFields(input, ['items']), check);
      const screenedOn = changes.screenedOn === undefined ? t.screenedOn : changes.screenedOn;
      if (changes.screenedOn)
        assertDate('screenedOn', changes.screenedOn, { today: regionToday(), notBefore: t.startedOn });
      const advice = changes.advice === undefined ? t.advice : changes.advice;
      const adviceReason = changes.adviceReason === undefined ? t.adviceReason : changes.adviceReason;
      if (advice === ScreeningAdvice.NOT_FEASIBLE && !adviceReason) throw new AdviceReasonRequiredError();
      // An advice is dated: giving one without a screening date dates it today; clearing the date keeps none.
      if (advice && !screenedOn) {
        if (changes.screenedOn === null) throw new ScreeningDateRequiredError();
        changes.screenedOn = regionToday();
      }
      await upsertAssessmentItems(
        tx,
        items.map((item) => ({ ...item, trajectoryId: t.id, updatedByUserId: viewer.userId })),
      );
      await updateTrajectory(tx, t.id, changes);
    });
  }

  async logContact(
    viewer: Viewer,
    id: string,
    input: ContactInput,
    check: PersonalDataCheckOptions,
  ): Promise<TrajectoryView> {
    return this.change(viewer, id, TrajectoryAction.GUIDE, async (tx, t) => {
      assertDate('occurredOn', input.occurredOn, { today: regionToday(), notBefore: t.startedOn });
      const summary = cleanFreeText(input.summary, 'summary', SUMMARY_MAX, check);
      if (!summary) throw new ContactSummaryRequiredError();
      await insertContact(tx, {
        trajectoryId: t.id,
        occurredOn: input.occurredOn,
        kind: input.kind,
        durationMinutes: input.durationMinutes ?? null,
        summary,
        consequence: cleanFreeText(input.consequence, 'consequence', NOTE_MAX, check),
        recordedByUserId: viewer.userId,
      });
      await updateTrajectory(tx, t.id, {});
    });
  }

  /** The counsellor's plan: only the fields given change; search directions and modules are replaced whole. */
  async savePlan(
    viewer: Viewer,
    id: string,
    input: PlanInput,
    check: PersonalDataCheckOptions,
  ): Promise<TrajectoryView> {
    return this.change(viewer, id, TrajectoryAction.GUIDE, async (tx, t) => {
      const changes: Partial<TrajectoryEntity> = { planUpdatedOn: regionToday() };
      if (input.goals !== undefined) changes.planGoals = cleanFreeText(input.goals, 'goals', NOTE_MAX, check);
      if (input.hoursPerWeek !== undefined) changes.planHoursPerWeek = input.hoursPerWeek;
      if (input.modules !== undefined) {
        const modules = input.modules ?? [];
        if (new Set(modules).size !== modules.length) throw new PlanRuleError('MODULE_TWICE');
        changes.planModules = [...modules];
      }
      if (input.searchDirectionIds !== undefined) {
        const occupationIds = input.searchDirectionIds ?? [];
        if (new Set(occupationIds).size !== occupationIds.length)
          throw new PlanRuleError('SEARCH_DIRECTION_TWICE');
        if (occupationIds.length > MAX_SEARCH_DIRECTIONS)
          throw new PlanRuleError('TOO_MANY_SEARCH_DIRECTIONS');
        for (const occupationId of occupationIds)
          await this.taxonomy.requireOccupation(occupationId, 'searchDirectionIds');
        const before = await searchDirectionIds(tx, t.id);
        await replaceSearchDirections(tx, t.id, occupationIds);
        // The directions feed the person's match scores: rescored with the plan, not at the next rematch — and
        // only when they changed, since the plan form sends them with every save.
        if (before.join() !== occupationIds.join())
          await this.candidates.matchingInputChanged(tx, t.candidateId);
      }
      await updateTrajectory(tx, t.id, changes);
    });
  }

  /** The counsellor adds an action to the plan, for the candidate, themselves or the client employer. */
  async addPlanAction(
    viewer: Viewer,
    id: string,
    input: PlanActionInput,
    check: PersonalDataCheckOptions,
  ): Promise<TrajectoryView> {
    return this.change(viewer, id, TrajectoryAction.GUIDE, async (tx, t) => {
      const description = cleanFreeText(input.description, 'description', ACTION_MAX, check);
      if (!description) throw new PlanRuleError('ACTION_DESCRIPTION_REQUIRED');
      assertDate('dueOn', input.dueOn, {
        today: regionToday(),
        notBefore: t.startedOn,
        future: 'DEADLINE_WITHIN_A_YEAR',
      });
      await insertPlanAction(tx, {
        trajectoryId: t.id,
        description,
        owner: input.owner,
        dueOn: input.dueOn,
        createdByUserId: viewer.userId,
      });
      await updateTrajectory(tx, t.id, {});
    });
  }

  /** Marks an action done (today, or the day it was done): the counsellor, or the one the action is for. */
  async completePlanAction(viewer: Viewer, actionId: string, doneOn: string | null): Promise<TrajectoryView> {
    const found = await findPlanAction(this.dataSource.manager, actionId);
    if (!found) throw new PlanActionNotFoundError();
    // An action of a trajectory the viewer may not see looks exactly like one that does not exist.
    return this.change(
      viewer,
      found.trajectoryId,
      (t) => {
        if (!mayCompletePlanAction(viewer, t, found.owner)) throw new PlanActionForbiddenError();
      },
      async (tx, t) => {
        // Read again under the trajectory's lock: two people ticking it off at once record it once.
        const action = (await findPlanAction(tx, actionId))!;
        if (action.doneOn) throw new PlanActionAlreadyDoneError(action.doneOn);
        const today = regionToday();
        const day = doneOn ?? today;
        assertDate('doneOn', day, { today, notBefore: t.startedOn });
        await markPlanActionDone(tx, actionId, day);
        await updateTrajectory(tx, t.id, {});
      },
    ).catch((error: unknown) => {
      throw error instanceof TrajectoryNotFoundError ? new PlanActionNotFoundError() : error;
    });
  }

  /** The candidate's own note on the current month; written again, it replaces the month's note. */
  async writeProgressNote(
    viewer: Viewer,
    id: string,
    note: string,
    check: PersonalDataCheckOptions,
  ): Promise<TrajectoryView> {
    return this.change(viewer, id, TrajectoryAction.WRITE_PROGRESS_NOTE, async (tx, t) => {
      // Read only by the candidate and the counsellor, like the health domain: the person may write about their health.
      const text = cleanFreeText(note, 'note', NOTE_MAX, { ...check, allowHealthInformation: true });
      if (!text) throw new PlanRuleError('PROGRESS_NOTE_REQUIRED');
      await upsertProgressNote(tx, { trajectoryId: t.id, month: firstOfMonth(regionToday()), note: text });
      await updateTrajectory(tx, t.id, {});
    });
  }

  async close(
    viewer: Viewer,
    id: string,
    input: CloseTrajectoryInput,
    check: PersonalDataCheckOptions,
  ): Promise<TrajectoryView> {
    return this.change(viewer, id, TrajectoryAction.GUIDE, async (tx, t) => {
      assertDate('closedOn', input.closedOn, { today: regionToday(), notBefore: t.startedOn });
      const note = cleanFreeText(input.note, 'note', NOTE_MAX, check);
      if (!SUCCESS_OUTCOMES.has(input.outcome) && !note) throw new ClosingNoteRequiredError();
      await updateTrajectory(tx, t.id, {
        status: TrajectoryStatus.CLOSED,
        outcome: input.outcome,
        closedOn: input.closedOn,
        closingNote: note,
        // The trajectory ended with the hire that started since it began, if one was recorded.
        hireId: await latestHireSince(tx, t.candidateId, t.startedOn),
      });
      // Its search directions stop counting in the person's match scores.
      if ((await searchDirectionIds(tx, t.id)).length > 0)
        await this.candidates.matchingInputChanged(tx, t.candidateId);
    });
  }

  /**
   * Locks the trajectory, checks the viewer may take `action` on an open one (an action of its own check: a
   * function that throws when not), applies `apply`, rereads it.
   */
  private change(
    viewer: Viewer,
    id: string,
    action: TrajectoryAction | ((t: TrajectoryEntity) => void),
    apply: (tx: EntityManager, t: TrajectoryEntity) => Promise<void>,
  ): Promise<TrajectoryView> {
    return this.dataSource.transaction(async (tx) => {
      const t = await findTrajectory(tx, id, { lock: true });
      if (!t || trajectoryVisibility(viewer, t) === null) throw new TrajectoryNotFoundError();
      if (typeof action === 'function') action(t);
      else if (!mayTakeTrajectoryAction(viewer, t, action))
        throw new TrajectoryForbiddenError(REFUSAL_FOR[action]);
      if (t.status === TrajectoryStatus.CLOSED) throw new TrajectoryClosedError();
      await apply(tx, t);
      await this.outbox.publish(tx, refreshTrajectoryFacts(t.candidateId));
      return this.reread(tx, viewer, t.id);
    });
  }

  /** The trajectory as the viewer sees it, read in the caller's transaction (after the lock it took). */
  viewIn(tx: EntityManager, viewer: Viewer, id: string): Promise<TrajectoryView> {
    return this.reread(tx, viewer, id);
  }

  private async reread(tx: EntityManager, viewer: Viewer, id: string): Promise<TrajectoryView> {
    const trajectory = await findTrajectory(tx, id, { lock: false });
    if (!trajectory || trajectoryVisibility(viewer, trajectory) === null) throw new TrajectoryNotFoundError();
    const [view] = await this.present(tx, viewer, [trajectory]);
    return view;
  }

  private async present(
    manager: EntityManager,
    viewer: Viewer,
    trajectories: TrajectoryEntity[],
  ): Promise<TrajectoryView[]> {
    const records = await trajectoryRecords(manager, trajectories);
    const ids = namedIds(records);
    const [staff, candidateCodes, employers, occupations] = await Promise.all([
      staffDisplayNames(manager, ids.staff),
      candidatePublicCodes(manager, ids.candidates),
      employerNames(manager, ids.employers),
      this.taxonomy.findOccupationsByIds(ids.occupations),
    ]);
    const names = {
      staff,
      candidateCodes,
      employers,
      occupations: new Map(occupations.map((o) => [o.id, { labelNl: o.labelNl, labelEn: o.labelEn }])),
    };
    return records.flatMap((record) => {
      const visibility = trajectoryVisibility(viewer, record.trajectory);
      return visibility === null ? [] : [presentTrajectory(viewer, visibility, record, names)];
    });
  }
}

function assertOpeningDates(input: OpenTrajectoryInput, today: string): void {
  assertDate('startedOn', input.startedOn, { today, future: 'ALLOWED_90_DAYS' });
  if (input.kind === TrajectoryKind.SICKNESS_REINTEGRATION && !input.firstSicknessDay)
    throw new FirstSicknessDayRequiredError();
  if (input.firstSicknessDay) {
    assertDate('firstSicknessDay', input.firstSicknessDay, { today });
    if (input.firstSicknessDay > input.startedOn)
      throw new InvalidTrajectoryDateError('firstSicknessDay', 'SICKNESS_AFTER_START');
  }
  if (input.plannedDismissalOn) {
    if (input.plannedDismissalOn < input.startedOn)
      throw new InvalidTrajectoryDateError('plannedDismissalOn', 'DISMISSAL_BEFORE_START');
  }
}

async function assertCounsellor(tx: EntityManager, regionCode: string, userId: string): Promise<void> {
  const counsellors = await activeCounsellors(tx, regionCode);
  if (!counsellors.some((member) => member.id === userId)) throw new CounsellorNotInTeamError();
}

/** The screening items, each domain once; the health domain's note may name health, no other may. */
function screeningItems(
  items: NonNullable<ScreeningInput['items']>,
  check: PersonalDataCheckOptions,
): { domain: AssessmentDomain; score: number; note: string | null }[] {
  const seen = new Set<AssessmentDomain>();
  return items.map((item, index) => {
    if (seen.has(item.domain)) throw new DuplicateAssessmentDomainError(item.domain);
    seen.add(item.domain);
    const health = item.domain === AssessmentDomain.HEALTH;
    return {
      domain: item.domain,
      score: item.score,
      note: cleanFreeText(item.note, `items.${index}.note`, NOTE_MAX, {
        ...check,
        allowHealthInformation: health,
      }),
    };
  });
}

/** The trajectory columns a screening changes, each text through the privacy guard. */
function screeningChanges(
  fields: Omit<Partial<ScreeningInput>, 'items'>,
  check: PersonalDataCheckOptions,
): Partial<TrajectoryEntity> {
  const text = (field: keyof typeof fields, options: PersonalDataCheckOptions = check) =>
    fields[field] === undefined ? undefined : cleanFreeText(fields[field], field, NOTE_MAX, options);
  const changes: Partial<TrajectoryEntity> = {
    functionalCapacityNote: text('functionalCapacityNote', { ...check, allowHealthInformation: true }),
    // What the client sees: functional terms only, so the health rule of the guard stays on.
    functionalConclusion: text('functionalConclusion'),
    conclusionSectors: text('conclusionSectors'),
    conclusionMobility: text('conclusionMobility'),
    conclusionTraining: text('conclusionTraining'),
    conclusionObstacles: text('conclusionObstacles'),
    conclusionPeriod: text('conclusionPeriod'),
    adviceReason: text('adviceReason'),
    advice: fields.advice,
    screenedOn: fields.screenedOn,
  };
  return definedFields(changes);
}
