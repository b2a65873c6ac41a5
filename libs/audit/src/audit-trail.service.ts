import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import { type AuditFact, type AuditFilter, auditEntriesVisibleTo, recordAudit } from './audit-entry.store';
import type { AuditEntryEntity } from './audit-entry.entity';

/**
 * Reading the audit trail: each role sees its own part (auditEntriesVisibleTo). Newest first, a page at a time.
 */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For what has no transaction of its own to join (a download): recorded on its own. */
  async record(viewer: Viewer, fact: AuditFact): Promise<void> {
    await recordAudit(this.dataSource.manager, viewer, fact);
  }

  async list(viewer: Viewer, filter: AuditFilter = {}): Promise<AuditEntryEntity[]> {
    return auditEntriesVisibleTo(this.dataSource.manager, viewer, filter);
  }
}
