import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A mail to one address, written in the transaction of the change it is about and delivered by the worker. Mails
 * can carry one-time codes, so the body is erased once the mail has left: the table keeps who was mailed what kind
 * of message and when, not the secret.
 */
@Entity('mail_message')
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('citext', { name: 'to_address' }) toAddress!: string;
  /** What the mail is for (`job-seeker-invitation`, …): for the record and for support, never shown to others. */
  @Column('text') purpose!: string;
  @Column('text') subject!: string;
  /** Emptied when the mail is sent. */
  @Column('text', { name: 'body_text' }) bodyText!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('int', { default: 0 }) attempts!: number;
  @Column('timestamptz', { name: 'next_attempt_at', default: () => 'now()' }) nextAttemptAt!: Date;
  @Column('timestamptz', { name: 'claimed_at', nullable: true }) claimedAt!: Date | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
  /** Set when the sender gave up after MAIL_MAX_ATTEMPTS; the mail then needs a person's attention. */
  @Column('timestamptz', { name: 'failed_at', nullable: true }) failedAt!: Date | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
}
