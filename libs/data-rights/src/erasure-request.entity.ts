import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A request to erase a person. Carried out by the worker once `scheduled_for` has passed (the grace period in
 * which it can be cancelled). Afterwards only the request remains: who asked, when, and how many rows went —
 * `candidate_id` is cleared by the erasure itself.
 */
@Entity('erasure_request')
export class ErasureRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'candidate_id', nullable: true }) candidateId!: string | null;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('uuid', { name: 'requested_by_user_id', nullable: true }) requestedByUserId!: string | null;
  @Column('text', { name: 'requested_by_role' }) requestedByRole!: string;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('boolean', { name: 'paused_profile' }) pausedProfile!: boolean;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('timestamptz', { name: 'scheduled_for' }) scheduledFor!: Date;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('uuid', { name: 'cancelled_by_user_id', nullable: true }) cancelledByUserId!: string | null;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Column('jsonb', { nullable: true }) removed!: Record<string, number> | null;
}
