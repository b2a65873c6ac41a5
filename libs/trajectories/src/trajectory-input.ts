import type { ContractType } from '@werkbrug/core';
import type {
  HireSource,
  AssessmentDomain,
  ContactKind,
  ScreeningAdvice,
  PlanActionOwner,
  TrajectoryKind,
  TrajectoryModule,
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

export interface RecordHireInput {
  readonly candidateId: string;
  /** The hiring employer in Werkbrug; or `employerName` for one outside it; or `selfEmployed`. */
  readonly employerId?: string | null;
  readonly employerName?: string | null;
  readonly selfEmployed?: boolean | null;
  readonly contractType?: ContractType | null;
  readonly startedOn: string;
  readonly durationMonths?: number | null;
  readonly hoursPerWeek?: number | null;
  readonly source: HireSource;
}

/** What a match's HIRED outcome needs to record its hire; the employer is the vacancy's. */
export interface MatchHireTerms {
  readonly contractType: ContractType;
  readonly startedOn: string;
  readonly durationMonths?: number | null;
  readonly hoursPerWeek?: number | null;
}

export interface FollowUpAnswerInput {
  readonly stillEmployed: boolean;
  /** Still with the employer of the hire; null when no longer employed. */
  readonly sameEmployer?: boolean | null;
  readonly note?: string | null;
}

/** A partial update of the plan: only the fields given change; search directions and modules are replaced whole. */
export interface PlanInput {
  readonly goals?: string | null;
  /** ESCO occupations, most preferred first. */
  readonly searchDirectionIds?: readonly string[] | null;
  readonly modules?: readonly TrajectoryModule[] | null;
  readonly hoursPerWeek?: number | null;
}

export interface PlanActionInput {
  readonly description: string;
  readonly owner: PlanActionOwner;
  readonly dueOn: string;
}
