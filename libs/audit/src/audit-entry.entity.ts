import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from './audit-action';

/**
 * One line of the append-only audit trail: who did what, when, from which request. A database trigger refuses
 * every UPDATE and DELETE except from the retention job and an erasure (which clear the person's ids, never the
 * line). Details hold kinds, counts and ids of things, never a person's data.
 */
@Entity('audit_entry')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @CreateDateColumn({ name: 'at', type: 'timestamptz' }) at!: Date;
  @Column('text') action!: AuditAction;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('text', { name: 'actor_role' }) actorRole!: string;
  @Column('uuid', { name: 'actor_employer_id', nullable: true }) actorEmployerId!: string | null;
  /** The region the action belongs to (the mobility team of that region sees it). */
  @Column('varchar', { name: 'region_code', length: 4, nullable: true }) regionCode!: string | null;
  /** The person it concerns (they see it); cleared when they are erased. */
  @Column('uuid', { name: 'candidate_id', nullable: true }) candidateId!: string | null;
  @Column('text', { name: 'subject_type' }) subjectType!: string;
  @Column('uuid', { name: 'subject_id', nullable: true }) subjectId!: string | null;
  @Column('jsonb') details!: Record<string, unknown>;
  @Column('text', { name: 'request_id', nullable: true }) requestId!: string | null;
}
