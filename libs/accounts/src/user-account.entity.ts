import { Role } from '@werkbrug/core';
import { BeforeInsert, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AccountOrigin, AccountStatus } from './staff-account.enums';

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
  /** Set whenever the account may not be used (pending, rejected, disabled); a constraint ties it to status. */
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('text', { default: AccountStatus.ACTIVE }) status!: AccountStatus;
  @Column('text', { default: AccountOrigin.SEEDED }) origin!: AccountOrigin;
  /** The employer's administrator HR lead: adds HR leads and approves those others request. */
  @Column('boolean', { name: 'employer_admin', default: false }) employerAdmin!: boolean;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId!: string | null;
  @Column('uuid', { name: 'approved_by_user_id', nullable: true }) approvedByUserId!: string | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt!: Date | null;
  /** HR leads and the mobility team: a short mail when there is news for them (job seekers consent separately). */
  @Column('boolean', { name: 'notification_mail', default: true }) notificationMail!: boolean;

  /** Job seeker accounts only come from claiming an invitation; the column default says SEEDED. */
  @BeforeInsert()
  protected originOfClaimedAccount(): void {
    if (this.role === Role.JOB_SEEKER && !this.origin) this.origin = AccountOrigin.INVITATION_CLAIMED;
  }
}
