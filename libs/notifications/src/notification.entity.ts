import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message for the people on one side of something: an employer's HR leads, a candidate or a region's
 * mobility team. Shown in the app, and kept as an outbox for a mail sender: it claims unsent rows, sends, and
 * marks them sent. The text is written in Dutch and English when the event happens, so the sender needs no
 * domain knowledge.
 */
@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'recipient_employer_id', nullable: true }) recipientEmployerId!: string | null;
  @Column('uuid', { name: 'recipient_candidate_id', nullable: true }) recipientCandidateId!: string | null;
  /** A region's mobility team (announcements of new team members). */
  @Column('varchar', { name: 'recipient_region_code', length: 4, nullable: true })
  recipientRegionCode!: string | null;
  @Column('text') kind!: string;
  @Column('text', { name: 'subject_type' }) subjectType!: string;
  @Column('uuid', { name: 'subject_id' }) subjectId!: string;
  @Column('text', { name: 'text_en' }) textEn!: string;
  @Column('text', { name: 'text_nl' }) textNl!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
  @Column('timestamptz', { name: 'mail_claimed_at', nullable: true }) mailClaimedAt!: Date | null;
  /** When the mail step was done: the mail was queued, or the recipient does not want e-mail. */
  @Column('timestamptz', { name: 'mailed_at', nullable: true }) mailedAt!: Date | null;
}
