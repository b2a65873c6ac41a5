import type { Viewer } from '@werkbrug/core';
import { mayCompletePlanAction, mayTakeTrajectoryAction, TrajectoryAction } from './trajectory-access';
import { spoor2Dates } from './trajectory-dates';
import {
  AssessmentDomain,
  ContactKind,
  PlanActionOwner,
  ScreeningAdvice,
  SUCCESS_OUTCOMES,
  TrajectoryKind,
  TrajectoryModule,
  TrajectoryOutcome,
  TrajectoryPrecondition,
  TrajectoryStatus,
  TrajectoryVisibility,
} from './trajectory.enums';
import type { TrajectoryRecord } from './trajectory.store';

export interface NamedStaff {
  readonly id: string;
  /** Null when the account no longer exists. */
  readonly displayName: string | null;
}

/** A trajectory as one viewer may see it: the health details are already left out where they must be. */
export interface TrajectoryView {
  readonly id: string;
  readonly candidateId: string;
  readonly candidatePublicCode: string;
  readonly regionCode: string;
  readonly clientEmployerId: string;
  readonly clientName: string;
  readonly kind: TrajectoryKind;
  readonly status: TrajectoryStatus;
  readonly counsellor: NamedStaff;
  readonly startedOn: string;
  readonly firstSicknessDay: string | null;
  readonly waitingPeriodEndsOn: string | null;
  readonly wiaApplicationDueOn: string | null;
  readonly plannedDismissalOn: string | null;
  readonly preconditions: {
    kind: TrajectoryPrecondition;
    confirmedOn: string;
    confirmedBy: NamedStaff;
  }[];
  readonly healthVisible: boolean;
  readonly assessment: { domain: AssessmentDomain; score: number; note: string | null }[];
  readonly functionalCapacityNote: string | null;
  readonly functionalConclusion: string | null;
  readonly conclusions: {
    sectors: string | null;
    mobility: string | null;
    training: string | null;
    obstacles: string | null;
    period: string | null;
  };
  readonly advice: ScreeningAdvice | null;
  readonly adviceReason: string | null;
  readonly screenedOn: string | null;
  readonly contacts: {
    id: string;
    occurredOn: string;
    kind: ContactKind;
    durationMinutes: number | null;
    summary: string;
    consequence: string | null;
    recordedBy: NamedStaff;
  }[];
  readonly plan: TrajectoryPlanView;
  /** The candidate's own monthly notes, newest first: only for the counsellor and the candidate. */
  readonly progressNotes: { month: string; note: string; writtenAt: Date }[];
  readonly closedOn: string | null;
  readonly outcome: TrajectoryOutcome | null;
  readonly successful: boolean | null;
  readonly closingNote: string | null;
  /** The hire the trajectory ended with. */
  readonly hireId: string | null;
  readonly viewerMay: {
    guide: boolean;
    confirmPreconditions: boolean;
    assignCounsellor: boolean;
    writeProgressNote: boolean;
  };
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface TrajectoryPlanView {
  readonly goals: string | null;
  /** ESCO occupations, most preferred first. */
  readonly searchDirections: { occupationId: string; labelNl: string | null; labelEn: string }[];
  readonly modules: TrajectoryModule[];
  readonly hoursPerWeek: number | null;
  readonly updatedOn: string | null;
  /** By deadline. */
  readonly actions: {
    id: string;
    description: string;
    owner: PlanActionOwner;
    dueOn: string;
    doneOn: string | null;
    viewerMayComplete: boolean;
  }[];
}

export interface OccupationLabels {
  readonly labelNl: string | null;
  readonly labelEn: string;
}

export interface TrajectoryNames {
  readonly staff: ReadonlyMap<string, string>;
  readonly candidateCodes: ReadonlyMap<string, string>;
  readonly employers: ReadonlyMap<string, string>;
  readonly occupations: ReadonlyMap<string, OccupationLabels>;
}

const DOMAIN_ORDER = Object.values(AssessmentDomain);
const MODULE_ORDER = Object.values(TrajectoryModule);
const PRECONDITION_ORDER = Object.values(TrajectoryPrecondition);

export function presentTrajectory(
  viewer: Viewer,
  visibility: TrajectoryVisibility,
  record: TrajectoryRecord,
  names: TrajectoryNames,
): TrajectoryView {
  const t = record.trajectory;
  const full = visibility === TrajectoryVisibility.FULL;
  const staff = (id: string): NamedStaff => ({ id, displayName: names.staff.get(id) ?? null });
  const dates = t.firstSicknessDay ? spoor2Dates(t.firstSicknessDay) : null;
  return {
    id: t.id,
    candidateId: t.candidateId,
    candidatePublicCode: names.candidateCodes.get(t.candidateId) ?? '?',
    regionCode: t.regionCode,
    clientEmployerId: t.clientEmployerId,
    clientName: names.employers.get(t.clientEmployerId) ?? '?',
    kind: t.kind,
    status: t.status,
    counsellor: staff(t.counsellorUserId),
    startedOn: t.startedOn,
    firstSicknessDay: t.firstSicknessDay,
    waitingPeriodEndsOn: dates?.waitingPeriodEndsOn ?? null,
    wiaApplicationDueOn: dates?.wiaApplicationDueOn ?? null,
    plannedDismissalOn: t.plannedDismissalOn,
    preconditions: [...record.preconditions]
      .sort((a, b) => PRECONDITION_ORDER.indexOf(a.kind) - PRECONDITION_ORDER.indexOf(b.kind))
      .map((p) => ({ kind: p.kind, confirmedOn: p.confirmedOn, confirmedBy: staff(p.confirmedByUserId) })),
    healthVisible: full,
    assessment: record.assessment
      .filter((item) => full || item.domain !== AssessmentDomain.HEALTH)
      .sort((a, b) => DOMAIN_ORDER.indexOf(a.domain) - DOMAIN_ORDER.indexOf(b.domain))
      .map((item) => ({ domain: item.domain, score: item.score, note: item.note })),
    functionalCapacityNote: full ? t.functionalCapacityNote : null,
    functionalConclusion: t.functionalConclusion,
    conclusions: {
      sectors: t.conclusionSectors,
      mobility: t.conclusionMobility,
      training: t.conclusionTraining,
      obstacles: t.conclusionObstacles,
      period: t.conclusionPeriod,
    },
    advice: t.advice,
    adviceReason: t.adviceReason,
    screenedOn: t.screenedOn,
    contacts: record.contacts.map((c) => ({
      id: c.id,
      occurredOn: c.occurredOn,
      kind: c.kind,
      durationMinutes: c.durationMinutes,
      summary: c.summary,
      consequence: c.consequence,
      recordedBy: staff(c.recordedByUserId),
    })),
    plan: {
      goals: t.planGoals,
      searchDirections: record.searchDirections.map(({ occupationId }) => ({
        occupationId,
        ...(names.occupations.get(occupationId) ?? { labelNl: null, labelEn: '?' }),
      })),
      modules: [...t.planModules].sort((a, b) => MODULE_ORDER.indexOf(a) - MODULE_ORDER.indexOf(b)),
      hoursPerWeek: t.planHoursPerWeek,
      updatedOn: t.planUpdatedOn,
      actions: record.actions.map((a) => ({
        id: a.id,
        description: a.description,
        owner: a.owner,
        dueOn: a.dueOn,
        doneOn: a.doneOn,
        viewerMayComplete:
          t.status === TrajectoryStatus.OPEN &&
          a.doneOn === null &&
          mayCompletePlanAction(viewer, t, a.owner),
      })),
    },
    progressNotes: full
      ? record.progressNotes.map((n) => ({ month: n.month, note: n.note, writtenAt: n.writtenAt }))
      : [],
    closedOn: t.closedOn,
    outcome: t.outcome,
    successful: t.outcome === null ? null : SUCCESS_OUTCOMES.has(t.outcome),
    closingNote: t.closingNote,
    hireId: t.hireId,
    viewerMay: {
      guide: mayTakeTrajectoryAction(viewer, t, TrajectoryAction.GUIDE),
      confirmPreconditions:
        t.kind === TrajectoryKind.SICKNESS_REINTEGRATION &&
        mayTakeTrajectoryAction(viewer, t, TrajectoryAction.CONFIRM_PRECONDITION),
      assignCounsellor: mayTakeTrajectoryAction(viewer, t, TrajectoryAction.ASSIGN_COUNSELLOR),
      writeProgressNote:
        t.status === TrajectoryStatus.OPEN &&
        mayTakeTrajectoryAction(viewer, t, TrajectoryAction.WRITE_PROGRESS_NOTE),
    },
    version: t.version,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

/** The people a list of records names, so a page costs one query per kind of name. */
export function namedIds(records: readonly TrajectoryRecord[]): {
  staff: string[];
  candidates: string[];
  employers: string[];
  occupations: string[];
} {
  const staff = new Set<string>();
  for (const r of records) {
    staff.add(r.trajectory.counsellorUserId);
    r.preconditions.forEach((p) => staff.add(p.confirmedByUserId));
    r.contacts.forEach((c) => staff.add(c.recordedByUserId));
  }
  return {
    staff: [...staff],
    candidates: [...new Set(records.map((r) => r.trajectory.candidateId))],
    employers: [...new Set(records.map((r) => r.trajectory.clientEmployerId))],
    occupations: [...new Set(records.flatMap((r) => r.searchDirections.map((d) => d.occupationId)))],
  };
}
