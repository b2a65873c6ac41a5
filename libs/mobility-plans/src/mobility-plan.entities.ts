import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { GuideSection, PathContent } from './plan-content';

export enum PlanVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  /** An earlier published version: kept as it was, so what anyone read and chose stays readable. */
  SUPERSEDED = 'SUPERSEDED',
}

/** An employer's mobility plan: the same choice paths for everyone it concerns. */
@Entity('mobility_plan')
export class MobilityPlanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** One version of a plan. A draft is edited; publishing freezes it, and the one before is superseded. */
@Entity('mobility_plan_version')
export class MobilityPlanVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'plan_id' }) planId!: string;
  @Column('int') number!: number;
  @Column('text') status!: PlanVersionStatus;
  @Column('text', { name: 'title_nl' }) titleNl!: string;
  @Column('text', { name: 'title_en' }) titleEn!: string;
  /** When employment ends under the plan: month 1 of every comparison is the month after it. */
  @Column('date', { name: 'employment_end_date' }) employmentEndDate!: string;
  /** The last day to choose a path. */
  @Column('date', { name: 'choice_deadline' }) choiceDeadline!: string;
  /** What an hour of mediation or coaching is worth, to weigh help against money in the proportionality check. */
  @Column('numeric', { name: 'help_hour_value_eur', transformer: { to: (v: number) => v, from: Number } })
  helpHourValueEur!: number;
  @Column('jsonb') paths!: PathContent[];
  @Column('jsonb') guide!: GuideSection[];
  @Column('uuid', { name: 'updated_by_user_id' }) updatedByUserId!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  @Column('uuid', { name: 'published_by_user_id', nullable: true }) publishedByUserId!: string | null;
}

/** An employee's path of a plan, changeable until the deadline. */
@Entity('mobility_plan_choice')
export class MobilityPlanChoiceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'plan_id' }) planId!: string;
  @Column('uuid', { name: 'version_id' }) versionId!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('uuid', { name: 'path_id' }) pathId!: string;
  @Column('timestamptz', { name: 'chosen_at' }) chosenAt!: Date;
}

/** A question about a plan; its answer is published to everyone the plan concerns. */
@Entity('mobility_plan_question')
export class MobilityPlanQuestionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'plan_id' }) planId!: string;
  /** Kept so the asker sees their own question while it waits; never shown when `anonymous`. */
  @Column('uuid', { name: 'asked_by_candidate_id', nullable: true }) askedByCandidateId!: string | null;
  @Column('boolean') anonymous!: boolean;
  @Column('text') question!: string;
  @Column('timestamptz', { name: 'asked_at' }) askedAt!: Date;
  @Column('text', { name: 'answer_nl', nullable: true }) answerNl!: string | null;
  @Column('text', { name: 'answer_en', nullable: true }) answerEn!: string | null;
  @Column('uuid', { name: 'answered_by_user_id', nullable: true }) answeredByUserId!: string | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt!: Date | null;
}

/** The figures an employee keeps for comparing paths, because they asked to; theirs alone. */
@Entity('mobility_figures')
export class MobilityFiguresEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('double precision', { name: 'gross_monthly_salary_eur' }) grossMonthlySalaryEur!: number;
  @Column('double precision', { name: 'years_of_service' }) yearsOfService!: number;
  @Column('double precision', { name: 'employment_history_years' }) employmentHistoryYears!: number;
  @Column('timestamptz', { name: 'saved_at' }) savedAt!: Date;
}

export const MOBILITY_PLAN_ENTITIES = [
  MobilityPlanEntity,
  MobilityPlanVersionEntity,
  MobilityPlanChoiceEntity,
  MobilityPlanQuestionEntity,
  MobilityFiguresEntity,
];
