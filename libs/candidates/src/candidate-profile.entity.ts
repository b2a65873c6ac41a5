import { ContractType, Sector, TravelMode } from '@werkbrug/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  CandidateStatus,
  CandidateTrack,
  ConsentStatus,
  SharingScope,
  SupportNeed,
  TargetGroup,
} from './candidate.enums';
import {
  CandidateDevelopmentSkillEntity,
  CandidateSharedEmployerEntity,
  CandidateStrengthEntity,
} from './candidate-parts.entity';

@Entity('candidate_profile')
export class CandidateProfileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { name: 'public_code', length: 16 }) publicCode!: string;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('text') track!: CandidateTrack;
  @Column('text', { name: 'sketch_strengths' }) sketchStrengths!: string;
  @Column('text', { name: 'sketch_attention_points' }) sketchAttentionPoints!: string;
  @Column('smallint', { name: 'hours_min' }) hoursMin!: number;
  @Column('smallint', { name: 'hours_max' }) hoursMax!: number;
  @Column('char', { name: 'home_pc4', length: 4 }) homePc4!: string;
  @Column('smallint', { name: 'max_travel_km' }) maxTravelKm!: number;
  @Column('text', { name: 'travel_mode' }) travelMode!: TravelMode;
  @Column('text', { name: 'sectors_open', array: true }) sectorsOpen!: Sector[];
  @Column('text', { name: 'contract_types', array: true }) contractTypes!: ContractType[];
  @Column('date', { name: 'available_from', nullable: true }) availableFrom!: string | null;
  @Column('date', { name: 'contract_end_date', nullable: true }) contractEndDate!: string | null;
  @Column('text', { name: 'support_needs', array: true }) supportNeeds!: SupportNeed[];
  @Column('text', { name: 'target_groups', array: true }) targetGroups!: TargetGroup[];
  @Column('text', { name: 'sharing_scope' }) sharingScope!: SharingScope;
  /** The candidate's consent in force (SHARE_TARGET_GROUP): other employers also see track and target groups. */
  @Column('boolean', { name: 'target_group_shared' }) targetGroupShared!: boolean;
  /** The candidate's consent in force (RECEIVE_EMAIL): their notifications are also e-mailed. */
  @Column('boolean', { name: 'email_notifications' }) emailNotifications!: boolean;
  @Column('text', { name: 'consent_status' }) consentStatus!: ConsentStatus;
  @Column('timestamptz', { name: 'consent_recorded_at', nullable: true }) consentRecordedAt!: Date | null;
  @Column('text') status!: CandidateStatus;
  @VersionColumn() version!: number;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @OneToMany(() => CandidateStrengthEntity, (s) => s.candidate, { cascade: true })
  strengths!: CandidateStrengthEntity[];
  @OneToMany(() => CandidateDevelopmentSkillEntity, (s) => s.candidate, { cascade: true })
  developmentSkills!: CandidateDevelopmentSkillEntity[];
  @OneToMany(() => CandidateSharedEmployerEntity, (s) => s.candidate, { cascade: true })
  sharedWith!: CandidateSharedEmployerEntity[];
}
