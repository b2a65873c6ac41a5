import type { ContractType } from '@werkbrug/core';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HireSource } from './trajectory.enums';

/** A candidate started work: with another employer, their own, or as self-employed. */
@Entity('hire')
export class HireEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  /** The candidate's employer when hired: whose HR leads follow them up. */
  @Column('uuid', { name: 'from_employer_id' }) fromEmployerId!: string;
  /** The hiring employer when it takes part in Werkbrug. */
  @Column('uuid', { name: 'employer_id', nullable: true }) employerId!: string | null;
  /** The hiring employer's name when it does not take part in Werkbrug. */
  @Column('text', { name: 'employer_name', nullable: true }) employerName!: string | null;
  @Column('boolean', { name: 'self_employed' }) selfEmployed!: boolean;
  /** Another employer than the one the candidate came from (or self-employed): what the figures count. */
  @Column('boolean') external!: boolean;
  @Column('text', { name: 'contract_type', nullable: true }) contractType!: ContractType | null;
  @Column('date', { name: 'started_on' }) startedOn!: string;
  /** Null for an open-ended contract. */
  @Column('smallint', { name: 'duration_months', nullable: true }) durationMonths!: number | null;
  @Column('smallint', { name: 'hours_per_week', nullable: true }) hoursPerWeek!: number | null;
  @Column('text') source!: HireSource;
  /** The match whose HIRED outcome recorded this hire. */
  @Column('uuid', { name: 'match_case_id', nullable: true }) matchCaseId!: string | null;
  /** The candidate's track, registration time and former employer's sector at the hire: what figures count it under. */
  @Column('text', { name: 'candidate_track' }) candidateTrack!: string;
  @Column('timestamptz', { name: 'candidate_registered_at' }) candidateRegisteredAt!: Date;
  @Column('text', { name: 'from_sector' }) fromSector!: string;
  @Column('uuid', { name: 'recorded_by_user_id' }) recordedByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Three and six months after a hire's start: does the person still work, and where? */
@Entity('follow_up')
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'hire_id' }) hireId!: string;
  @Column('smallint') months!: number;
  @Column('date', { name: 'due_on' }) dueOn!: string;
  /** The counsellor of the candidate's trajectory at the hire, who follows up; else the HR leads do. */
  @Column('uuid', { name: 'counsellor_user_id', nullable: true }) counsellorUserId!: string | null;
  @Column('date', { name: 'answered_on', nullable: true }) answeredOn!: string | null;
  @Column('boolean', { name: 'still_employed', nullable: true }) stillEmployed!: boolean | null;
  @Column('boolean', { name: 'same_employer', nullable: true }) sameEmployer!: boolean | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { name: 'answered_by_user_id', nullable: true }) answeredByUserId!: string | null;
  @Column('timestamptz', { name: 'reminded_at', nullable: true }) remindedAt!: Date | null;
  @Column('smallint', { name: 'reminder_count' }) reminderCount!: number;
}

export const HIRE_ENTITIES = [HireEntity, FollowUpEntity];
