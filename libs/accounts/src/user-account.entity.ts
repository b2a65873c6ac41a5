import { Role } from '@werkbrug/core';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('user_account')
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('citext') email!: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text') role!: Role;
  @Column('uuid', { name: 'employer_id', nullable: true }) employerId!: string | null;
  @Column('varchar', { name: 'region_code', length: 4, nullable: true }) regionCode!: string | null;
  @Column('uuid', { name: 'candidate_id', nullable: true }) candidateId!: string | null;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
