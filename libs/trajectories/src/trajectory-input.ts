import type {
  AssessmentDomain,
  ContactKind,
  ScreeningAdvice,
  TrajectoryKind,
  TrajectoryOutcome,
  TrajectoryPrecondition,
} from './trajectory.enums';

export interface OpenTrajectoryInput {
  readonly candidateId: string;
  readonly kind: TrajectoryKind;
  readonly counsellorUserId: string;
  readonly startedOn: string;
  readonly firstSicknessDay?: string | null;
  readonly plannedDismissalOn?: string | null;
}

export interface ConfirmPreconditionInput {
  readonly kind: TrajectoryPrecondition;
  readonly confirmedOn: string;
}

/** A partial update: only the fields given change; items are saved per domain. */
export interface ScreeningInput {
  readonly items?: readonly { domain: AssessmentDomain; score: number; note?: string | null }[];
  readonly functionalCapacityNote?: string | null;
  readonly functionalConclusion?: string | null;
  readonly conclusionSectors?: string | null;
  readonly conclusionMobility?: string | null;
  readonly conclusionTraining?: string | null;
  readonly conclusionObstacles?: string | null;
  readonly conclusionPeriod?: string | null;
  readonly advice?: ScreeningAdvice | null;
  readonly adviceReason?: string | null;
  readonly screenedOn?: string | null;
}

export interface ContactInput {
  readonly occurredOn: string;
  readonly kind: ContactKind;
  readonly durationMinutes?: number | null;
  readonly summary: string;
  readonly consequence?: string | null;
}

export interface CloseTrajectoryInput {
  readonly outcome: TrajectoryOutcome;
  readonly closedOn: string;
  readonly note?: string | null;
}
