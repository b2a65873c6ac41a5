import { currentRequestId, Role, type Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { AuditAction } from './audit-action';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditFact {
  readonly action: AuditAction;
  readonly subjectType: string;
  readonly subjectId?: string | null;
  /** The person it concerns, so they see it in their own trail. */
  readonly candidateId?: string | null;
  /** The region it belongs to, when not the actor's own (an HR lead's action about a region's candidate). */
  readonly regionCode?: string | null;
  /** Kinds, counts and ids of things: never names, addresses or free text. */
  readonly details?: Record<string, unknown>;
}

/** The worker, the retention job, a migration: actions no signed-in person took. */
export const SYSTEM_ACTOR = 'SYSTEM';

/**
 * Appends to the audit trail in the caller's transaction: the action and its record commit together, or neither
 * does. `viewer` null is the system (worker jobs).
 */
/** Who acted: a signed-in viewer, or any account with a role (account events name their actor this way). */
export type AuditActor = Pick<Viewer, 'userId' | 'role'> & { employerId?: string; regionCode?: string };

export async function recordAudit(
  tx: EntityManager,
  viewer: AuditActor | null,
  fact: AuditFact,
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_entry (action, actor_user_id, actor_role, actor_employer_id, region_code, candidate_id,
       subject_type, subject_id, details, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)`,
    [
      fact.action,
      viewer?.userId ?? null,
      viewer?.role ?? SYSTEM_ACTOR,
      viewer?.role === Role.HR_LEAD ? (viewer.employerId ?? null) : null,
      fact.regionCode ?? viewer?.regionCode ?? null,
      fact.candidateId ?? null,
      fact.subjectType,
      fact.subjectId ?? null,
      JSON.stringify(fact.details ?? {}),
      currentRequestId(),
    ],
  );
}

/**
 * Lets the statements that follow in this transaction change audit lines (the trigger refuses otherwise): only
 * the retention job (removing lines past their period) and an erasure (clearing the person's ids).
 */
export async function allowAuditMaintenance(tx: EntityManager): Promise<void> {
  await tx.query(`SELECT set_config('werkbrug.audit_maintenance', 'on', true)`);
}

export interface AuditFilter {
  readonly action?: AuditAction;
  readonly candidateId?: string;
  /** Entries older than this id (the last one of the previous page). */
  readonly before?: string;
  readonly first?: number;
}

/**
 * The entries the viewer may read, newest first, a page at a time: administrators the platform's, the mobility
 * team its region's, a job seeker what concerns them, an HR lead what their own employer's accounts did, an
 * external counsellor what they did themselves.
 */
export function auditEntriesVisibleTo(
  manager: EntityManager,
  viewer: Viewer,
  filter: AuditFilter,
): Promise<AuditEntryEntity[]> {
  const query = manager
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
    case Role.COUNSELLOR:
      query.andWhere('a.actor_user_id = :me', { me: viewer.userId });
      break;
  }
  if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
  if (filter.candidateId) query.andWhere('a.candidate_id = :candidate', { candidate: filter.candidateId });
  if (filter.before) query.andWhere('a.id < :before', { before: filter.before });
  return query.getMany();
}
