import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { MatchCaseState, MatchConsent, MatchInterest, MatchOutcome } from './match-workflow';

@Entity('region_matching_policy')
export class RegionMatchingPolicyEntity {
  @PrimaryColumn('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('boolean', { name: 'allow_own_employer' }) allowOwnEmployer!: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity('region_matching_snapshot')
export class RegionMatchingSnapshotEntity {
  @PrimaryColumn('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('uuid', { name: 'run_id' }) runId!: string;
  @Column('text', { name: 'model_version' }) modelVersion!: string;
  @Column('text', { name: 'skill_space_version' }) skillSpaceVersion!: string;
  @Column('date', { name: 'scored_on' }) scoredOn!: string;
  @Column('integer') documents!: number;
  @Column('jsonb', { name: 'skill_frequencies' }) skillFrequencies!: Record<string, number>;
  @Column('boolean', { name: 'allow_own_employer' }) allowOwnEmployer!: boolean;
  @Column('smallint') k!: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export enum RematchStatus {
  QUEUED = 'QUEUED',
  SCORING = 'SCORING',
  FINISHING = 'FINISHING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

@Entity('rematch_run')
export class RematchRunEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('text') status!: RematchStatus;
  @Column('text') reason!: string;
  @Column('uuid', { name: 'requested_by_user_id', nullable: true }) requestedByUserId!: string | null;
  @Column('text', { name: 'model_version', nullable: true }) modelVersion!: string | null;
  @Column('text', { name: 'skill_space_version', nullable: true }) skillSpaceVersion!: string | null;
  @Column('date', { name: 'scored_on', nullable: true }) scoredOn!: string | null;
  @Column('integer', { nullable: true }) documents!: number | null;
  /**
   * Hundreds of kB in a large region and needed only to score (RematchRunStore.findForScoring): left out of every
   * other read of a run, such as the region overview's latest run.
   */
  @Column('jsonb', { name: 'skill_frequencies', nullable: true, select: false }) skillFrequencies?: Record<
    string,
    number
  > | null;
  @Column('boolean', { name: 'allow_own_employer', nullable: true }) allowOwnEmployer!: boolean | null;
  @Column('smallint', { nullable: true }) k!: number | null;
  @Column('integer') candidates!: number;
  @Column('integer') vacancies!: number;
  @Column('integer', { name: 'incomplete_candidates' }) incompleteCandidates!: number;
  @Column('integer', { name: 'incomplete_vacancies' }) incompleteVacancies!: number;
  @Column('integer', { name: 'chunks_total' }) chunksTotal!: number;
  @Column('bigint', { name: 'pairs_scored' }) pairsScored!: string;
  @Column('bigint', { name: 'pairs_eligible' }) pairsEligible!: string;
  @Column('jsonb', { nullable: true }) rejections!: Record<string, number> | null;
  @Column('text', { nullable: true }) error!: string | null;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt!: Date | null;
}

@Entity('match_case')
export class MatchCaseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('uuid', { name: 'vacancy_id' }) vacancyId!: string;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('text') state!: MatchCaseState;
  @Column('text', { name: 'candidate_interest', nullable: true }) candidateInterest!: MatchInterest | null;
  @Column('text', { name: 'candidate_reason', nullable: true }) candidateReason!: string | null;
  @Column('text', { name: 'employer_interest', nullable: true }) employerInterest!: MatchInterest | null;
  @Column('text', { name: 'employer_reason', nullable: true }) employerReason!: string | null;
  @Column('text', { nullable: true }) consent!: MatchConsent | null;
  @Column('uuid', { name: 'disclosure_id', nullable: true }) disclosureId!: string | null;
  /** The consent statement the consent given rests on; null when the candidate gave it themselves. */
  @Column('uuid', { name: 'consent_statement_id', nullable: true }) consentStatementId!: string | null;
  @Column('text', { nullable: true }) outcome!: MatchOutcome | null;
  @Column('text', { name: 'outcome_note', nullable: true }) outcomeNote!: string | null;
  @Column('real', { nullable: true }) score!: number | null;
  @Column('text', { name: 'model_version', nullable: true }) modelVersion!: string | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity('match_case_event')
export class MatchCaseEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'match_case_id' }) matchCaseId!: string;
  @Column('text') event!: string;
  @Column('text', { name: 'from_state' }) fromState!: MatchCaseState;
  @Column('text', { name: 'to_state' }) toState!: MatchCaseState;
  @Column('uuid', { name: 'actor_user_id' }) actorUserId!: string;
  @Column('text', { name: 'actor_role' }) actorRole!: string;
  @Column('text', { nullable: true }) reason!: string | null;
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
}

@Entity('match_rating')
export class MatchRatingEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('uuid', { name: 'vacancy_id' }) vacancyId!: string;
  @Column('uuid', { name: 'rated_by_user_id' }) ratedByUserId!: string;
  @Column('boolean') useful!: boolean;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('real', { nullable: true }) score!: number | null;
  @Column('text', { name: 'model_version', nullable: true }) modelVersion!: string | null;
  @CreateDateColumn({ name: 'rated_at', type: 'timestamptz' }) ratedAt!: Date;
}

export const MATCHING_ENTITIES = [
  RegionMatchingPolicyEntity,
  RegionMatchingSnapshotEntity,
  RematchRunEntity,
  MatchCaseEntity,
  MatchCaseEventEntity,
  MatchRatingEntity,
];
