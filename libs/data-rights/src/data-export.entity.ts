import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A person's download of their own data: requested by them, built by the worker, downloadable once per format
 * through a link whose token is stored only hashed, until `expires_at`.
 */
@Entity('data_export')
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('uuid', { name: 'requested_by_user_id' }) requestedByUserId!: string;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('char', { name: 'token_sha256', length: 64, select: false }) tokenSha256!: string;
  @Column('timestamptz', { name: 'ready_at', nullable: true }) readyAt!: Date | null;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('jsonb', { name: 'content_json', nullable: true, select: false }) contentJson!: unknown;
  @Column('text', { name: 'content_html', nullable: true, select: false }) contentHtml!: string | null;
  @Column('timestamptz', { name: 'json_downloaded_at', nullable: true }) jsonDownloadedAt!: Date | null;
  @Column('timestamptz', { name: 'html_downloaded_at', nullable: true }) htmlDownloadedAt!: Date | null;
  @Column('timestamptz', { name: 'failed_at', nullable: true }) failedAt!: Date | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
}
