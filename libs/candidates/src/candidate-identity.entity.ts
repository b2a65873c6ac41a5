import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Directly identifying data, kept apart from the profile so that no profile query can ever return it. */
@Entity('candidate_identity')
export class CandidateIdentityEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('text', { name: 'full_name' }) fullName!: string;
  @Column('citext', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('date', { name: 'date_of_birth', nullable: true }) dateOfBirth!: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('identity_disclosure')
export class IdentityDisclosureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' }) grantedAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}

@Entity('identity_access_log')
export class IdentityAccessLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('uuid', { name: 'accessed_by_user_id' }) accessedByUserId!: string;
  @Column('text', { name: 'accessor_role' }) accessorRole!: string;
  @Column('uuid', { name: 'accessor_employer_id', nullable: true }) accessorEmployerId!: string | null;
  @Column('text', { array: true }) fields!: string[];
  @Column('text') purpose!: string;
  /** READ: the identity was shown; CHANGE: the listed fields were changed (by the person or their HR lead). */
  @Column('text', { default: 'READ' }) action!: 'READ' | 'CHANGE';
  @CreateDateColumn({ name: 'accessed_at', type: 'timestamptz' }) accessedAt!: Date;
}
