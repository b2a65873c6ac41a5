import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CandidateProfileEntity } from './candidate-profile.entity';

@Entity('candidate_strength')
export class CandidateStrengthEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' }) candidateId!: string;
  @PrimaryColumn('uuid', { name: 'skill_id' }) skillId!: string;
  @Column('smallint') level!: number;
  @Column('text', { name: 'evidence_note', nullable: true }) evidenceNote!: string | null;
  @ManyToOne('CandidateProfileEntity', 'strengths', { onDelete: 'CASCADE', orphanedRowAction: 'delete' })
  @JoinColumn({ name: 'candidate_id' })
  candidate!: CandidateProfileEntity;
}

@Entity('candidate_development_skill')
export class CandidateDevelopmentSkillEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' }) candidateId!: string;
  @PrimaryColumn('uuid', { name: 'skill_id' }) skillId!: string;
  @ManyToOne('CandidateProfileEntity', 'developmentSkills', {
    onDelete: 'CASCADE',
    orphanedRowAction: 'delete',
  })
  @JoinColumn({ name: 'candidate_id' })
  candidate!: CandidateProfileEntity;
}

@Entity('candidate_shared_employer')
export class CandidateSharedEmployerEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' }) candidateId!: string;
  @PrimaryColumn('uuid', { name: 'employer_id' }) employerId!: string;
  @ManyToOne('CandidateProfileEntity', 'sharedWith', { onDelete: 'CASCADE', orphanedRowAction: 'delete' })
  @JoinColumn({ name: 'candidate_id' })
  candidate!: CandidateProfileEntity;
}
