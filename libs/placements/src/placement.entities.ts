import type { PlanProblem } from './placement-plan-problem';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlacementConflict, ProposalWarning } from '@werkbrug/scheduling-core';
import {
  PlacementFollowUp,
  PlacementKind,
  PlacementPayer,
  PlacementPurpose,
  PlacementStatus,
} from './placement.enums';

@Entity('placement')
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  /** Null once the person was erased: the placement stays for the ledger, without them. */
  @Column('uuid', { name: 'candidate_id', nullable: true }) candidateId!: string | null;
  @Column('timestamptz', { name: 'candidate_erased_at', nullable: true }) candidateErasedAt!: Date | null;
  @Column('uuid', { name: 'lending_employer_id' }) lendingEmployerId!: string;
  @Column('uuid', { name: 'host_employer_id' }) hostEmployerId!: string;
  @Column('uuid', { name: 'match_case_id', nullable: true }) matchCaseId!: string | null;
  @Column('text') kind!: PlacementKind;
  @Column('text') purpose!: PlacementPurpose;
  /** What the parties asked for; the worker turns it into dates and hours. */
  @Column('smallint', { name: 'requested_hours_per_week' }) requestedHoursPerWeek!: number;
  @Column('smallint', { name: 'duration_weeks' }) durationWeeks!: number;
  @Column('date', { name: 'not_before', nullable: true }) notBefore!: string | null;
  @Column('date', { name: 'start_date', nullable: true }) startDate!: string | null;
  @Column('date', { name: 'end_date', nullable: true }) endDate!: string | null;
  @Column('smallint', { name: 'hours_per_week', nullable: true }) hoursPerWeek!: number | null;
  @Column('text', { name: 'work_days', array: true }) workDays!: string[];
  @Column('smallint', { name: 'contract_hours_per_week' }) contractHoursPerWeek!: number;
  @Column('smallint', { name: 'own_work_hours_per_week' }) ownWorkHoursPerWeek!: number;
  @Column('text', { name: 'salary_paid_by' }) salaryPaidBy!: PlacementPayer;
  @Column('boolean', { name: 'travel_costs_reimbursed' }) travelCostsReimbursed!: boolean;
  @Column('text', { name: 'travel_costs_paid_by' }) travelCostsPaidBy!: PlacementPayer;
  @Column('text', { name: 'insurance_note', nullable: true }) insuranceNote!: string | null;
  @Column('text', { name: 'subsidy_note', nullable: true }) subsidyNote!: string | null;
  @Column('boolean', { name: 'return_option' }) returnOption!: boolean;
  @Column('text', { name: 'lending_contact' }) lendingContact!: string;
  @Column('text', { name: 'host_contact' }) hostContact!: string;
  @Column('text') status!: PlacementStatus;
  @Column('boolean', { name: 'lender_agreed' }) lenderAgreed!: boolean;
  @Column('boolean', { name: 'host_agreed' }) hostAgreed!: boolean;
  @Column('boolean', { name: 'candidate_consented' }) candidateConsented!: boolean;
  /** The consent statement the candidate's consent rests on; null when they consented themselves. */
  @Column('uuid', { name: 'consent_statement_id', nullable: true }) consentStatementId!: string | null;
  @Column('jsonb', { name: 'plan_warnings' }) planWarnings!: ProposalWarning[];
  /** Why the worker could not propose dates, as an English sentence every party may read. */
  @Column('text', { name: 'plan_problem', nullable: true }) planProblem!: string | null;
  /** The reason and its figures, rendered per reader and language (placement-plan-problem.ts). */
  @Column('jsonb', { name: 'plan_problem_detail', nullable: true }) planProblemDetail!: PlanProblem | null;
  @Column('timestamptz', { name: 'planned_at', nullable: true }) plannedAt!: Date | null;
  @Column('jsonb') conflicts!: PlacementConflict[];
  @Column('text', { name: 'host_evaluation', nullable: true }) hostEvaluation!: string | null;
  @Column('text', { name: 'candidate_evaluation', nullable: true }) candidateEvaluation!: string | null;
  @Column('text', { name: 'follow_up', nullable: true }) followUp!: PlacementFollowUp | null;
  @Column('integer') version!: number;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity('placement_event')
export class PlacementEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'placement_id' }) placementId!: string;
  @Column('text') event!: string;
  @Column('text', { name: 'from_status' }) fromStatus!: PlacementStatus;
  @Column('text', { name: 'to_status' }) toStatus!: PlacementStatus;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('text', { name: 'actor_role' }) actorRole!: string;
  @Column('text', { nullable: true }) note!: string | null;
  /** The worker's note in English; null for a person's note, which is in their own words only. */
  @Column('text', { name: 'note_en', nullable: true }) noteEn!: string | null;
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
}

/** Hours per week a host can take on in a period, declared by its HR leads. */
@Entity('host_capacity')
export class HostCapacityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('date', { name: 'from_date' }) fromDate!: string;
  @Column('date', { name: 'to_date', nullable: true }) toDate!: string | null;
  @Column('smallint', { name: 'hours_per_week' }) hoursPerWeek!: number;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export const PLACEMENT_ENTITIES = [PlacementEntity, PlacementEventEntity, HostCapacityEntity];
