import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import type { AuditAction } from './audit-action';
import { type AuditFact, recordAudit } from './record-audit';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditFilter {
  readonly action?: AuditAction;
  readonly candidateId?: string;
  /** Entries older than this id (the last one of the previous page). */
  readonly before?: string;
  readonly first?: number;
}

/**
 * Reading the audit trail: administrators the platform's, the mobility team its region's, a job seeker what
 * concerns them, an HR lead what their own employer's accounts did. Newest first, a page at a time.
 */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For what has no transaction of its own to join (a download): recorded on its own. */
  async record(viewer: Viewer, fact: AuditFact): Promise<void> {
    await recordAudit(this.dataSource.manager, viewer, fact);
  }

  async list(viewer: Viewer, filter: AuditFilter = {}): Promise<AuditEntryEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(AuditEntryEntity, 'a')
      .orderBy('a.id', 'DESC')
      .limit(Math.min(Math.max(filter.first ?? 50, 1), 200));
    switch (viewer.role) {
      case Role.ADMINISTRATOR:
        break;
      case Role.MOBILITY_TEAM:
        query.andWhere('a.region_code = :region', { region: viewer.regionCode });
        break;
      case Role.JOB_SEEKER:
        query.andWhere('a.candidate_id = :own', { own: viewer.candidateId });
        break;
      case Role.HR_LEAD:
        query.andWhere('a.actor_employer_id = :employer', { employer: viewer.employerId });
        break;
    }
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.candidateId) query.andWhere('a.candidate_id = :candidate', { candidate: filter.candidateId });
    if (filter.before) query.andWhere('a.id < :before', { before: filter.before });
    return query.getMany();
  }
}
