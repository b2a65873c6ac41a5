import { ContractType, Shift, Weekday } from '@werkbrug/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { SkillRequirement, VacancyKind, VacancyStatus } from './vacancy.enums';

@Entity('vacancy')
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('text') title!: string;
  @Column('uuid', { name: 'esco_occupation_id', nullable: true }) escoOccupationId!: string | null;
  @Column('text') description!: string;
  @Column('char', { name: 'location_pc4', length: 4 }) locationPc4!: string;
  @Column('smallint', { name: 'hours_min' }) hoursMin!: number;
  @Column('smallint', { name: 'hours_max' }) hoursMax!: number;
  @Column('text', { name: 'work_days', array: true }) workDays!: Weekday[];
  @Column('text', { array: true }) shifts!: Shift[];
  @Column('text', { name: 'contract_type' }) contractType!: ContractType;
  @Column('smallint', { name: 'contract_duration_months', nullable: true }) contractDurationMonths!:
    number | null;
  @Column('text') kind!: VacancyKind;
  @Column('date', { name: 'start_date', nullable: true }) startDate!: string | null;
  @Column('smallint') positions!: number;
  @Column('text') status!: VacancyStatus;
  @VersionColumn() version!: number;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @OneToMany(() => VacancySkillEntity, (s) => s.vacancy, { cascade: true })
  skills!: VacancySkillEntity[];
}

@Entity('vacancy_skill')
export class VacancySkillEntity {
  @PrimaryColumn('uuid', { name: 'vacancy_id' }) vacancyId!: string;
  @PrimaryColumn('uuid', { name: 'skill_id' }) skillId!: string;
  @Column('text') requirement!: SkillRequirement;
  @ManyToOne(() => VacancyEntity, (v) => v.skills, { onDelete: 'CASCADE', orphanedRowAction: 'delete' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy!: VacancyEntity;
}
