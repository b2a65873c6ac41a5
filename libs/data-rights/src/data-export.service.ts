import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, recordAudit } from '@werkbrug/audit';
import { lockCandidateProfile } from '@werkbrug/candidates/candidate-records';
import { Role, Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import { DataExportEntity } from './data-export.entity';
import {
  ExportLinkNotFoundError,
  ExportOnlyByThePersonError,
  ExportStillBeingPreparedError,
} from './data-rights.errors';
import { collectPersonalData } from './personal-data';
import { renderPersonalDataHtml } from './personal-data-html';

/** How long a download link works. */
const EXPORT_VALID_DAYS = 7;

export type ExportFormat = 'json' | 'html';

export interface RequestedExport {
  readonly export: DataExportEntity;
  /** Shown once: the link's secret part. Only its hash is stored. */
  readonly token: string;
}

export interface DownloadedExport {
  readonly body: string;
  readonly generatedAt: Date;
}

/**
 * The person's own-data export: everything Werkbrug holds about them as JSON and as a readable HTML page, built
 * by the worker, downloadable once per format within 7 days through a link that also needs their login.
 */
@Injectable()
export class DataExportService {
  private readonly logger = new Logger(DataExportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async request(viewer: Viewer): Promise<RequestedExport> {
    if (viewer.role !== Role.JOB_SEEKER) throw new ExportOnlyByThePersonError();
    const token = randomBytes(32).toString('base64url');
    const saved = await this.dataSource.transaction(async (tx) => {
      await lockCandidateProfile(tx, viewer.candidateId);
      const building = await tx
        .createQueryBuilder(DataExportEntity, 'e')
        .where('e.candidate_id = :id AND e.ready_at IS NULL AND e.failed_at IS NULL', {
          id: viewer.candidateId,
        })
        .getCount();
      if (building > 0) throw new ExportStillBeingPreparedError('previous');
      const result = await tx.insert(DataExportEntity, {
        candidateId: viewer.candidateId,
        requestedByUserId: viewer.userId,
        tokenSha256: sha256(token),
        expiresAt: new Date(Date.now() + EXPORT_VALID_DAYS * 24 * 3600 * 1000),
      });
      const id = result.identifiers[0].id as string;
      await recordAudit(tx, viewer, {
        action: AuditAction.EXPORT_REQUESTED,
        subjectType: 'DataExport',
        subjectId: id,
        candidateId: viewer.candidateId,
      });
      return tx.findOneByOrFail(DataExportEntity, { id });
    });
    return { export: saved, token };
  }

  async mine(viewer: Viewer): Promise<DataExportEntity[]> {
    if (viewer.role !== Role.JOB_SEEKER) return [];
    return this.dataSource.manager.find(DataExportEntity, {
      where: { candidateId: viewer.candidateId },
      order: { requestedAt: 'DESC' },
      take: 20,
    });
  }

  /**
   * One download per format: the body is handed out and the format marked downloaded in one statement, so two
   * clicks cannot both get it. Anyone but the person, a used or expired link: NOT_FOUND.
   */
  async download(viewer: Viewer, token: string, format: ExportFormat): Promise<DownloadedExport> {
    if (viewer.role !== Role.JOB_SEEKER) throw linkNotFound();
    const column = format === 'json' ? 'json_downloaded_at' : 'html_downloaded_at';
    const content = format === 'json' ? 'content_json::text' : 'content_html';
    const downloaded = await this.dataSource.transaction(async (tx) => {
      const [rows]: { id: string; body: string | null; ready_at: Date }[][] = await tx.query(
        `UPDATE data_export SET ${column} = now()
         WHERE token_sha256 = $1 AND candidate_id = $2 AND expires_at > now() AND ${column} IS NULL
           AND ready_at IS NOT NULL
         RETURNING id, ${content} AS body, ready_at`,
        [sha256(token), viewer.candidateId],
      );
      const row = rows?.[0];
      if (!row?.body) return null;
      await recordAudit(tx, viewer, {
        action: AuditAction.EXPORT_DOWNLOADED,
        subjectType: 'DataExport',
        subjectId: row.id,
        candidateId: viewer.candidateId,
        details: { format },
      });
      return { body: row.body, generatedAt: row.ready_at };
    });
    if (downloaded) return downloaded;
    const [pending]: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM data_export WHERE token_sha256 = $1 AND candidate_id = $2 AND ready_at IS NULL
         AND failed_at IS NULL`,
      [sha256(token), viewer.candidateId],
    );
    if (pending) throw new ExportStillBeingPreparedError('this');
    throw linkNotFound();
  }

  /** For the worker: builds every requested export, each in its own transaction. */
  async buildPending(): Promise<number> {
    let built = 0;
    for (;;) {
      const outcome = await this.dataSource.transaction(async (tx) => {
        const [pending]: { id: string; candidate_id: string }[] = await tx.query(
          `SELECT id, candidate_id FROM data_export WHERE ready_at IS NULL AND failed_at IS NULL
           ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!pending) return false;
        // A failure to build is recorded, not lost with the transaction: it rolls back to here.
        await tx.query('SAVEPOINT build');
        try {
          const generatedAt = new Date();
          const data = await collectPersonalData(tx, pending.candidate_id);
          const json = { generatedAt, format: 'werkbrug-personal-data/1', ...data };
          await tx.query(
            `UPDATE data_export SET ready_at = $2, content_json = $3::jsonb, content_html = $4 WHERE id = $1`,
            [pending.id, generatedAt, JSON.stringify(json), renderPersonalDataHtml(data, generatedAt)],
          );
        } catch (error) {
          this.logger.error(`export ${pending.id} failed: ${(error as Error).message}`);
          await tx.query('ROLLBACK TO SAVEPOINT build');
          await tx.query(`UPDATE data_export SET failed_at = now(), last_error = $2 WHERE id = $1`, [
            pending.id,
            (error as Error).message.slice(0, 500),
          ]);
        }
        return true;
      });
      if (!outcome) return built;
      built++;
    }
  }
}

function linkNotFound(): Error {
  return new ExportLinkNotFoundError();
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
