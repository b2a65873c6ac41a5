import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, recordAudit } from '@werkbrug/audit';
import { lockCandidateProfile } from '@werkbrug/candidates/candidate-records.store';
import { Role, type SystemScope, Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import { DataExportEntity } from './data-export.entity';
import {
  ExportLinkNotFoundError,
  ExportOnlyByThePersonError,
  ExportStillBeingPreparedError,
} from './data-rights.errors';
import {
  buildUnderSavepoint,
  exportBeingBuilt,
  exportsBeingBuilt,
  type ExportFormat,
  nextExportToBuild,
  takeDownload,
} from './data-export.store';
import { collectPersonalData } from './personal-data';
import { renderPersonalDataHtml } from './personal-data-html';

const WORKER: SystemScope = { system: 'worker' };

/** How long a download link works. */
const EXPORT_VALID_DAYS = 7;

export type { ExportFormat } from './data-export.store';

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
      if ((await exportsBeingBuilt(tx, viewer)) > 0) throw new ExportStillBeingPreparedError('previous');
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
    const downloaded = await this.dataSource.transaction(async (tx) => {
      const row = await takeDownload(tx, viewer, sha256(token), format);
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
    if (await exportBeingBuilt(this.dataSource.manager, viewer, sha256(token)))
      throw new ExportStillBeingPreparedError('this');
    throw linkNotFound();
  }

  /** For the worker: builds every requested export, each in its own transaction. */
  async buildPending(): Promise<number> {
    let built = 0;
    for (;;) {
      const outcome = await this.dataSource.transaction(async (tx) => {
        const pending = await nextExportToBuild(tx, WORKER);
        if (!pending) return false;
        await buildUnderSavepoint(
          tx,
          pending.id,
          async () => {
            const generatedAt = new Date();
            const data = await collectPersonalData(tx, pending.candidate_id);
            const json = { generatedAt, format: 'werkbrug-personal-data/1', ...data };
            return { generatedAt, json, html: renderPersonalDataHtml(data, generatedAt) };
          },
          (error) => this.logger.error(`export ${pending.id} failed: ${error.message}`),
        );
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
