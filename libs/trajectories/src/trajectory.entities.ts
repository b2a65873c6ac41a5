import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { HIRE_ENTITIES } from './hire.entities';
import {
  AssessmentDomain,
  ContactKind,
  ScreeningAdvice,
  PlanActionOwner,
  TrajectoryKind,
  TrajectoryModule,
  TrajectoryOutcome,
  TrajectoryPrecondition,
  TrajectoryStatus,
} from './trajectory.enums';

/** One guidance trajectory of one candidate; at most one is open per candidate, closed ones stay as history. */
@Entity('trajectory')
export class TrajectoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  /** The employer who pays for the trajectory: the candidate's own employer. */
  @Column('uuid', { name: 'client_employer_id' }) clientEmployerId!: string;
  @Column('text') kind!: TrajectoryKind;
  @Column('text') status!: TrajectoryStatus;
  @Column('uuid', { name: 'counsellor_user_id' }) counsellorUserId!: string;
  @Column('date', { name: 'started_on' }) startedOn!: string;
  @Column('date', { name: 'first_sickness_day', nullable: true }) firstSicknessDay!: string | null;
  @Column('date', { name: 'planned_dismissal_on', nullable: true }) plannedDismissalOn!: string | null;
  /** The labour expert's functional-capacity assessment: for the counsellor and the candidate only. */
  @Column('text', { name: 'functional_capacity_note', nullable: true }) functionalCapacityNote!:
    string | null;
  /** What the person can do, in functional terms: what the client employer sees instead. */
  @Column('text', { name: 'functional_conclusion', nullable: true }) functionalConclusion!: string | null;
  @Column('text', { name: 'conclusion_sectors', nullable: true }) conclusionSectors!: string | null;
  @Column('text', { name: 'conclusion_mobility', nullable: true }) conclusionMobility!: string | null;
  @Column('text', { name: 'conclusion_training', nullable: true }) conclusionTraining!: string | null;
  @Column('text', { name: 'conclusion_obstacles', nullable: true }) conclusionObstacles!: string | null;
  @Column('text', { name: 'conclusion_period', nullable: true }) conclusionPeriod!: string | null;
  @Column('text', { nullable: true }) advice!: ScreeningAdvice | null;
  @Column('text', { name: 'advice_reason', nullable: true }) adviceReason!: string | null;
  @Column('date', { name: 'screened_on', nullable: true }) screenedOn!: string | null;
  @Column('date', { name: 'closed_on', nullable: true }) closedOn!: string | null;
  @Column('text', { nullable: true }) outcome!: TrajectoryOutcome | null;
  @Column('text', { name: 'closing_note', nullable: true }) closingNote!: string | null;
  /** The hire the trajectory ended with. */
  @Column('uuid', { name: 'hire_id', nullable: true }) hireId!: string | null;
  @Column('text', { name: 'plan_goals', nullable: true }) planGoals!: string | null;
  @Column('text', { name: 'plan_modules', array: true }) planModules!: TrajectoryModule[];
  /** The time the candidate agreed to invest, in hours a week. */
  @Column('smallint', { name: 'plan_hours_per_week', nullable: true }) planHoursPerWeek!: number | null;
  @Column('date', { name: 'plan_updated_on', nullable: true }) planUpdatedOn!: string | null;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('integer') version!: number;
}

@Entity('trajectory_precondition')
export class TrajectoryPreconditionEntity {
  @PrimaryColumn('uuid', { name: 'trajectory_id' }) trajectoryId!: string;
  @PrimaryColumn('text') kind!: TrajectoryPrecondition;
  @Column('date', { name: 'confirmed_on' }) confirmedOn!: string;
  @Column('uuid', { name: 'confirmed_by_user_id' }) confirmedByUserId!: string;
  @Column('timestamptz', { name: 'confirmed_at' }) confirmedAt!: Date;
}

@Entity('trajectory_assessment_item')
export class TrajectoryAssessmentItemEntity {
  @PrimaryColumn('uuid', { name: 'trajectory_id' }) trajectoryId!: string;
  @PrimaryColumn('text') domain!: AssessmentDomain;
  @Column('smallint') score!: number;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { name: 'updated_by_user_id' }) updatedByUserId!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity('trajectory_contact')
export class TrajectoryContactEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'trajectory_id' }) trajectoryId!: string;
  @Column('date', { name: 'occurred_on' }) occurredOn!: string;
  @Column('text') kind!: ContactKind;
  @Column('smallint', { name: 'duration_minutes', nullable: true }) durationMinutes!: number | null;
  @Column('text') summary!: string;
  /** For an absence: what it means for the trajectory (a warning, a new appointment, a report to the client). */
  @Column('text', { nullable: true }) consequence!: string | null;
  @Column('uuid', { name: 'recorded_by_user_id' }) recordedByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A search direction of the plan: an ESCO occupation, in the order of preference. */
@Entity('trajectory_search_direction')
export class TrajectorySearchDirectionEntity {
  @PrimaryColumn('uuid', { name: 'trajectory_id' }) trajectoryId!: string;
  @PrimaryColumn('uuid', { name: 'occupation_id' }) occupationId!: string;
  @Column('smallint') position!: number;
}

@Entity('trajectory_action')
export class TrajectoryActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'trajectory_id' }) trajectoryId!: string;
  @Column('text') description!: string;
  @Column('text') owner!: PlanActionOwner;
  @Column('date', { name: 'due_on' }) dueOn!: string;
  @Column('date', { name: 'done_on', nullable: true }) doneOn!: string | null;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** The candidate's own note on how the month went: one a month, theirs to change while the month lasts. */
@Entity('trajectory_progress_note')
export class TrajectoryProgressNoteEntity {
  @PrimaryColumn('uuid', { name: 'trajectory_id' }) trajectoryId!: string;
  /** The first day of the month the note is about. */
  @PrimaryColumn('date') month!: string;
  @Column('text') note!: string;
  @Column('timestamptz', { name: 'written_at' }) writtenAt!: Date;
}

export const TRAJECTORY_ENTITIES = [
  ...HIRE_ENTITIES,
  TrajectoryEntity,
  TrajectoryPreconditionEntity,
  TrajectoryAssessmentItemEntity,
  TrajectoryContactEntity,
  TrajectorySearchDirectionEntity,
  TrajectoryActionEntity,
  TrajectoryProgressNoteEntity,
];
