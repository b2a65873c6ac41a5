import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Only a hash of the one-time code is stored: a database leak must not let anyone claim an account. */
@Entity('job_seeker_invitation')
export class JobSeekerInvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('char', { name: 'code_sha256', length: 64 }) codeSha256!: string;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  /** The person's own address the code was mailed to; only a claim with this address is accepted. */
  @Column('citext', { name: 'sent_to_email', nullable: true }) sentToEmail!: string | null;
  @Column('timestamptz', { name: 'claimed_at', nullable: true }) claimedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}
