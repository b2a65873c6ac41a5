import { affectedRows, Role, type SystemScope, type Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { ErasureRequestEntity } from './erasure-request.entity';

/**
 * Requests in the viewer's reach, newest first, also those carried out (which name nobody any more): the own
 * employer's for HR leads, the region's for the mobility team, their own for a job seeker.
 */
export function erasureRequestsInReach(
  manager: EntityManager,
  viewer: Viewer,
  limit: number,
): Promise<ErasureRequestEntity[]> {
  const where =
    viewer.role === Role.HR_LEAD
      ? { employerId: viewer.employerId }
      : viewer.role === Role.MOBILITY_TEAM
        ? { regionCode: viewer.regionCode }
        : viewer.role === Role.JOB_SEEKER
          ? { candidateId: viewer.candidateId }
          : null;
  if (!where) return Promise.resolve([]);
  return manager.find(ErasureRequestEntity, {
    where,
    order: { requestedAt: 'DESC' },
    take: Math.min(Math.max(limit, 1), 200),
  });
}

/**
 * The next request whose grace period has passed, locked; those another worker holds are skipped, and the first
 * `skip` (waiting for a rematch in this sweep) too.
 */
export async function nextDueErasureRequest(
  tx: EntityManager,
  _scope: SystemScope,
  now: Date,
  skip: number,
): Promise<ErasureRequestEntity | undefined> {
  const [due] = await tx
    .createQueryBuilder(ErasureRequestEntity, 'r')
    .where('r.cancelled_at IS NULL AND r.completed_at IS NULL AND r.scheduled_for <= :now', { now })
    .andWhere('r.candidate_id IS NOT NULL')
    .orderBy('r.scheduled_for')
    .limit(1)
    .offset(skip)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();
  return due;
}

/** Earlier (cancelled) requests may say who asked and how: on erasure their reason goes too. */
export function clearErasureRequestReasons(
  tx: EntityManager,
  _scope: SystemScope,
  candidateId: string,
): Promise<number> {
  return affectedRows(
    tx,
    `UPDATE erasure_request SET reason = NULL WHERE candidate_id = $1 AND reason IS NOT NULL`,
    [candidateId],
  );
}
